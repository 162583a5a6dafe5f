package vn.ocop.workflow.rounds;

/**
 * Published when an agency (or an administrator) adds a round, inside the transaction that adds it: dossiers
 * waiting for a later round of the scope may now belong to this one. A {@code @TransactionalEventListener}
 * acts once the round is committed; an {@code @EventListener} acts within the addition, and its failure
 * undoes it.
 */
public record RoundAdded(Round round) {
}
