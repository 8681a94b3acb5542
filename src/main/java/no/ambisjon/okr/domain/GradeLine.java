package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A key result's grade in an evaluation: what its progress suggested, what was given, and why if they differ. */
@Embeddable
public record GradeLine(
        @Column(name = "key_result_id", nullable = false) long keyResultId,
        @Column(nullable = false) BigDecimal suggested,
        @Column(nullable = false) BigDecimal grade,
        @Column String reason) {
}
