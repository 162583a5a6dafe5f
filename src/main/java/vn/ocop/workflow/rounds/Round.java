package vn.ocop.workflow.rounds;

import java.time.LocalDate;

/**
 * One evaluation round (đợt đánh giá) of a province ({@code scope} is its code) or of the ministry
 * ({@code scope} is {@code central}): a proposal made on or before {@code proposalsUntil} is evaluated in it,
 * by {@code evaluatedBy}. {@code number} is its place among the scope's rounds whose proposals end in
 * {@code year}, in the order they end: "Đợt 1/2026". {@code createdBy} is null for a round the law sets.
 */
public record Round(String id, String scope, int year, int number, LocalDate proposalsUntil, LocalDate evaluatedBy,
                    String createdBy) {

  /** The id of a scope's round: {@code 40-2026-04-30}, {@code central-2026-07-30}; rounds added later never change it. */
  public static String id(String scope, LocalDate proposalsUntil) {
    return scope + "-" + proposalsUntil;
  }

  /**
   * The round's display name, from the scope's bilingual name ("Tỉnh Nghệ An / Nghe An", see
   * {@link EvaluationRounds#scopeName}): "Đợt 1/2026 – Tỉnh Nghệ An / Round 1/2026 – Nghe An". A name without
   * " / " stands in both languages.
   */
  public String name(String scopeName) {
    int separator = scopeName.indexOf(" / ");
    String vietnamese = separator < 0 ? scopeName : scopeName.substring(0, separator);
    String english = separator < 0 ? scopeName : scopeName.substring(separator + 3);
    String numbered = number + "/" + year;
    return "Đợt " + numbered + " – " + vietnamese + " / Round " + numbered + " – " + english;
  }

  /** Whether the law sets this round, rather than an agency. */
  public boolean legalDefault() {
    return createdBy == null;
  }
}
