package no.ambisjon.meeting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ui.ValueFormat;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Closed minutes as a PDF in the reader's language, written only from what was frozen at close:
 * the customer, the date, who attended and who closed it, each key result's value and progress at
 * close with the meeting's note on it, the decisions and the action items.
 */
public final class MinutesPdf {

    /** Translated texts for the reader: {@code Component#getTranslation} or the application's provider. */
    public interface Texts {
        String get(String key, Object... parameters);
    }

    private static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
    private static final Color RULE = new Color(0xd5, 0xda, 0xe1);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, Font.NORMAL, MUTED);

    private final Texts texts;
    private final Locale locale;
    private final ValueFormat format;

    public MinutesPdf(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.format = new ValueFormat(locale, texts.get("value.yes"), texts.get("value.no"));
    }

    /** "referat-fjellsport-2026-11-18.pdf" */
    public String fileName(MeetingDetail meeting) {
        return texts.get("minutes.pdf.file", meeting.customer().slug(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.scheduledAt().atZone(TimeText.OSLO)));
    }

    public byte[] write(MeetingDetail meeting) {
        var minutes = meeting.minutes();
        var bytes = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(texts.get("meeting.minutes.title", TimeText.format(meeting.scheduledAt(), locale)));
        document.addCreator("Ambisjon");
        document.open();
        document.add(paragraph(meeting.customer().name(), SMALL, 0));
        document.add(paragraph(texts.get("meeting.minutes.title", TimeText.format(meeting.scheduledAt(), locale)), TITLE, 6));
        if (meeting.attendees() != null) {
            document.add(paragraph(texts.get("meeting.attendees", meeting.attendees()), BODY, 2));
        }
        document.add(paragraph(texts.get("minutes.pdf.closed", minutes.closedBy(),
                TimeText.format(minutes.closedAt(), locale)), BODY, 2));

        document.add(heading(texts.get("meeting.agenda")));
        if (minutes.lines().isEmpty()) {
            document.add(paragraph(texts.get("present.empty"), BODY, 0));
        } else {
            document.add(agenda(minutes.lines()));
        }
        document.add(heading(texts.get("meeting.decisions")));
        if (meeting.decisions().isEmpty()) {
            document.add(paragraph(texts.get("meeting.decisions.none"), BODY, 0));
        }
        meeting.decisions().forEach(d -> document.add(item(d.text(), texts.get("minutes.pdf.decided-by", d.author()))));
        document.add(heading(texts.get("meeting.actions")));
        if (meeting.actions().isEmpty()) {
            document.add(paragraph(texts.get("meeting.actions.none"), BODY, 0));
        }
        meeting.actions().forEach(a -> document.add(item(a.text(), action(a))));
        document.close();
        return bytes.toByteArray();
    }

    private PdfPTable agenda(List<MinutesLine> lines) {
        var table = new PdfPTable(new float[] {46, 24, 12, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var header : List.of("minutes.pdf.key-result", "minutes.pdf.at-close", "minutes.pdf.progress",
                "minutes.pdf.confidence")) {
            var cell = cell(new Phrase(texts.get(header), SMALL));
            cell.setBorderWidthBottom(1);
            table.addCell(cell);
        }
        for (var line : lines) {
            var name = new Phrase(12f);
            name.add(new Chunk(line.title(), BOLD));
            name.add(new Chunk("\n" + line.objectiveTitle(), SMALL));
            table.addCell(cell(name));
            table.addCell(cell(new Phrase(atClose(line), BODY)));
            table.addCell(cell(new Phrase(format.share(line.progress()), BODY)));
            table.addCell(cell(new Phrase(texts.get("confidence." + line.confidence().name()), BODY)));
            if (line.note() != null) {
                var note = cell(new Phrase(texts.get("minutes.pdf.note", line.note()), BODY));
                note.setColspan(4);
                note.setPaddingLeft(12);
                table.addCell(note);
            }
        }
        return table;
    }

    private String atClose(MinutesLine line) {
        var value = format.value(line.measure(), line.value(), line.unit());
        return line.measure() == Measure.YES_NO ? value
                : texts.get("okr.value-of-target", value, format.value(line.measure(), line.target(), line.unit()));
    }

    private String action(ActionEntry action) {
        var parts = new StringBuilder(texts.get(action.done() ? "minutes.pdf.done" : "minutes.pdf.open"));
        if (action.owner() != null) {
            parts.append(" · ").append(action.owner());
        }
        if (action.due() != null) {
            parts.append(" · ").append(texts.get("meeting.action.due",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(action.due())));
        }
        return parts.toString();
    }

    private static PdfPCell cell(Phrase content) {
        var cell = new PdfPCell(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidthBottom(0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static Paragraph heading(String text) {
        var heading = paragraph(text, HEADING, 4);
        heading.setSpacingBefore(16);
        return heading;
    }

    private static Paragraph item(String text, String detail) {
        var item = new Paragraph();
        item.add(new Chunk("•  " + text, BODY));
        item.add(new Chunk("\n    " + detail, SMALL));
        item.setSpacingAfter(5);
        return item;
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
