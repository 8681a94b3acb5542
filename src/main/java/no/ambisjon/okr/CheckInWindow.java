package no.ambisjon.okr;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a key result may be checked in on: its quarter's, up to today. A check-in counts on the
 * day it is dated, so a past quarter's key result is checked in on a day of that quarter.
 *
 * @param suggested today while the quarter lasts, else its last day
 */
public record CheckInWindow(LocalDate first, LocalDate last, LocalDate suggested) implements Serializable {

    static CheckInWindow of(Quarter quarter, LocalDate today) {
        var last = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
        return new CheckInWindow(quarter.firstDay(), last, last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
