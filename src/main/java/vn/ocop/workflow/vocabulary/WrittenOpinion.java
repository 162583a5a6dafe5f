package vn.ocop.workflow.vocabulary;

/**
 * One council member's written opinion on a re-evaluation (or the conclusion of the meeting held when
 * opinions diverge): re-recognise the product at {@code stars}, or not at all ({@code stars} 0), and why.
 */
public record WrittenOpinion(String member, int stars, String reason) {

  public boolean reRecognises() {
    return stars >= 3;
  }
}
