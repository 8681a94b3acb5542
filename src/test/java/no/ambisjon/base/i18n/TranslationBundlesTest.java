package no.ambisjon.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.ambisjon.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both languages say everything: no key in one bundle only, none used in code and missing. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    private static Properties bundle(Language language) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(
                "/" + Translations.BUNDLE + "_" + language.code() + ".properties")) {
            assertThat(in).as("bundle for %s", language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void norwegian_and_english_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(bundle(Language.EN).stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle(Language.NB).stringPropertyNames()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_text_is_written_and_is_a_valid_message_pattern(Language language) throws IOException {
        var texts = bundle(language);
        for (var key : texts.stringPropertyNames()) {
            var text = texts.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            // A straight apostrophe would vanish in MessageFormat; the bundles use the typographic one.
            assertThat(text).as(key).doesNotContain("'");
            new MessageFormat(text, language.locale());
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                Stream.of(KEY_IN_CODE, MENU_TITLE).forEach(p -> p.matcher(source).results()
                        .forEach(m -> used.add(m.group(1))));
            }
        }
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role.name()));
        Arrays.stream(Language.values()).forEach(language -> used.add("language." + language.code()));

        assertThat(used).as("the scan finds keys in views and menus").contains("login.submit", "nav.home", "not-found.title");
        for (var language : Language.values()) {
            assertThat(bundle(language).stringPropertyNames()).as("%s bundle", language).containsAll(used);
        }
    }

    @Test
    void a_missing_key_is_visible_rather_than_silently_blank() {
        var translations = new Translations();
        assertThat(translations.getTranslation("no.such.key", Language.EN.locale())).isEqualTo("!no.such.key!");
        assertThat(translations.getTranslation("nav.home", Language.NB.locale())).isEqualTo("Oversikt");
        assertThat(translations.getTranslation("nav.home", Language.EN.locale())).isEqualTo("Overview");
    }

    @Test
    void norwegian_is_the_language_for_any_locale_but_english() {
        assertThat(Language.of(java.util.Locale.forLanguageTag("nn-NO"))).isEqualTo(Language.NB);
        assertThat(Language.of(java.util.Locale.forLanguageTag("no"))).isEqualTo(Language.NB);
        assertThat(Language.of(java.util.Locale.forLanguageTag("de-DE"))).isEqualTo(Language.NB);
        assertThat(Language.of(java.util.Locale.forLanguageTag("en-US"))).isEqualTo(Language.EN);
        assertThat(new Translations().getTranslation("home.intro", Language.EN.locale(), 3))
                .startsWith("You have 3 customers.");
        assertThat(new Translations().getTranslation("home.intro", Language.NB.locale(), 1))
                .startsWith("Du har én kunde.");
    }

    @Test
    void menu_titles_are_keys_not_texts() {
        assertThat(no.ambisjon.customer.ui.HomeView.class.getAnnotation(Menu.class).title()).isEqualTo("nav.home");
    }
}
