package no.ambisjon.okr;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/** A change to a customer's OKRs: an objective, a key result, a check-in, a comment, an answer to the coach. */
public record OkrChange(ChangeKind kind, Long customerId, String subject) implements Change {
}
