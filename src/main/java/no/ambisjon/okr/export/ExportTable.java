package no.ambisjon.okr.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's OKRs as one table, already in the reader's language: one row per key result, with
 * its objective repeated so that each row stands on its own when sorted or filtered. The cells keep
 * their kind, so that a spreadsheet gets numbers, shares and dates rather than text.
 */
record ExportTable(String title, List<String> headers, List<List<Cell>> rows) {

    sealed interface Cell permits Text, Amount, Share, Day {
    }

    record Text(String value) implements Cell {
    }

    record Amount(BigDecimal value) implements Cell {
    }

    /** A share of 0.0-1.0, shown as a percentage. */
    record Share(double value) implements Cell {
    }

    record Day(LocalDate value) implements Cell {
    }

    static final Cell EMPTY = new Text("");
}
