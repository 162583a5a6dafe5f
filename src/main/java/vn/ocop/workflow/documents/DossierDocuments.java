package vn.ocop.workflow.documents;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.ocop.workflow.documents.DocumentAccess.Dossier;
import vn.ocop.workflow.documents.DocumentAccess.OpenStep;
import vn.ocop.workflow.documents.DocumentStore.NewDocument;
import vn.ocop.workflow.vocabulary.DocumentType;

/**
 * A dossier's evidence documents, the one service behind both doors (the REST API and the Tasklist tab): list
 * them with what the product group requires and what is missing, upload a checked file as the next version of
 * its type, download one version. Every upload, replacement and download is recorded with its checksum.
 */
@Component
public class DossierDocuments {

  private final DocumentAccess access;
  private final DocumentStore store;
  private final RequiredDocuments required;
  private final Clock clock;
  private final long maxFileSize;
  private final long maxDossierSize;

  DossierDocuments(DocumentAccess access, DocumentStore store, RequiredDocuments required, Clock clock,
      @Value("${ocop.documents.max-file-size:20MB}") DataSize maxFileSize,
      @Value("${ocop.documents.max-dossier-size:200MB}") DataSize maxDossierSize) {
    this.access = access;
    this.store = store;
    this.required = required;
    this.clock = clock;
    this.maxFileSize = maxFileSize.toBytes();
    this.maxDossierSize = maxDossierSize.toBytes();
  }

  /** A document type as lists show it. */
  public record Type(String id, String label) {
    static List<Type> of(Set<DocumentType> types) {
      return types.stream().sorted().map(type -> new Type(type.id(), type.label())).toList();
    }
  }

  /**
   * What a reader sees: every version of every document, the types the product group requires and those
   * still missing, the types the caller may add now (none outside their step) and the limits.
   */
  public record Listing(String dossier, String productGroup, List<Type> required, List<Type> missing,
                        List<Type> addable, long maxFileSize, long maxDossierSize, long usedSize,
                        List<Document> documents) {
  }

  /** One version's stored bytes. */
  record Content(Document document, byte[] bytes) {
  }

  /** Where a call is made: a dossier the caller may read and, from Tasklist, the task it is opened at. */
  record Place(Dossier dossier, Task task) {
  }

  /** A dossier by its code, if the caller may read it: 404 when there is none, 403 when it is not theirs to read. */
  Place byCode(String code, Authentication caller) {
    Dossier dossier = access.dossier(code);
    access.requireRead(dossier, caller);
    return new Place(dossier, null);
  }

  /** The dossier of a task the caller may read (404 otherwise), if the caller may read the dossier (403). */
  Place byTask(String taskId, Authentication caller) {
    Task task = access.readableTask(taskId, caller);
    Dossier dossier = access.dossierOf(task);
    access.requireRead(dossier, caller);
    return new Place(dossier, task);
  }

  Listing list(Place place, Authentication caller) {
    Dossier dossier = place.dossier();
    Set<DocumentType> addable = new HashSet<>();
    steps(place, caller).forEach(open -> addable.addAll(open.step().types()));
    Set<DocumentType> requiredTypes = Set.copyOf(required.of(dossier.productGroup()));
    return new Listing(dossier.code(), dossier.productGroup(), Type.of(requiredTypes),
        Type.of(Set.copyOf(missing(dossier.code(), dossier.productGroup()))), Type.of(addable), maxFileSize,
        maxDossierSize, store.usedBytes(dossier.code()), store.ofDossier(dossier.code()));
  }

  /**
   * Stores the uploaded file as the next version of its type. Who may add is decided before the body is read;
   * then the type, the content and the limits are checked, and a refused file stores nothing.
   */
  Document upload(Place place, Authentication caller, Supplier<UploadForm> body) {
    Dossier dossier = place.dossier();
    List<OpenStep> steps = steps(place, caller);
    if (steps.isEmpty()) {
      throw new DocumentRefused(DocumentRefused.FORBIDDEN, caller.getUserId() + " không thêm được tài liệu vào hồ sơ "
          + dossier.code() + (place.task() == null ? " lúc này" : " ở công việc này") + ": chủ thể và cán bộ xã thêm"
          + " khi hồ sơ còn ở xã (kiểm tra, bổ sung, hoàn thiện); tổ tư vấn thêm ảnh khảo sát và kết quả kiểm nghiệm"
          + " ở bước của mình / " + caller.getUserId() + " may not add documents to dossier " + dossier.code()
          + (place.task() == null ? " now" : " at this task") + ": the producer and the commune's officers add them"
          + " while the dossier is at the commune (check, revision, completion); the advisory group adds its"
          + " site-visit photos and test results at its own steps");
    }
    UploadForm form = body.get();
    DocumentType type = DocumentType.ofId(form.type()).orElseThrow(() -> new DocumentRefused(DocumentRefused.BAD_REQUEST,
        UploadForm.TYPE + ": '" + (form.type() == null ? "" : form.type()) + "' không phải loại tài liệu / is not a"
            + " document type; one of " + Arrays.stream(DocumentType.values()).map(DocumentType::id).toList()));
    OpenStep step = steps.stream().filter(open -> open.step().types().contains(type)).findFirst()
        .orElseThrow(() -> new DocumentRefused(DocumentRefused.FORBIDDEN, "Ở bước " + steps.get(0).step().activity()
            + " không thêm được " + type.label() + "; được thêm / at step " + steps.get(0).step().activity()
            + " '" + type.id() + "' is not added; allowed: " + steps.stream().flatMap(open -> open.step().types().stream())
            .map(DocumentType::id).distinct().collect(Collectors.joining(", "))));
    String fileName = FileCheck.shownName(form.fileName());
    String contentType = FileCheck.allowedType(form.content(), fileName);
    return store.add(new NewDocument(dossier.code(), dossier.processInstanceId(), type, fileName, contentType,
        form.content(), FileCheck.sha256(form.content()), caller.getUserId(), clock.instant(), step.step().activity(),
        step.task().getId()), maxDossierSize);
  }

  /** One version of one of the dossier's documents; the download is recorded. */
  Content download(Place place, String documentId, Authentication caller) {
    Dossier dossier = place.dossier();
    Document document = store.find(dossier.code(), documentId).orElseThrow(() -> new DocumentRefused(
        DocumentRefused.NOT_FOUND, "Hồ sơ " + dossier.code() + " không có tài liệu " + documentId + " / dossier "
        + dossier.code() + " has no document " + documentId));
    byte[] bytes = store.content(document);
    store.downloaded(document, caller.getUserId(), clock.instant());
    return new Content(document, bytes);
  }

  /** The required types of the product group the dossier holds no document of (for the commune's forward). */
  public List<DocumentType> missing(String dossierCode, String productGroup) {
    return required.missing(productGroup, Set.copyOf(store.typesOf(dossierCode)));
  }

  long maxFileSize() {
    return maxFileSize;
  }

  private List<OpenStep> steps(Place place, Authentication caller) {
    return place.task() == null ? access.openSteps(place.dossier(), caller)
        : access.stepAt(place.dossier(), place.task(), caller).stream().toList();
  }
}
