package no.ambisjon.customer;

import java.text.Normalizer;
import java.util.Locale;

/** A customer's address part made from its name: "AS Økogård" becomes "as-okogard". */
public final class Slugs {

    private Slugs() {
    }

    public static String from(String name) {
        var text = name == null ? "" : name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
    }
}
