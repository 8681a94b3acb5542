package no.ambisjon.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * Read-only parts of a screen drawn by the browser from markup the server writes, instead of a
 * component per piece: a row of a dozen pieces is then one element in the session instead of a
 * dozen (docs/benchmarks.md, "Memory per session"). Every text from data goes through
 * {@link #escape}, so user input can never become markup.
 */
public final class Markup {

    private Markup() {
    }

    /** Draws new markup inside the element; the same markup again sends the browser nothing. */
    public static void redraw(Element element, String markup) {
        if (!markup.equals(element.getProperty("innerHTML"))) {
            element.setProperty("innerHTML", markup);
        }
    }

    /** {@code <tag class="...">text</tag>}, the text escaped. */
    public static String tag(String tag, String cssClass, String text) {
        return "<" + tag + " class=\"" + escape(cssClass) + "\">" + escape(text) + "</" + tag + ">";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
