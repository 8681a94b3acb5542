package no.ambisjon.mail;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail's text, written once and kept as plain text and as simple HTML with the same words. Every
 * text is escaped for the HTML: names and titles are the users' own.
 */
final class MailBody {

    private static final String FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    MailBody paragraph(String words) {
        text.append(words).append("\n\n");
        html.append("<p style=\"margin:0 0 16px\">").append(escape(words)).append("</p>\n");
        return this;
    }

    MailBody items(List<String> lines) {
        lines.forEach(line -> text.append("• ").append(line).append('\n'));
        text.append('\n');
        html.append("<ul style=\"margin:0 0 16px;padding-left:20px\">\n");
        lines.forEach(line -> html.append("<li style=\"margin:0 0 6px\">").append(escape(line)).append("</li>\n"));
        html.append("</ul>\n");
        return this;
    }

    /** A link as a button in HTML, and as its address on a line of its own in the text. */
    MailBody action(String label, String url) {
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p style=\"margin:8px 0 24px\"><a href=\"").append(escape(url))
                .append("\" style=\"background:#1a5fb4;color:#ffffff;padding:10px 18px;border-radius:6px;"
                        + "text-decoration:none;display:inline-block;font-weight:600\">")
                .append(escape(label)).append("</a></p>\n");
        return this;
    }

    /** A closing line in smaller, muted type, with an optional link. */
    MailBody footnote(String words, String url) {
        text.append("-- \n").append(words);
        html.append("<p style=\"margin:24px 0 0;font-size:13px;color:#5f6b7a\">").append(escape(words));
        if (url != null) {
            text.append('\n').append(url);
            html.append("<br><a href=\"").append(escape(url)).append("\" style=\"color:#5f6b7a\">")
                    .append(escape(url)).append("</a>");
        }
        text.append('\n');
        html.append("</p>\n");
        return this;
    }

    String text() {
        return text.toString().stripTrailing() + "\n";
    }

    String html(String title) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
                + "<body style=\"margin:0;padding:24px;background:#f4f5f7\">\n"
                + "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;padding:24px 28px;border-radius:8px;"
                + FONT + "font-size:15px;line-height:1.5;color:#1c2430\">\n" + html + "</div>\n</body></html>\n";
    }

    private static String escape(String words) {
        return HtmlUtils.htmlEscape(words, "UTF-8");
    }
}
