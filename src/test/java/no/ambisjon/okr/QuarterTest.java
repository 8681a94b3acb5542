package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void a_date_belongs_to_its_calendar_quarter_with_its_first_and_last_day() {
        var q = Quarter.of(LocalDate.of(2026, 11, 27));
        assertThat(q).isEqualTo(new Quarter(2026, 4));
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.days()).isEqualTo(92);
        assertThat(new Quarter(2028, 1).days()).isEqualTo(91); // leap year
    }

    @Test
    void the_next_quarter_after_q4_is_q1_of_the_next_year_and_back() {
        assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 2).next()).isEqualTo(new Quarter(2026, 3));
    }

    @Test
    void quarters_read_and_write_as_in_addresses() {
        assertThat(Quarter.parse("2026-Q4")).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2027, 1).toString()).isEqualTo("2027-Q1");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_address_names_only_quarters_from_2000_to_2100() {
        assertThat(Quarter.parse("2000-Q1")).isEqualTo(new Quarter(2000, 1));
        assertThat(Quarter.parse("2100-Q4")).isEqualTo(new Quarter(2100, 4));
        for (var text : new String[] {"1999-Q4", "2101-Q1", "1000000000-Q1", "999999999-Q4", "-2026-Q1",
                "99999999999-Q1", "2026-Q99999999999", "2026-Q0", "2026-Q-1", "-Q1", "2026-"}) {
            assertThatThrownBy(() -> Quarter.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_quarter_is_over_the_day_after_its_last_day() {
        var q = new Quarter(2026, 3);
        assertThat(q.isOver(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(q.isOver(LocalDate.of(2026, 10, 1))).isTrue();
    }
}
