package no.ambisjon.coach;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a customer's name in a sentence the way a reader would: in any case, with punctuation
 * ignored, whole words only, with or without the company form ("Fjellsport AS" is found as
 * "Fjellsport") and in the Norwegian genitive ("Fjellsports"). Æ, ø and å stay letters of their own.
 */
final class CustomerNames {

    private static final Set<String> COMPANY_FORMS = Set.of("as", "asa", "ans", "da", "enk", "sa", "ba", "nuf");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private CustomerNames() {
    }

    /** @return the first of the names that the text contains, or {@code null} */
    static String foundIn(String text, String name, List<String> shortNames) {
        var words = " " + normalise(text) + " ";
        for (var candidate : candidates(name, shortNames)) {
            var wanted = normalise(candidate);
            if (!wanted.isBlank() && (words.contains(" " + wanted + " ") || words.contains(" " + wanted + "s "))) {
                return candidate;
            }
        }
        return null;
    }

    /** The full name first, then the short names, then the full name without its company form. */
    static List<String> candidates(String name, List<String> shortNames) {
        var candidates = new ArrayList<String>();
        candidates.add(name);
        candidates.addAll(shortNames);
        var words = name.trim().split("\\s+");
        if (words.length > 1 && COMPANY_FORMS.contains(normalise(words[words.length - 1]))) {
            candidates.add(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
        }
        return candidates;
    }

    static String normalise(String text) {
        var composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(NORWEGIAN);
        return composed.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
