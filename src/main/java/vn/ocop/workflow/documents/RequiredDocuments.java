package vn.ocop.workflow.documents;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.vocabulary.DocumentType;
import vn.ocop.workflow.vocabulary.EvaluationProcess;

/**
 * Which document types a dossier of each product group must hold: data, in documents/required.csv (columns
 * {@code type}, {@code product_groups} as {@code 1|2|3}), read and checked at start-up, so a wrong table
 * stops the application naming the row instead of hiding a requirement.
 */
@Component
public class RequiredDocuments {

  static final String FILE = "documents/required.csv";
  static final String TYPE = "type";
  static final String PRODUCT_GROUPS = "product_groups";

  private final Map<String, Set<DocumentType>> byGroup;

  RequiredDocuments() {
    try (InputStream csv = new ClassPathResource(FILE).getInputStream()) {
      this.byGroup = read(FILE, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  /** The types a dossier of this product group must hold, in the order of {@link DocumentType}; none for an unknown group. */
  public List<DocumentType> of(String productGroup) {
    return List.copyOf(byGroup.getOrDefault(productGroup, Set.of()));
  }

  /** The required types of the group that are not among those present. */
  public List<DocumentType> missing(String productGroup, Set<DocumentType> present) {
    return of(productGroup).stream().filter(type -> !present.contains(type)).toList();
  }

  /**
   * The table in a file: product group to required types. A missing column, an unknown type or product group,
   * or a type listed twice is refused with every problem named by file and row (the header is row 1).
   */
  static Map<String, Set<DocumentType>> read(String file, InputStream csv) {
    List<String> problems = new ArrayList<>();
    Map<String, Set<DocumentType>> byGroup = new TreeMap<>();
    EvaluationProcess.PRODUCT_GROUPS.forEach(group -> byGroup.put(group, EnumSet.noneOf(DocumentType.class)));
    Map<DocumentType, Integer> seen = new HashMap<>();
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        int line = rows.getCurrentLocation().getLineNr() - 1;
        if (!row.containsKey(TYPE) || !row.containsKey(PRODUCT_GROUPS)) {
          problems.add(file + ": cần cột / needs the columns " + TYPE + ", " + PRODUCT_GROUPS + ", found " + row.keySet());
          break;
        }
        String id = row.get(TYPE).trim();
        Optional<DocumentType> type = DocumentType.ofId(id);
        if (type.isEmpty()) {
          problems.add(file + " dòng / row " + line + ": '" + id + "' không phải loại tài liệu / is not a document type");
          continue;
        }
        Integer earlier = seen.putIfAbsent(type.get(), line);
        if (earlier != null) {
          problems.add(file + " dòng / row " + line + ": '" + id + "' đã có ở dòng / is already on row " + earlier);
        }
        for (String group : new LinkedHashSet<>(List.of(row.get(PRODUCT_GROUPS).split("\\|")))) {
          Set<DocumentType> required = byGroup.get(group.trim());
          if (required == null) {
            problems.add(file + " dòng / row " + line + ": '" + group + "' không phải nhóm sản phẩm 1–6"
                + " / is not a product group 1–6");
          } else {
            required.add(type.get());
          }
        }
      }
    } catch (IOException e) {
      problems.add(file + ": không đọc được CSV / not readable as CSV: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Bảng tài liệu bắt buộc không hợp lệ / the required-documents table is invalid: "
          + String.join("; ", problems));
    }
    return byGroup;
  }
}
