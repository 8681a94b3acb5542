package no.ambisjon.customer;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/** A customer created, renamed, given other consultants, deactivated or activated again. */
public record CustomerChange(ChangeKind kind, Long customerId, String subject) implements Change {
}
