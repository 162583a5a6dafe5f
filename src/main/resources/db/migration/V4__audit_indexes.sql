-- An auditor finds a dossier's mails and certificate by its code, and dossiers by certificate status.
CREATE INDEX ocop_mail_dossier ON ocop_mail (dossier_code);
CREATE INDEX ocop_certificate_dossier ON ocop_certificate (dossier_code);
CREATE INDEX ocop_certificate_status ON ocop_certificate (status);
