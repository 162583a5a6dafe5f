package vn.ocop.workflow.certificates;

import java.time.LocalDate;

/** What an official searches certificates by; null means any. Pages count from 0. */
public record CertificateSearch(String province, String commune, String productGroup, Integer stars,
                                Certificate.Status status, LocalDate expiringBefore, int page, int size) {
}
