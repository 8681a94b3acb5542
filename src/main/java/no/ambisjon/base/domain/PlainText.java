package no.ambisjon.base.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/**
 * Every text the application stores, whatever screen, import or request it came from, without the
 * characters that are not text: control characters (NUL, which PostgreSQL refuses, bell, escape
 * and the rest; tabs and line breaks stay), and the bidirectional overrides and isolates with which
 * "gnp.exe" can be made to read as "exe.png" (U+202A-U+202E, U+2066-U+2069). The marks that only
 * hint a direction (U+200E, U+200F) stay: right-to-left text needs them and they reorder nothing.
 * It applies to every String attribute of every entity, so that no new field can forget it.
 */
@Converter(autoApply = true)
public class PlainText implements AttributeConverter<String, String> {

    private static final Pattern NOT_TEXT = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    public static String clean(String text) {
        return text == null ? null : NOT_TEXT.matcher(text).replaceAll("");
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        return clean(text);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
