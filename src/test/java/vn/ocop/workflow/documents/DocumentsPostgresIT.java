package vn.ocop.workflow.documents;

import org.springframework.context.annotation.Import;
import vn.ocop.workflow.testing.EmbeddedPostgres;

/**
 * The documents on PostgreSQL, the production database: contents in BYTEA read back byte for byte, the upload and
 * its event in one transaction, the version key, the limits and the auditor's record.
 */
@Import(EmbeddedPostgres.class)
class DocumentsPostgresIT extends DocumentsTest {
}
