package no.ambisjon.okr.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an export table as an XLSX workbook: one sheet, a bold header row that stays in view, a
 * filter on every column, and real numbers, percentages and dates that the reader can calculate
 * with. Text is always stored as text, never as a formula; text that would start one ({@link Formulas})
 * is also marked quote-prefixed, so that it stays text when someone edits the cell in Excel.
 */
final class XlsxFormat {

    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxFormat() {
    }

    static byte[] write(ExportTable table) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(table.title());
            workbook.getProperties().getCoreProperties().setCreator("Ambisjon");
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            var format = workbook.createDataFormat();
            var header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            var number = style(workbook, format.getFormat("#,##0.##"));
            var share = style(workbook, format.getFormat("0%"));
            var day = style(workbook, format.getFormat("yyyy-mm-dd"));
            var quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);

            var widths = new int[table.headers().size()];
            var headerRow = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                var cell = headerRow.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
                widths[c] = table.headers().get(c).length() + 2;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                var row = sheet.createRow(r + 1);
                var cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    var shown = switch (cells.get(c)) {
                        case ExportTable.Text t -> {
                            cell.setCellValue(t.value());
                            if (Formulas.startAt(t.value(), 0)) {
                                cell.setCellStyle(quoted);
                            }
                            yield t.value();
                        }
                        case ExportTable.Amount n -> {
                            cell.setCellValue(n.value().doubleValue());
                            cell.setCellStyle(number);
                            yield n.value().toPlainString();
                        }
                        case ExportTable.Share s -> {
                            cell.setCellValue(s.value());
                            cell.setCellStyle(share);
                            yield "100 %";
                        }
                        case ExportTable.Day d -> {
                            cell.setCellValue(d.value());
                            cell.setCellStyle(day);
                            yield "2026-12-31";
                        }
                    };
                    widths[c] = Math.max(widths[c], shown.length() + 2);
                }
            }
            // Widths from the text length: POI's own autosizing needs the fonts of a desktop.
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c], MAX_COLUMN_CHARS) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!table.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, widths.length - 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, short dataFormat) {
        var style = workbook.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }
}
