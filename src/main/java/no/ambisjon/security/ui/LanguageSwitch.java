package no.ambisjon.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.base.i18n.Language;

/**
 * "Norsk | English": each language named in itself, so that a user who cannot read the current
 * one still finds their own. The page reloads so that every text is rendered anew.
 */
public class LanguageSwitch extends HorizontalLayout {

    /** Before login: only the browser session changes. */
    public LanguageSwitch() {
        this(language -> { });
    }

    /** After login: {@code remember} stores the choice on the account as well. */
    public LanguageSwitch(SerializableConsumer<Language> remember) {
        setSpacing(false);
        setAlignItems(Alignment.BASELINE);
        addClassName("language-switch");
        var current = Language.of(getLocale());
        for (var language : Language.values()) {
            add(language == current ? currentLanguage(language) : choice(language, remember));
        }
    }

    private Span currentLanguage(Language language) {
        var label = new Span(getTranslation("language." + language.code()));
        label.addClassName("language-current");
        label.getElement().setAttribute("lang", language.code());
        return label;
    }

    private Button choice(Language language, SerializableConsumer<Language> remember) {
        var button = new Button(getTranslation("language." + language.code()), e -> {
            remember.accept(language);
            var ui = UI.getCurrent();
            SessionLanguage.use(ui, language);
            ui.getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.getElement().setAttribute("lang", language.code());
        button.setId("language-" + language.code());
        return button;
    }
}
