package no.ambisjon.okr;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** A calendar quarter: the period an objective is set for. */
public record Quarter(int year, int number) implements Comparable<Quarter>, Serializable {

    /** Quarters, and the check-ins that count in them, are days in the agency's time zone. */

    /** The years an address may name: anyone can type one, and no date arithmetic fails within them. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is 1-4, not " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
    }

    /**
     * Parses {@code 2026-Q4}, the form used in addresses.
     *
     * @throws IllegalArgumentException for anything else, and for a year outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}
     */
    public static Quarter parse(String text) {
        var parts = text.trim().toUpperCase().split("-Q");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a quarter: " + text);
        }
        var year = Integer.parseInt(parts[0]);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Not a year of this application's: " + text);
        }
        return new Quarter(year, Integer.parseInt(parts[1]));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    public boolean isOver(LocalDate today) {
        return today.isAfter(lastDay());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
