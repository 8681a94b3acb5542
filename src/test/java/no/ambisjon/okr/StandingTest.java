package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Behind" is progress under the expected line, and nothing else; "needs attention" is behind or off track. */
class StandingTest {

    @Test
    void behind_or_off_track_needs_attention_and_at_risk_is_the_owners_word() {
        assertThat(Standing.of(true, Confidence.ON_TRACK)).isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.of(false, Confidence.OFF_TRACK)).isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.of(false, Confidence.AT_RISK)).isEqualTo(Standing.AT_RISK);
        assertThat(Standing.of(true, Confidence.AT_RISK)).isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.of(false, Confidence.ON_TRACK)).isEqualTo(Standing.ON_TRACK);
    }

    @Test
    void a_key_result_without_a_check_in_is_not_checked_in_yet_for_two_weeks_and_then_needs_attention_never_on_track() {
        assertThat(Standing.of(false, 0.05, true, Confidence.ON_TRACK)).isEqualTo(Standing.NOT_CHECKED_IN);
        assertThat(Standing.of(false, 0.14, false, Confidence.ON_TRACK)).isEqualTo(Standing.NOT_CHECKED_IN);
        assertThat(Standing.of(false, 0.15, true, Confidence.ON_TRACK)).isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.of(false, 0.73, false, Confidence.ON_TRACK)).as("a target already met at the start")
                .isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.of(true, 0.73, false, Confidence.ON_TRACK)).isEqualTo(Standing.ON_TRACK);
    }

    @Test
    void key_results_together_need_attention_when_their_mean_is_behind_and_are_at_risk_when_one_needs_it() {
        assertThat(Standing.ofMany(0.30, 0.60, 0)).isEqualTo(Standing.NEEDS_ATTENTION);
        assertThat(Standing.ofMany(0.60, 0.60, 1)).isEqualTo(Standing.AT_RISK);
        assertThat(Standing.ofMany(0.60, 0.60, 0)).isEqualTo(Standing.ON_TRACK);
    }

    @Test
    void an_off_track_key_result_ahead_of_the_line_is_not_behind_but_needs_attention() {
        var line = new KeyResultLine(new KeyResultId(1), 0, new ObjectiveId(1), "Salg", Category.MONEY, Measure.NUMBER,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN, java.math.BigDecimal.valueOf(9), null, Direction.UP,
                null, Confidence.OFF_TRACK, 0.9, Progress.behind(0.9, 0.5), null, java.util.List.of(),
                null, Standing.of(true, 0.5, Progress.behind(0.9, 0.5), Confidence.OFF_TRACK));
        assertThat(line.behind()).isFalse();
        assertThat(line.standing()).isEqualTo(Standing.NEEDS_ATTENTION);
    }
}
