package no.ambisjon.okr.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ambisjon.base.i18n.Language;

/**
 * Writes an export table as CSV the way a spreadsheet in the reader's language opens it: Norwegian
 * with semicolons and decimal commas, English with commas and decimal points; UTF-8 with a byte
 * order mark so that æ, ø and å survive; CRLF line ends (RFC 4180).
 *
 * <p>Opening the file never runs what someone typed (OWASP, CSV injection). A spreadsheet may read
 * the file with another list separator than ours, or split it without regard to quotes, so a cell
 * can start at the beginning of a text and after every comma, semicolon, tab and line break in it.
 * Hence every text cell is quoted, and each such start that would begin a formula ({@link Formulas})
 * gets a single quote in front: {@code =2+2} is written {@code "'=2+2"}, {@code a;=2+2} is written
 * {@code "a;'=2+2"} in either language. Numbers, percentages and dates are written by us, hold only
 * digits, a leading minus, a decimal mark and hyphens, and stay plain so that they count as numbers.
 */
final class CsvFormat {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** Where a spreadsheet that reads the file differently from us may start a new cell. */
    private static final String CELL_BREAKS = ",;\t\r\n";

    private CsvFormat() {
    }

    static byte[] write(ExportTable table, Locale locale) {
        var norwegian = Language.of(locale) == Language.NB;
        var separator = norwegian ? ";" : ",";
        var symbols = DecimalFormatSymbols.getInstance(norwegian ? Language.NB.locale() : Locale.ENGLISH);
        symbols.setMinusSign('-');
        var numbers = new DecimalFormat("0.##", symbols);
        var text = new StringBuilder(BYTE_ORDER_MARK);
        text.append(line(table.headers().stream().map(CsvFormat::text).toList(), separator));
        for (var row : table.rows()) {
            text.append(line(row.stream().map(cell -> cell(cell, numbers)).toList(), separator));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells, String separator) {
        return cells.stream().collect(Collectors.joining(separator)) + "\r\n";
    }

    private static String cell(ExportTable.Cell cell, DecimalFormat numbers) {
        return switch (cell) {
            case ExportTable.Text t -> text(t.value());
            case ExportTable.Amount n -> numbers.format(n.value());
            case ExportTable.Share s -> numbers.format(BigDecimal.valueOf(Math.round(s.value() * 100)));
            case ExportTable.Day d -> d.value().toString();
        };
    }

    private static String text(String value) {
        var cell = new StringBuilder(value.length() + 4).append('"');
        var cellStarts = true;
        for (int i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (cellStarts && Formulas.startAt(value, i)) {
                cell.append('\'');
            }
            cell.append(c == '"' ? "\"\"" : String.valueOf(c));
            cellStarts = CELL_BREAKS.indexOf(c) >= 0;
        }
        return cell.append('"').toString();
    }
}
