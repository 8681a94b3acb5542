package no.ambisjon.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundles speak the glossary's words: {@code docs/glossary.md}. */
class GlossaryTest {

    private record Term(String concept, List<String> nb, List<String> en, List<String> notNb, List<String> notEn) {
    }

    private static List<Term> glossary() throws IOException {
        var terms = new ArrayList<Term>();
        var rows = Files.readAllLines(Path.of("docs/glossary.md")).stream()
                .filter(line -> line.startsWith("|") && !line.startsWith("|---")).skip(1).toList();
        for (var row : rows) {
            var cells = row.substring(1, row.length() - 1).split("\\|", -1);
            assertThat(cells).as(row).hasSize(5);
            terms.add(new Term(cells[0].strip(), words(cells[1]), words(cells[2]), words(cells[3]), words(cells[4])));
        }
        return terms;
    }

    private static List<String> words(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static Properties bundle(Language language) throws IOException {
        var properties = new Properties();
        try (var in = GlossaryTest.class.getResourceAsStream("/" + Translations.BUNDLE + "_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A whole word or phrase; "innsjekk" is not in "innsjekking", "innsjekk*" is. */
    private static Pattern word(String word) {
        var open = word.endsWith("*");
        var stem = Pattern.quote(open ? word.substring(0, word.length() - 1) : word);
        return Pattern.compile("(?<![\\p{L}\\d])" + stem + (open ? "" : "(?![\\p{L}\\d])"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Test
    void no_text_uses_a_word_the_glossary_rules_out() throws IOException {
        var found = new ArrayList<String>();
        for (var language : Language.values()) {
            var texts = bundle(language);
            for (var term : glossary()) {
                for (var avoided : language == Language.NB ? term.notNb() : term.notEn()) {
                    var pattern = word(avoided);
                    texts.stringPropertyNames().stream().sorted()
                            .filter(key -> pattern.matcher(texts.getProperty(key)).find())
                            .forEach(key -> found.add("%s %s says «%s» for %s: «%s»".formatted(language, key, avoided,
                                    term.concept(), texts.getProperty(key))));
                }
            }
        }
        assertThat(found).as("texts that use another word than the glossary's").isEmpty();
    }

    @Test
    void every_term_of_the_glossary_is_in_use() throws IOException {
        var unused = new ArrayList<String>();
        for (var language : Language.values()) {
            var all = String.join("\n", bundle(language).values().stream().map(Object::toString).toList())
                    .toLowerCase(Locale.ROOT).replace('’', '\'');
            for (var term : glossary()) {
                var first = (language == Language.NB ? term.nb() : term.en()).getFirst();
                if (!all.contains(first.toLowerCase(Locale.ROOT))) {
                    unused.add(language + ": " + first);
                }
            }
        }
        assertThat(unused).as("glossary terms no text uses: a stale glossary or a text that drifted").isEmpty();
    }

    @Test
    void the_check_sees_a_word_it_rules_out_but_not_a_longer_word() {
        assertThat(word("innsjekk").matcher("Siste innsjekk").find()).isTrue();
        assertThat(word("innsjekk").matcher("Siste innsjekking").find()).isFalse();
        assertThat(word("log in").matcher("Log in again").find()).isTrue();
        assertThat(word("coach*").matcher("Coachen ser etter det").find()).isTrue();
    }
}
