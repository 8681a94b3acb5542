package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.okr.CommentEntry;
import no.ambisjon.okr.CommentService;

/**
 * The comments on an objective or key result, oldest first, and a field to add one. New comments
 * are added below the others; what is being typed is never touched by them.
 */
class CommentThread extends Div {

    final TextArea text = new TextArea();
    final Button send = new Button();
    private final Paragraph none = new Paragraph();
    private final KeyedRows<CommentEntry, Div> comments;

    /** @param post saves the text; the field is emptied once it has been saved */
    CommentThread(ValueFormat format, SerializableConsumer<String> post) {
        addClassName("comment-thread");
        none.setText(getTranslation("comments.none"));
        none.addClassName("secondary-text");
        var list = new Div(none);
        list.addClassName("comment-list");
        comments = new KeyedRows<>(list, CommentEntry::id, comment -> comment(comment, format), (row, comment) -> { });
        text.setLabel(getTranslation("comments.new"));
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setWidthFull();
        text.setId("comment-text");
        send.setText(getTranslation("comments.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("comment-send");
        send.addClickListener(e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("comments.empty"));
                return;
            }
            post.accept(text.getValue());
            text.clear();
        });
        add(new H3(getTranslation("comments.title")), list, text, send);
    }

    void show(List<CommentEntry> entries) {
        comments.show(entries);
        none.setVisible(entries.isEmpty());
    }

    private Div comment(CommentEntry comment, ValueFormat format) {
        var meta = new Span(getTranslation("comments.meta", comment.author(), format.date(comment.at())));
        meta.addClassName("comment-meta");
        var body = new Paragraph(comment.text());
        body.addClassName("comment-text");
        var item = new Div(meta, body);
        item.addClassName("comment");
        return item;
    }
}
