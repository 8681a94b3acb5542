package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.ScreenPairingService;

/**
 * The console's meeting-room screens, folded under the console's tools: type the code a TV at
 * {@code /screen} shows to make it this meeting's shared screen, and see and remove the screens that
 * are on.
 */
class ScreensPanel extends Details {

    private final ScreenPairingService pairings;
    private final MeetingId meeting;
    private final TextField code = new TextField();
    private final Div screens = new Div();

    ScreensPanel(ScreenPairingService pairings, MeetingId meeting) {
        this.pairings = pairings;
        this.meeting = meeting;
        addClassName("meeting-screens");
        setId("meeting-screens");
        setSummaryText(getTranslation("screens.title"));
        code.setLabel(getTranslation("screens.code"));
        code.setHelperText(getTranslation("screens.code.help", "/screen"));
        // The full address, as this browser reached the application: what to type on the screen.
        getElement().executeJs("return location.origin").then(String.class,
                origin -> code.setHelperText(getTranslation("screens.code.help", origin + "/screen")));
        code.setId("screen-code-field");
        code.setMaxLength(12);
        code.setWidth("20em");
        code.setAllowedCharPattern("[A-Za-z0-9 -]");
        code.addValueChangeListener(e -> code.setInvalid(false));
        var pair = new Button(getTranslation("screens.pair"), VaadinIcon.DESKTOP.create(), e -> pair());
        pair.setId("screen-pair");
        pair.addClickShortcut(Key.ENTER).listenOn(code);
        var form = new Div(code, pair);
        form.addClassName("action-form");
        screens.setId("paired-screens");
        add(form, screens);
        show();
    }

    private void pair() {
        switch (pairings.pair(meeting, code.getValue())) {
            case PAIRED -> {
                code.clear();
                Notification.show(getTranslation("screens.paired"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case WRONG_CODE -> refuse("screens.wrong-code");
            case TOO_MANY_WRONG_CODES -> refuse("screens.too-many");
        }
        show();
    }

    private void refuse(String key) {
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
    }

    /** The screens that are on now. */
    void show() {
        screens.removeAll();
        var on = pairings.screens(meeting);
        if (on.isEmpty()) {
            var none = new Paragraph(getTranslation("screens.none"));
            none.addClassName("secondary-text");
            screens.add(none);
        }
        on.forEach(screen -> {
            var remove = new Button(getTranslation("screens.remove"), e -> {
                pairings.remove(meeting, screen.id());
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("screen-remove");
            var line = new Div(new Span(getTranslation("screens.on", screen.pairedBy(),
                    TimeText.format(screen.pairedAt(), getLocale()))), remove);
            line.addClassName("paired-screen-line");
            screens.add(line);
        });
    }
}
