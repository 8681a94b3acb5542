package no.ambisjon.meeting;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The type of one PDF: DejaVu Sans and DejaVu Sans Bold (resources {@code fonts/}, licence beside
 * them), embedded as subsets of the glyphs used. They draw Latin with æ, ø and å, Greek, Cyrillic,
 * Hebrew, Arabic and many symbols and emoticons. A character that neither has, such as most emoji,
 * would be left out of the page without a trace; it is drawn as {@link #MISSING} instead, and
 * {@link #missedAny()} tells the document to say so.
 */
final class PdfFonts {

    /** Drawn for each character the fonts lack. */
    static final String MISSING = "\uFFFD";

    // Shared by every document, as BaseFonts are meant to be: the glyphs used are kept per document.
    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private boolean missed;

    Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL, Color.BLACK);
    }

    /**
     * {@code text} as the fonts draw it: each character (with its accents, or the parts of an emoji
     * sequence) that they cannot draw becomes {@link #MISSING}; invisible formatting characters
     * they lack are left out.
     */
    String drawable(String text) {
        if (text.codePoints().allMatch(PdfFonts::drawn)) {
            return text;
        }
        var shown = new StringBuilder(text.length());
        var characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
             start = end, end = characters.next()) {
            var character = text.substring(start, end);
            if (character.codePoints().allMatch(PdfFonts::drawn)) {
                shown.append(character);
            } else if (!character.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT)) {
                shown.append(MISSING);
                missed = true;
            }
        }
        return shown.toString();
    }

    /** Whether {@link #drawable} has put {@link #MISSING} in place of a character. */
    boolean missedAny() {
        return missed;
    }

    /** Right to left when the text's first letter is Hebrew, Arabic or another right-to-left script. */
    static int runDirection(String text) {
        return new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()
                ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }

    private static boolean drawn(int c) {
        return Character.isISOControl(c) || (REGULAR.charExists(c) && BOLD.charExists(c));
    }

    private static BaseFont load(String file) {
        try (var in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the resources");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
