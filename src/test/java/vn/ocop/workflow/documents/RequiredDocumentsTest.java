package vn.ocop.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.vocabulary.DocumentType;

/** The required-documents table: the shipped one, and a wrong one refused naming every row at fault. */
class RequiredDocumentsTest {

  @Test
  void theShippedTableRequiresEvidenceOfEveryProductGroup() {
    RequiredDocuments required = new RequiredDocuments();

    assertThat(required.of("1")).contains(DocumentType.FOOD_SAFETY_CERTIFICATE, DocumentType.TEST_RESULTS,
        DocumentType.LABEL_PHOTOS).doesNotContain(DocumentType.SITE_VISIT_PHOTOS);
    assertThat(required.of("6")).containsExactly(DocumentType.BUSINESS_REGISTRATION,
        DocumentType.ENVIRONMENTAL_COMPLIANCE, DocumentType.MARKETING_MATERIAL, DocumentType.PRODUCT_STORY);
    assertThat(required.missing("4", Set.of(DocumentType.BUSINESS_REGISTRATION, DocumentType.LABEL_PHOTOS)))
        .containsExactly(DocumentType.QUALITY_STANDARD, DocumentType.RAW_MATERIAL_ORIGIN, DocumentType.PRODUCT_STORY);
    assertThat(required.of("7")).isEmpty();
  }

  @Test
  void anUnknownTypeOrGroupOrATypeListedTwiceStopsTheStart() {
    assertThatThrownBy(() -> read("type,product_groups\npassport,1\nlabel-photos,1|9\nlabel-photos,2\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 2: 'passport' không phải loại tài liệu / is not a document type")
        .hasMessageContaining("row 3: '9' không phải nhóm sản phẩm 1–6 / is not a product group 1–6")
        .hasMessageContaining("row 4: 'label-photos' đã có ở dòng / is already on row 3");
    assertThatThrownBy(() -> read("kind,groups\nlabel-photos,1\n"))
        .hasMessageContaining("needs the columns type, product_groups");
  }

  private static Map<String, Set<DocumentType>> read(String csv) {
    return RequiredDocuments.read("test.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
