package vn.ocop.workflow.registration;

import static vn.ocop.workflow.vocabulary.DayVariable.SHOWN_DAY;
import static vn.ocop.workflow.vocabulary.EvaluationProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.organisation.AdministrativeUnit;
import vn.ocop.workflow.organisation.OfficialGroups;
import vn.ocop.workflow.organisation.OrganisationUnits;
import vn.ocop.workflow.organisation.OrganisationUnits.CommuneChain;
import vn.ocop.workflow.certificates.Certificate;
import vn.ocop.workflow.certificates.CertificateRegister;
import vn.ocop.workflow.certificates.CertificateTimeline;
import vn.ocop.workflow.criteria.CriteriaCatalogue;
import vn.ocop.workflow.criteria.CriteriaCatalogues;
import vn.ocop.workflow.producers.ProducerAccounts;
import vn.ocop.workflow.roles.AsTheProcedure;
import vn.ocop.workflow.roles.Grants;
import vn.ocop.workflow.input.SeparationOfDutiesException;
import vn.ocop.workflow.input.FieldLabels;
import vn.ocop.workflow.input.InputCheck;

/**
 * Checks a registration, places it in the unit tree and gives it its dossier code (the business key).
 * Refuses the start, naming every field at fault by its key and its label on the registration form,
 * before anything is recorded.
 */
@Component("registerDossier")
public class RegisterDossierListener implements ExecutionListener {

  static final Set<String> PRODUCER_KINDS = Set.of("cooperative", "enterprise", "household-business");
  static final String NEW_PRODUCT = "new";
  static final Set<String> PRODUCT_STATUSES = Set.of(NEW_PRODUCT, "existing");
  static final Set<String> APPLICATION_KINDS = Set.of(UPGRADE, RE_EVALUATION);
  private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{9,10}$");
  private static final Pattern COMMUNE = Pattern.compile("^[0-9]{5}$");

  private final OrganisationUnits units;
  private final CriteriaCatalogues catalogues;
  private final DossierRegistry registry;
  private final IdentityService identityService;
  private final Clock clock;
  private final Grants grants;
  private final CertificateRegister certificates;
  private final CertificateTimeline timeline;
  private final ProducerAccounts producers;
  private final FormService formService;
  private final AsTheProcedure procedureItself;
  /** The registration form's labels per process definition: a deployed form never changes. */
  private final Map<String, Map<String, String>> labelsByDefinition = new ConcurrentHashMap<>();

  public RegisterDossierListener(OrganisationUnits units, CriteriaCatalogues catalogues, DossierRegistry registry,
      IdentityService identityService, Clock clock, Grants grants, CertificateRegister certificates,
      CertificateTimeline timeline, ProducerAccounts producers, FormService formService, AsTheProcedure procedureItself) {
    this.producers = producers;
    this.formService = formService;
    this.procedureItself = procedureItself;
    this.certificates = certificates;
    this.timeline = timeline;
    this.grants = grants;
    this.units = units;
    this.catalogues = catalogues;
    this.registry = registry;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck input = new InputCheck(execution, formLabels(execution.getProcessDefinitionId()));
    CriteriaCatalogue catalogue = catalogues.ofDefinition(execution.getProcessDefinitionId());
    String producerName = input.text(PRODUCER_NAME.name(), true, 200);
    String producerKind = input.choice(PRODUCER_KIND.name(), PRODUCER_KINDS);
    String producerEmail = input.email(PRODUCER_EMAIL.name());
    String producerPhone = input.matching(PRODUCER_PHONE.name(), true, PHONE,
        "phải bắt đầu bằng 0 hoặc +84, tiếp theo 9–10 chữ số, không có dấu cách, VD 0912345678"
            + " / must start with 0 or +84, then 9–10 digits, no spaces, e.g. 0912345678");
    String communeCode = input.matching(COMMUNE_CODE.name(), false, COMMUNE, "phải gồm 5 chữ số / must be 5 digits");
    String productName = input.text(PRODUCT_NAME.name(), true, 200);
    String productGroup = input.choice(PRODUCT_GROUP.name(), PRODUCT_GROUPS);
    String criteriaSet = input.choice(CRITERIA_SET.name(), catalogue.setIds());
    String productStatus = input.choice(PRODUCT_STATUS.name(), PRODUCT_STATUSES);
    String applicationKind = input.choice(APPLICATION_KIND.name(), APPLICATION_KINDS, false);
    String upgradeChanges = input.text(UPGRADE_CHANGES.name(), false, 4000);
    if (upgradeChanges != null && !UPGRADE.equals(applicationKind)) {
      input.fail(UPGRADE_CHANGES.name(), "chỉ dùng khi đăng ký nâng hạng / applies only to an upgrade");
    }
    String description = input.text(DESCRIPTION.name(), true, 4000);
    String businessPlan = input.text(BUSINESS_PLAN.name(), true, 8000);
    String evidenceLinks = input.links(EVIDENCE_LINKS.name(), 4000);

    if (criteriaSet != null && productGroup != null
        && !catalogue.require(criteriaSet).productGroups().contains(Integer.valueOf(productGroup))) {
      input.fail(CRITERIA_SET.name(), "bộ tiêu chí '" + criteriaSet + "' không dùng cho nhóm sản phẩm " + productGroup
          + " / criteria set '" + criteriaSet + "' is not for product group " + productGroup);
    }
    String registrant = REGISTERING_OFFICER.get(execution);
    boolean byProducer = registrant != null && producers.isProducer(registrant);
    CommuneChain chain = resolveCommune(communeCode, registrant, byProducer, input);
    input.verify("Hồ sơ đăng ký / Registration");
    refuseOutsiders(registrant, byProducer, chain.commune());
    Optional<Certificate> certified = certificates.findInForce(chain.commune().code(), producerName, productName);
    certified.ifPresentOrElse(
        certificate -> checkApplication(certificate, productStatus, applicationKind, upgradeChanges, input),
        () -> input.absent(APPLICATION_KIND.name(), "chỉ dùng cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực"
            + " / applies only to a product with an active OCOP certificate"));
    input.verify("Hồ sơ đăng ký / Registration");

    AdministrativeUnit commune = chain.commune();
    AdministrativeUnit district = chain.district();
    AdministrativeUnit province = chain.province();
    LocalDate today = LocalDate.now(clock);
    String prefix = String.join("-", unitPath(chain)) + "-" + productGroup + "-" + today.getYear();
    String dossierCode = registry.register(prefix, commune.code(), producerName, productName,
        execution.getProcessInstanceId(), clock.instant());
    execution.setProcessBusinessKey(dossierCode);
    PRODUCER_ACCOUNT.set(execution, byProducer ? registrant : producers.accountFor(chain, producerName, producerPhone,
        producerEmail, registrant, dossierCode, productName));

    PRODUCER_NAME.set(execution, producerName);
    PRODUCER_KIND.set(execution, producerKind);
    PRODUCER_EMAIL.set(execution, producerEmail);
    PRODUCER_PHONE.set(execution, producerPhone);
    PRODUCT_NAME.set(execution, productName);
    PRODUCT_GROUP.set(execution, productGroup);
    CRITERIA_SET.set(execution, criteriaSet);
    PRODUCT_STATUS.set(execution, productStatus);
    APPLICATION_KIND.set(execution, applicationKind);
    UPGRADE_CHANGES.set(execution, upgradeChanges);
    PREVIOUS_CERTIFICATE.set(execution, certified.map(Certificate::code).orElse(null));
    PREVIOUS_STARS.set(execution, certified.map(Certificate::stars).orElse(null));
    REEVALUATION_LEVEL.set(execution, certified.map(Certificate::certifyingLevel).orElse(null));
    REEVALUATION_COUNCIL.set(execution, certified.map(Certificate::council).orElse(null));
    PREVIOUS_EXPIRES_ON.set(execution, certified.map(Certificate::expiresOn).orElse(null));
    DESCRIPTION.set(execution, description);
    BUSINESS_PLAN.set(execution, businessPlan);
    EVIDENCE_LINKS.set(execution, evidenceLinks);

    DOSSIER_CODE.set(execution, dossierCode);
    REGISTERED_AT.set(execution, Date.from(clock.instant()));
    COMMUNE_CODE.set(execution, commune.code());
    COMMUNE_NAME.set(execution, commune.name());
    DISTRICT_CODE.set(execution, district == null ? null : district.code());
    DISTRICT_NAME.set(execution, district == null ? null : district.name());
    PROVINCE_CODE.set(execution, province.code());
    PROVINCE_NAME.set(execution, province.name());
    PROCEDURE.set(execution, chain.procedure().id());
    COMMUNE_GROUP.set(execution, OfficialGroups.communeOfficers(commune.code()));
    DISTRICT_COUNCIL_GROUP.set(execution, district == null ? null : OfficialGroups.districtCouncil(district.code()));
    PROVINCE_COUNCIL_GROUP.set(execution, OfficialGroups.provinceCouncil(province.code()));
    CENTRAL_COUNCIL_GROUP.set(execution, OfficialGroups.CENTRAL_COUNCIL);
    REVISION_COUNT.set(execution, 0);
    grants.readDossier(OfficialGroups.communeOfficers(commune.code()), execution.getProcessInstanceId());
  }

  /** The labels of the registration form deployed with the dossier's version, read as the procedure itself. */
  private Map<String, String> formLabels(String processDefinitionId) {
    return labelsByDefinition.computeIfAbsent(processDefinitionId, id -> procedureItself.call(() -> {
      try (InputStream form = formService.getDeployedStartForm(id)) {
        return FieldLabels.of(form);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the registration form of " + id, e);
      }
    }));
  }

  /**
   * A certified product comes back as an existing product, either to climb a rank (saying what changed) or,
   * in the window before its expiry that Decision 26/2026 sets, to be re-evaluated.
   */
  private void checkApplication(Certificate certificate, String productStatus, String applicationKind,
      String upgradeChanges, InputCheck input) {
    if (NEW_PRODUCT.equals(productStatus)) {
      input.fail(PRODUCT_STATUS.name(), "sản phẩm đã có giấy chứng nhận OCOP " + certificate.code() + " còn hiệu lực;"
          + " đăng ký là sản phẩm đã có để nâng hạng hoặc đánh giá lại / the product has the active OCOP certificate "
          + certificate.code() + ": register it as an existing product to apply for an upgrade or re-evaluation");
      return;
    }
    if (applicationKind == null) {
      input.fail(APPLICATION_KIND.name(), "bắt buộc: sản phẩm có giấy chứng nhận OCOP " + certificate.code()
          + "; chọn nâng hạng hoặc đánh giá lại / is required: the product holds the OCOP certificate "
          + certificate.code() + "; choose upgrade or re-evaluation");
      return;
    }
    if (UPGRADE.equals(applicationKind) && upgradeChanges == null) {
      input.fail(UPGRADE_CHANGES.name(), "bắt buộc / is required: hồ sơ nâng hạng nêu những gì đã thay đổi"
          + " / an upgrade's dossier says what changed");
    }
    if (RE_EVALUATION.equals(applicationKind) && !timeline.windowIsOpen(certificate)) {
      String opens = SHOWN_DAY.format(timeline.windowOpensOn(certificate));
      String closes = SHOWN_DAY.format(timeline.windowClosesOn(certificate));
      input.fail(APPLICATION_KIND.name(), "hồ sơ đánh giá lại giấy chứng nhận " + certificate.code() + " nộp từ ngày "
          + opens + " đến hết ngày " + closes + " / the re-evaluation dossier for certificate " + certificate.code()
          + " is filed from " + opens + " until the end of " + closes);
    }
  }

  /**
   * An official registers only for their own commune, a producer only in the commune of their account;
   * the engine itself (no user) may register for any.
   */
  private void refuseOutsiders(String registrant, boolean byProducer, AdministrativeUnit commune) {
    if (registrant == null) {
      return;
    }
    if (byProducer && !producers.communeOf(registrant).orElse("").equals(commune.code())) {
      throw new SeparationOfDutiesException(registrant + " là chủ thể của xã khác, không đăng ký được sản phẩm tại "
          + commune.name() + " / is a producer of another commune and may not register products in "
          + commune.asciiName() + " (" + commune.code() + ")");
    }
    String group = OfficialGroups.communeOfficers(commune.code());
    if (!byProducer && identityService.createUserQuery().userId(registrant).memberOfGroup(group).count() == 0) {
      throw new SeparationOfDutiesException(registrant + " không phải cán bộ của " + commune.name() + " / is not an officer of "
          + commune.asciiName() + " (" + commune.code() + ") and may not register its products");
    }
  }

  /** The given commune, or else the one commune the registering officer works for, or the producer belongs to. */
  private CommuneChain resolveCommune(String communeCode, String registrant, boolean byProducer, InputCheck input) {
    if (communeCode != null) {
      return known(communeCode, input);
    }
    List<String> communes = registrant == null ? List.of()
        : byProducer ? producers.communeOf(registrant).stream().toList()
        : identityService.createGroupQuery().groupMember(registrant).list().stream()
            .map(Group::getId).map(OfficialGroups::communeOf).flatMap(Optional::stream).toList();
    if (communes.size() != 1) {
      input.fail(COMMUNE_CODE.name(), "bắt buộc khi người đăng ký không phải cán bộ của đúng một xã"
          + " / is required unless the registering official is the officer of exactly one commune");
      return null;
    }
    return known(communes.get(0), input);
  }

  private CommuneChain known(String communeCode, InputCheck input) {
    Optional<CommuneChain> chain = units.communeChain(communeCode, LocalDate.now(clock));
    if (chain.isEmpty()) {
      input.fail(COMMUNE_CODE.name(), "'" + communeCode + "' không phải mã xã đã biết / is not a known commune code");
    }
    return chain.orElse(null);
  }

  private static List<String> unitPath(CommuneChain chain) {
    return chain.district() == null
        ? List.of(chain.province().code(), chain.commune().code())
        : List.of(chain.province().code(), chain.district().code(), chain.commune().code());
  }
}
