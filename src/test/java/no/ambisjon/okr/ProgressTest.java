package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

    private static double progress(Measure measure, Direction direction, String start, String target, String current) {
        return Progress.of(measure, direction, new BigDecimal(start), new BigDecimal(target), new BigDecimal(current));
    }

    @ParameterizedTest(name = "up from {0} to {1}, now {2}: {3}")
    @CsvSource({
            "100, 200, 100, 0.0",
            "100, 200, 150, 0.5",
            "100, 200, 200, 1.0",
            "100, 200, 260, 1.0",   // overshoot counts as done
            "100, 200, 80, 0.0",    // worse than the start is no progress, never negative
            "0, 1800000, 450000, 0.25",
    })
    void higher_is_better(String start, String target, String current, double expected) {
        assertThat(progress(Measure.NUMBER, Direction.UP, start, target, current)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "down from {0} to {1}, now {2}: {3}")
    @CsvSource({
            "12, 8, 12, 0.0",
            "12, 8, 10, 0.5",
            "12, 8, 9, 0.75",
            "12, 8, 8, 1.0",
            "12, 8, 5, 1.0",        // better than the target
            "12, 8, 14, 0.0",       // worse than the start
            "450, 250, 350, 0.5",
    })
    void lower_is_better_reads_right(String start, String target, String current, double expected) {
        assertThat(progress(Measure.PERCENT, Direction.DOWN, start, target, current)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void start_equal_to_target_is_done_or_not_by_direction_without_dividing_by_zero() {
        assertThat(progress(Measure.NUMBER, Direction.UP, "50", "50", "50")).isEqualTo(1.0);
        assertThat(progress(Measure.NUMBER, Direction.UP, "50", "50", "49")).isEqualTo(0.0);
        assertThat(progress(Measure.NUMBER, Direction.DOWN, "50", "50", "49")).isEqualTo(1.0);
        assertThat(progress(Measure.NUMBER, Direction.DOWN, "50", "50", "51")).isEqualTo(0.0);
    }

    @Test
    void yes_no_is_nothing_or_everything() {
        assertThat(progress(Measure.YES_NO, Direction.UP, "0", "1", "0")).isEqualTo(0.0);
        assertThat(progress(Measure.YES_NO, Direction.UP, "0", "1", "1")).isEqualTo(1.0);
    }

    @Test
    void an_objectives_progress_is_the_mean_of_its_key_results() {
        assertThat(Progress.mean(List.of(1.0, 0.5, 0.0))).isCloseTo(0.5, within(1e-9));
        assertThat(Progress.mean(List.of(0.25))).isEqualTo(0.25);
        assertThat(Progress.mean(List.of())).isEqualTo(0.0);
    }

    @Test
    void expected_progress_is_the_share_of_the_quarter_that_has_passed() {
        var q4 = new Quarter(2026, 4); // 1 October - 31 December: 92 days
        assertThat(Progress.expected(q4, LocalDate.of(2026, 9, 30))).isEqualTo(0.0);
        assertThat(Progress.expected(q4, LocalDate.of(2026, 10, 1))).isCloseTo(1 / 92.0, within(1e-9));
        assertThat(Progress.expected(q4, LocalDate.of(2026, 11, 15))).isCloseTo(46 / 92.0, within(1e-9));
        assertThat(Progress.expected(q4, LocalDate.of(2026, 12, 31))).isEqualTo(1.0);
        assertThat(Progress.expected(q4, LocalDate.of(2027, 1, 5))).isEqualTo(1.0);
    }

    @Test
    void behind_means_clearly_under_the_expected_line() {
        assertThat(Progress.behind(0.40, 0.60)).isTrue();
        assertThat(Progress.behind(0.51, 0.60)).isFalse();
        assertThat(Progress.behind(0.70, 0.60)).isFalse();
        assertThat(Progress.behind(0.0, 0.05)).isFalse();
    }
}
