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
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.KeyResultTemplate;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.Standing;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both languages say everything: no key in one bundle only, none used in code and missing. */
class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** Bean Validation message templates ({max}), interpolated by BundleMessageInterpolator. */
    private static final String VALIDATION = "validation.";
    private static final Pattern VALIDATION_KEY = Pattern.compile("\\{(validation\\.[a-z.-]+)}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z-]+\\.[a-z-]+(?:\\.[a-z-]+)*)\"");
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
            if (!key.startsWith(VALIDATION)) {
                new MessageFormat(text, language.locale());
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                Stream.of(KEY_IN_CODE, MENU_TITLE, VALIDATION_KEY).forEach(p -> p.matcher(source).results()
                        .forEach(m -> used.add(m.group(1))));
                if (file.toString().contains("/ui/") || file.toString().contains("/shell/")) {
                    // Keys handed to a helper ("objective.saved") rather than to getTranslation directly.
                    KEY_LITERAL.matcher(source).results().forEach(m -> used.add(m.group(1)));
                }
            }
        }
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role.name()));
        Arrays.stream(Language.values()).forEach(language -> used.add("language." + language.code()));
        Stream.of(ObjectiveStatus.values()).forEach(v -> used.add("status." + v.name()));
        Stream.of(Category.values()).forEach(v -> used.add("category." + v.name()));
        Stream.of(Measure.values()).forEach(v -> used.add("measure." + v.name()));
        Stream.of(Direction.values()).forEach(v -> used.add("direction." + v.name()));
        Stream.of(Confidence.values()).forEach(v -> used.add("confidence." + v.name()));
        Stream.of(Standing.values()).forEach(v -> used.add("standing." + v.name()));
        Stream.of(ChangeKind.values()).forEach(v -> used.add("audit.kind." + v.name()));
        Stream.of(KeyResultTemplate.values()).forEach(t -> {
            used.add(t.titleKey());
            used.add(t.unitKey());
        });

        assertThat(used).as("the scan finds keys in views and menus").contains("login.submit", "nav.home", "not-found.title", "validation.required", "check-in.saved",
                "error.conflict");
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
        assertThat(new Translations().getTranslation("home.intro", Language.EN.locale(), 3, 4, 2026, 1))
                .startsWith("3 customers in Q4 2026. One needs following up.");
        assertThat(new Translations().getTranslation("home.intro", Language.NB.locale(), 1, 4, 2026, 0))
                .startsWith("Én kunde i 4. kvartal 2026. Ingen trenger oppfølging nå.");
    }

    @Test
    void menu_titles_are_keys_not_texts() {
        assertThat(no.ambisjon.portfolio.ui.HomeView.class.getAnnotation(Menu.class).title()).isEqualTo("nav.home");
    }
}
