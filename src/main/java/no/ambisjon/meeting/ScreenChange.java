package no.ambisjon.meeting;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * A meeting-room screen shown a code, paired to a meeting, refused a wrong code, or removed.
 *
 * @param actor who did it when nobody is signed in (the screen showing its code), else {@code null}
 */
public record ScreenChange(ChangeKind kind, Long customerId, String subject, String actor) implements Change {
}
