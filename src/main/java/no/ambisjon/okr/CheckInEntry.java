package no.ambisjon.okr;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

public record CheckInEntry(long id, BigDecimal value, Confidence confidence, String comment, String author,
                           Instant at) implements Serializable {
}
