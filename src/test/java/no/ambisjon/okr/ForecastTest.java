package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a key result lands at its pace: known series, in both directions. */
class ForecastTest {

    private static final Quarter Q4 = new Quarter(2026, 4);
    private static final LocalDate FIRST = Q4.firstDay();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Forecast.Point on(int day, String value) {
        return new Forecast.Point(FIRST.plusDays(day), new BigDecimal(value));
    }

    private static Forecast forecast(Direction direction, String start, String target, Forecast.Point... points) {
        return forecast(Measure.NUMBER, direction, start, target, points);
    }

    private static Forecast forecast(Measure measure, Direction direction, String start, String target,
                                     Forecast.Point... points) {
        return Forecast.of(measure, direction, new BigDecimal(start), new BigDecimal(target), Q4, List.of(points), TODAY)
                .orElseThrow();
    }

    @Test
    void three_check_ins_on_a_straight_line_continue_it_to_the_quarters_last_day() {
        var f = forecast(Direction.UP, "0", "80000", on(10, "10000"), on(20, "20000"), on(30, "30000"));

        assertThat(f.by()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(f.value()).isEqualByComparingTo("91000");
        assertThat(f.reachesTarget()).isTrue();
    }

    @Test
    void scattered_check_ins_follow_their_least_squares_line() {
        // Mean day 20, mean value 21; slope 210/200 = 1.05 a day through the origin: 95.55 on day 91.
        var f = forecast(Direction.UP, "0", "100", on(10, "12"), on(20, "18"), on(30, "33"));

        assertThat(f.value()).isEqualByComparingTo("96");
        assertThat(f.reachesTarget()).as("4 short of 100: within the margin").isTrue();
    }

    @Test
    void a_forecast_falls_short_only_by_more_than_a_twentieth_of_the_way_from_start_to_target() {
        assertThat(forecast(Direction.UP, "0", "100", on(45, "47.5")).reachesTarget()).as("96 of 100").isTrue();
        assertThat(forecast(Direction.UP, "0", "100", on(45, "44")).reachesTarget()).as("89 of 100").isFalse();
        assertThat(forecast(Direction.DOWN, "100", "50", on(45, "76")).reachesTarget()).as("lower is better: 52 for 50").isTrue();
        assertThat(forecast(Direction.DOWN, "100", "50", on(45, "80")).reachesTarget()).as("lower is better: 60 for 50").isFalse();
    }

    @Test
    void with_fewer_than_three_check_ins_the_pace_runs_from_the_start_to_the_latest() {
        // 40 000 on 1 October, 52 000 on 15 November: 12 000 in 45 days, 91 days in all.
        var f = forecast(Direction.UP, "40000", "80000", on(30, "47000"), on(45, "52000"));

        assertThat(f.value()).isEqualByComparingTo("64267");
        assertThat(f.reachesTarget()).isFalse();
    }

    @Test
    void lower_is_better_forecasts_downwards() {
        var slow = forecast(Direction.DOWN, "30", "10", on(10, "28"), on(20, "26"), on(30, "24"));
        assertThat(slow.value()).isEqualByComparingTo("12");
        assertThat(slow.reachesTarget()).as("12 is above the target of 10").isFalse();

        var fast = forecast(Direction.DOWN, "30", "10", on(10, "27"), on(20, "24"), on(30, "21"));
        assertThat(fast.value()).isEqualByComparingTo("3");
        assertThat(fast.reachesTarget()).isTrue();
    }

    @Test
    void a_key_result_moving_away_from_its_target_forecasts_further_away() {
        var f = forecast(Direction.UP, "50", "80", on(10, "48"), on(20, "45"), on(30, "43"));

        assertThat(f.value()).isLessThan(new BigDecimal("43"));
        assertThat(f.reachesTarget()).isFalse();
    }

    @Test
    void decimals_follow_the_key_results_own_figures() {
        var f = forecast(Direction.UP, "1.5", "4.0", on(10, "1.8"), on(20, "2.1"), on(30, "2.4"));

        assertThat(f.value()).isEqualByComparingTo("4.2");
        assertThat(f.value().scale()).isEqualTo(1);
    }

    @Test
    void a_percentage_stays_within_a_hundred_and_a_count_never_below_zero() {
        assertThat(forecast(Measure.PERCENT, Direction.UP, "0", "90", on(10, "20"), on(20, "40"), on(30, "60")).value())
                .isEqualByComparingTo("100");
        assertThat(forecast(Direction.DOWN, "40", "5", on(10, "30"), on(20, "20"), on(30, "10")).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void no_forecast_for_yes_or_no_before_the_first_check_in_after_the_quarter_or_without_a_pace() {
        var one = List.of(on(20, "1"));
        assertThat(Forecast.of(Measure.YES_NO, Direction.UP, BigDecimal.ZERO, BigDecimal.ONE, Q4, one, TODAY)).isEmpty();
        assertThat(Forecast.of(Measure.NUMBER, Direction.UP, BigDecimal.ZERO, BigDecimal.TEN, Q4, List.of(), TODAY)).isEmpty();
        assertThat(Forecast.of(Measure.NUMBER, Direction.UP, BigDecimal.ZERO, BigDecimal.TEN, Q4, one,
                LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(Forecast.of(Measure.NUMBER, Direction.UP, BigDecimal.ZERO, BigDecimal.TEN, Q4, List.of(on(0, "3")),
                TODAY)).as("a check-in on the first day gives no pace").isEmpty();
    }

    @Test
    void three_check_ins_on_one_day_fall_back_to_the_pace_from_the_start() {
        var f = forecast(Direction.UP, "0", "1000", on(45, "400"), on(45, "420"), on(45, "450"));

        assertThat(f.value()).isEqualByComparingTo("910");
    }
}
