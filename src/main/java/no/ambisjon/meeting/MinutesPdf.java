package no.ambisjon.meeting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ambisjon.okr.Standing;
import no.ambisjon.okr.Progress;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.ui.ValueFormat;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Closed minutes as a PDF in the reader's language, written only from what was frozen at close:
 * the customer, the date, who attended and who closed it, each key result's value and progress at
 * close with the meeting's note on it, the decisions and the action items. Every text is laid out
 * in its own reading direction (Hebrew and Arabic right to left, Arabic letters joined), in fonts
 * embedded in the file ({@link PdfFonts}); what they cannot draw is marked, and the minutes say so.
 */
public final class MinutesPdf {

    /** Translated texts for the reader: {@code Component#getTranslation} or the application's provider. */
    public interface Texts {
        String get(String key, Object... parameters);
    }

    private static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
    private static final Color RULE = new Color(0xd5, 0xda, 0xe1);

    private final Texts texts;
    private final Locale locale;
    private final ValueFormat format;

    public MinutesPdf(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.format = new ValueFormat(locale, texts::get);
    }

    /** "referat-fjellsport-2026-11-18.pdf" */
    public String fileName(MeetingDetail meeting) {
        return texts.get("minutes.pdf.file", meeting.customer().slug(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.scheduledAt().atZone(TimeText.ZONE)));
    }

    public byte[] write(MeetingDetail meeting) {
        var bytes = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(texts.get("meeting.minutes.title", TimeText.format(meeting.scheduledAt(), locale)));
        document.addCreator("Ambisjon");
        document.open();
        new Layout(new PdfFonts()).blocks(meeting).forEach(document::add);
        document.close();
        return bytes.toByteArray();
    }

    /** One document's blocks, in the fonts that note what they could not draw. */
    private final class Layout {

        private final PdfFonts type;
        private final Font title;
        private final Font heading;
        private final Font body;
        private final Font bold;
        private final Font small;

        Layout(PdfFonts type) {
            this.type = type;
            this.title = type.bold(18);
            this.heading = type.bold(13);
            this.body = type.regular(10, Color.BLACK);
            this.bold = type.bold(10);
            this.small = type.regular(8.5f, MUTED);
        }

        List<Element> blocks(MeetingDetail meeting) {
            var minutes = meeting.minutes();
            var blocks = new ArrayList<Element>();
            blocks.add(block(meeting.customer().name(), small, 0));
            blocks.add(block(texts.get("meeting.minutes.title", TimeText.format(meeting.scheduledAt(), locale)), title, 6));
            if (meeting.attendees() != null) {
                blocks.add(block(texts.get("meeting.attendees", meeting.attendees()), body, 2));
            }
            blocks.add(block(texts.get("minutes.pdf.closed", minutes.closedBy(),
                    TimeText.format(minutes.closedAt(), locale)), body, 2));
            var noteAt = blocks.size();

            blocks.add(heading(texts.get("meeting.agenda")));
            blocks.add(minutes.lines().isEmpty() ? block(texts.get("present.empty"), body, 0) : agenda(minutes.lines(), minutes.expected()));
            blocks.add(heading(texts.get("meeting.decisions")));
            if (meeting.decisions().isEmpty()) {
                blocks.add(block(texts.get("meeting.decisions.none"), body, 0));
            }
            meeting.decisions().forEach(d -> blocks.add(item(d.text(), texts.get("minutes.pdf.decided-by", d.author()))));
            blocks.add(heading(texts.get("meeting.actions")));
            if (meeting.actions().isEmpty()) {
                blocks.add(block(texts.get("meeting.actions.none"), body, 0));
            }
            meeting.actions().forEach(a -> blocks.add(item(a.text(), action(a))));
            if (type.missedAny()) {
                blocks.add(noteAt, block(texts.get("minutes.pdf.missing-characters", PdfFonts.MISSING), small, 2));
            }
            return blocks;
        }

        /** @param expected the part of the quarter that had passed when the meeting closed; {@code null} for older minutes */
        private PdfPTable agenda(List<MinutesLine> lines, Double expected) {
            var table = new PdfPTable(new float[] {40, 30, 11, 19});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (var header : List.of("minutes.pdf.key-result", "minutes.pdf.at-close", "minutes.pdf.progress",
                    "minutes.pdf.standing")) {
                var cell = cell(texts.get(header), small);
                cell.setBorderWidthBottom(1);
                table.addCell(cell);
            }
            for (var line : lines) {
                var name = new Phrase(12f);
                name.add(chunk(line.title(), bold));
                name.add(chunk("\n" + line.objectiveTitle(), small));
                if (line.owner() != null) {
                    name.add(chunk("\n" + texts.get("minutes.pdf.owner", line.owner().name()), small));
                }
                table.addCell(ruled(new PdfPCell(name), line.title()));
                table.addCell(cell(atClose(line), body));
                table.addCell(cell(format.share(line.progress()), body));
                var behind = expected != null && Progress.behind(line.progress(), expected);
                var standing = new Phrase(12f);
                standing.add(chunk(texts.get("standing.badge." + Standing.of(behind, line.confidence()).name()), bold));
                standing.add(chunk("\n" + (behind ? texts.get("standing.why.behind") + " · " : "")
                        + texts.get("standing.why.owner-then", texts.get("confidence.said." + line.confidence().name())), small));
                table.addCell(ruled(new PdfPCell(standing), line.title()));
                if (line.note() != null) {
                    var note = cell(texts.get("minutes.pdf.note", line.note()), body);
                    note.setColspan(4);
                    note.setPaddingLeft(12);
                    table.addCell(note);
                }
            }
            return table;
        }

        private Chunk chunk(String text, Font font) {
            return new Chunk(type.drawable(text), font);
        }

        private PdfPCell cell(String text, Font font) {
            return ruled(new PdfPCell(new Phrase(chunk(text, font))), text);
        }

        private PdfPTable heading(String text) {
            var heading = block(text, this.heading, 4);
            heading.setSpacingBefore(16);
            return heading;
        }

        private PdfPTable item(String text, String detail) {
            var item = new PdfPTable(1);
            item.setWidthPercentage(100);
            item.addCell(plain(new PdfPCell(new Phrase(chunk("•  " + text, body))), text));
            var below = plain(new PdfPCell(new Phrase(chunk(detail, small))), detail);
            below.setPaddingLeft(14);
            item.addCell(below);
            item.setSpacingAfter(5);
            return item;
        }

        /** A paragraph as a table of one borderless cell: only cells lay text out in its reading direction. */
        private PdfPTable block(String text, Font font, float spacingAfter) {
            var block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.addCell(plain(new PdfPCell(new Phrase(chunk(text, font))), text));
            block.setSpacingAfter(spacingAfter);
            return block;
        }
    }

    private String atClose(MinutesLine line) {
        return format.valueOfTarget(line.measure(), line.value(), line.target(), line.unit());
    }

    private String action(ActionEntry action) {
        var parts = new StringBuilder(texts.get(action.done() ? "minutes.pdf.done" : "minutes.pdf.open"));
        if (action.owner() != null) {
            parts.append(" · ").append(action.owner().name());
        }
        if (action.due() != null) {
            parts.append(" · ").append(texts.get("meeting.action.due",
                    TimeText.date(action.due(), locale)));
        }
        return parts.toString();
    }

    private static PdfPCell ruled(PdfPCell cell, String text) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidthBottom(0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setRunDirection(PdfFonts.runDirection(text));
        return cell;
    }

    private static PdfPCell plain(PdfPCell cell, String text) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setRunDirection(PdfFonts.runDirection(text));
        return cell;
    }
}
