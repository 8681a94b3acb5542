package no.ambisjon.meeting.ui;

import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.Serializable;
import java.util.Objects;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.ui.IconButton;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ui.OkrWidgets;
import no.ambisjon.okr.ui.OwnerView;

/**
 * One key result on the agenda of a planned or running meeting. Built once; {@link #show} puts new
 * figures into the same elements. A note being written stays as it is while others check in or
 * save: the field only takes a note from the server while the user has not changed it.
 */
class AgendaLineView extends Div {

    /** What the console does for a line; only asked while the user may run the meeting. */
    interface Commands extends Serializable {
        void focus(Long keyResultId);

        void checkIn(KeyResultLine kr);

        void move(long agendaItemId, int delta);

        /** @param previous the note the user started from: if someone has saved another since, it is a conflict */
        void note(long agendaItemId, String previous, String note);

        /** The note as it is saved now. */
        String currentNote(long agendaItemId);
    }

    private final OkrWidgets widgets;
    private final Span title = new Span();
    private final Span objective = new Span();
    private final Span since = new Span();
    private final Span owner = new Span();
    private final Component progress;
    private final Span values = new Span();
    private final Span standing;
    private final Button show;
    private final TextArea note;
    private final Paragraph noteText = new Paragraph();
    private AgendaLine line;
    private boolean focused;
    private Boolean shownFocus;
    /** The note as the server last gave it; what the user types is theirs until saved. */
    private String shownNote;
    /** The note the user's text replaces when saved. */
    private String replacing;
    /** "Lagret", quietly, or what went wrong. */
    private final Span noteState = new Span();

    /** How long a pause in typing saves the note. */
    static final int NOTE_PAUSE_MS = 1200;

    AgendaLineView(AgendaLine line, double expected, Long focus, Commands commands) {
        this.widgets = new OkrWidgets(this);
        this.line = line;
        addClassName("agenda-line");
        getElement().setAttribute("data-key-result", String.valueOf(line.keyResult().id().value()));
        objective.addClassName("secondary-text");
        since.addClassName("since");
        var name = new Div(title, objective, owner, since);
        name.addClassName("agenda-name");
        progress = widgets.progress(line.keyResult(), expected);
        standing = widgets.standing(line.keyResult());
        add(name, progress, values);
        add(standing);
        if (commands == null) {
            show = null;
            note = null;
            noteText.addClassName("agenda-note-text");
            add(noteText);
        } else {
            show = new Button("", e -> commands.focus(focused ? null : this.line.keyResult().id().value()));
            show.addClassName("focus-button");
            var checkIn = new Button(getTranslation("check-in.action"), e -> commands.checkIn(this.line.keyResult()));
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.addClassName("check-in-button");
            var up = IconButton.of(VaadinIcon.ARROW_UP, getTranslation("meeting.move-up"),
                    () -> commands.move(this.line.id(), -1));
            var down = IconButton.of(VaadinIcon.ARROW_DOWN, getTranslation("meeting.move-down"),
                    () -> commands.move(this.line.id(), 1));
            add(new Div(show, checkIn, up, down));
            note = new TextArea(getTranslation("meeting.note"));
            note.addClassName("agenda-note");
            note.setId("note-" + line.keyResult().id().value());
            note.setMaxLength(AgendaLine.MAX_NOTE);
            // Saved as the consultant pauses, and before anything else they do is sent: nothing typed waits for a button.
            note.setValueChangeMode(ValueChangeMode.TIMEOUT);
            note.setValueChangeTimeout(NOTE_PAUSE_MS);
            note.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveNote(commands);
                }
            });
            noteState.addClassName("agenda-note-state");
            noteState.setId("note-state-" + line.keyResult().id().value());
            noteState.getElement().setAttribute("aria-live", "polite");
            var noteBox = new Div(note, noteState);
            noteBox.addClassName("agenda-note-box");
            add(noteBox);
            shownNote = "";
        }
        texts(line, expected, focus);
    }

    void show(AgendaLine line, double expected, Long focus) {
        this.line = line;
        widgets.update(line.keyResult(), expected, progress, standing, null);
        texts(line, expected, focus);
    }

    private void texts(AgendaLine line, double expected, Long focus) {
        var kr = line.keyResult();
        InPlace.text(title, kr.title());
        InPlace.text(objective, line.objectiveTitle());
        Markup.redraw(owner.getElement(), OwnerView.markup(this, kr.owner()));
        owner.setVisible(kr.owner() != null);
        InPlace.text(values, widgets.valueOfTarget(kr));
        SinceText.show(since, widgets.format(), line);
        var nowFocused = focus != null && focus == kr.id().value();
        var focusMoved = shownFocus == null || nowFocused != shownFocus;
        focused = nowFocused;
        shownFocus = nowFocused;
        setClassName("agenda-focused", focused);
        if (show != null && focusMoved) {
            show.setText(getTranslation(focused ? "meeting.showing" : "meeting.show"));
            show.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            show.addThemeVariants(focused ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
        }
        var serverNote = line.note() == null ? "" : line.note();
        if (note == null) {
            InPlace.text(noteText, serverNote);
            noteText.setVisible(!serverNote.isEmpty());
        } else if (note.getValue().equals(shownNote)) {
            if (!note.getValue().equals(serverNote)) {
                note.setValue(serverNote);
            }
            shownNote = serverNote;
            replacing = serverNote;
        }
    }

    /**
     * Saves the note as typed. When someone else saved the same note meanwhile, both texts are kept:
     * what each added to the note they started from goes in, and the consultant is told.
     */
    private void saveNote(Commands commands) {
        var mine = note.getValue();
        try {
            commands.note(line.id(), replacing, mine);
            saved(mine, "meeting.note.saved");
        } catch (ConcurrentEditException e) {
            var theirs = commands.currentNote(line.id());
            var both = NoteMerge.both(replacing, mine, theirs);
            try {
                commands.note(line.id(), theirs, both);
                note.setValue(both);
                saved(both, "meeting.note.merged");
            } catch (ConcurrentEditException again) {
                failed();
            }
        } catch (RuntimeException e) {
            failed();
            throw e;
        }
    }

    private void saved(String text, String stateKey) {
        shownNote = text;
        replacing = text;
        note.setInvalid(false);
        noteState.setText(getTranslation(stateKey));
        noteState.removeClassName("agenda-note-failed");
    }

    /** The text stays in the field; the next pause tries again. */
    private void failed() {
        noteState.setText(getTranslation("meeting.note.not-saved"));
        noteState.addClassName("agenda-note-failed");
    }
}
