package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grades at the end of a quarter, as the OKR guide reads them. */
class GradesTest {

    @Test
    void progress_suggests_the_grade_to_one_decimal() {
        assertThat(Grades.suggested(0.0)).isEqualByComparingTo("0.0");
        assertThat(Grades.suggested(0.64)).isEqualByComparingTo("0.6");
        assertThat(Grades.suggested(0.65)).isEqualByComparingTo("0.7");
        assertThat(Grades.suggested(1.0)).isEqualByComparingTo("1.0");
        assertThat(Grades.suggested(0.65).scale()).isEqualTo(1);
    }

    @Test
    void an_objective_is_graded_by_the_mean_of_its_key_results() {
        assertThat(Grades.mean(List.of(new BigDecimal("0.6"), new BigDecimal("0.9"), new BigDecimal("1.0"))))
                .isEqualByComparingTo("0.8");
        assertThat(Grades.mean(List.of())).isEqualByComparingTo("0.0");
    }

    @Test
    void a_grade_is_from_zero_to_one_with_one_decimal_and_under_seven_tenths_is_missed() {
        assertThat(Grades.valid(new BigDecimal("0.7"))).isTrue();
        assertThat(Grades.valid(new BigDecimal("1.00"))).isTrue();
        assertThat(Grades.valid(new BigDecimal("0.75"))).isFalse();
        assertThat(Grades.valid(new BigDecimal("1.1"))).isFalse();
        assertThat(Grades.valid(new BigDecimal("-0.1"))).isFalse();
        assertThat(Grades.valid(null)).isFalse();
        assertThat(Grades.outcome(new BigDecimal("0.7"))).isEqualTo(Grades.Outcome.REACHED);
        assertThat(Grades.outcome(new BigDecimal("1.0"))).isEqualTo(Grades.Outcome.REACHED);
        assertThat(Grades.outcome(new BigDecimal("0.6"))).isEqualTo(Grades.Outcome.PARTLY);
        assertThat(Grades.outcome(new BigDecimal("0.4"))).isEqualTo(Grades.Outcome.PARTLY);
        assertThat(Grades.outcome(new BigDecimal("0.3"))).isEqualTo(Grades.Outcome.MISSED);
    }

    @Test
    void a_quarter_is_evaluated_in_its_last_two_weeks_and_after() {
        var q4 = new Quarter(2026, 4);
        assertThat(Grades.open(q4, LocalDate.of(2026, 12, 17))).isFalse();
        assertThat(Grades.open(q4, LocalDate.of(2026, 12, 18))).isTrue();
        assertThat(Grades.open(q4, LocalDate.of(2027, 2, 1))).isTrue();
    }
}
