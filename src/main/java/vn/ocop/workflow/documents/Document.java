package vn.ocop.workflow.documents;

import java.util.Date;

/**
 * One stored version of a dossier's document, without its content: what lists and the auditor's record show.
 *
 * @param type the document type's id (see vocabulary.DocumentType), with its label beside it
 * @param step the activity id of the step it was added at (check-dossier, visit-production-site …)
 */
public record Document(String id, String dossierCode, String type, String typeLabel, int version, String fileName,
                       String contentType, long size, String sha256, String uploadedBy, Date uploadedAt, String step) {
}
