package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a closed meeting's minutes show beyond its decisions and action items, read only from what
 * was frozen when it closed.
 *
 * @param expected the share of the quarter that had passed at close; {@code null} for minutes
 *                 closed before that was kept
 */
public record Minutes(Instant closedAt, String closedBy, Double expected, List<MinutesLine> lines)
        implements Serializable {
}
