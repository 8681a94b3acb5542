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
 */
final class CsvFormat {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvFormat() {
    }

    static byte[] write(ExportTable table, Locale locale) {
        var norwegian = Language.of(locale) == Language.NB;
        var separator = norwegian ? ";" : ",";
        var symbols = DecimalFormatSymbols.getInstance(norwegian ? Language.NB.locale() : Locale.ENGLISH);
        symbols.setMinusSign('-');
        var numbers = new DecimalFormat("0.##", symbols);
        var text = new StringBuilder(BYTE_ORDER_MARK);
        text.append(line(table.headers().stream().map(h -> quote(h, separator)).toList(), separator));
        for (var row : table.rows()) {
            text.append(line(row.stream().map(cell -> cell(cell, separator, numbers)).toList(), separator));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells, String separator) {
        return cells.stream().collect(Collectors.joining(separator)) + "\r\n";
    }

    private static String cell(ExportTable.Cell cell, String separator, DecimalFormat numbers) {
        return switch (cell) {
            case ExportTable.Text t -> quote(defuse(t.value()), separator);
            case ExportTable.Amount n -> numbers.format(n.value());
            case ExportTable.Share s -> numbers.format(BigDecimal.valueOf(Math.round(s.value() * 100)));
            case ExportTable.Day d -> d.value().toString();
        };
    }

    /**
     * Text that a spreadsheet would take for a formula (a title starting with "=", say) is kept as
     * text, so that opening an export never runs what someone typed into an objective.
     */
    private static String defuse(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quote(String value, String separator) {
        if (value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
