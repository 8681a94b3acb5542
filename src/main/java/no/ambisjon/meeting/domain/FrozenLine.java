package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.Measure;

/**
 * A key result on the agenda of closed minutes: its words and numbers at close, and the meeting's note.
 *
 * @param owner   who owned it, by name as it was at close; {@code null} for none (and in minutes frozen before owners were kept)
 * @param ownerId the person who owned it, when a person did
 */
@Embeddable
public record FrozenLine(
        @Column(name = "key_result_id", nullable = false) long keyResultId,
        @Column(name = "objective_title", nullable = false) String objectiveTitle,
        @Column(name = "key_result_title", nullable = false) String keyResultTitle,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Measure measure,
        @Column String unit,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Direction direction,
        @Column(name = "start_value", nullable = false) BigDecimal startValue,
        @Column(name = "target_value", nullable = false) BigDecimal targetValue,
        @Column(name = "value_at_close", nullable = false) BigDecimal value,
        @Column(name = "progress_at_close", nullable = false) BigDecimal progress,
        @Enumerated(EnumType.STRING) @Column(nullable = false) Confidence confidence,
        @Column String note,
        @Column String owner,
        @Column(name = "owner_id") Long ownerId) {
}
