package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.okr.CommentEntry;
import no.ambisjon.okr.CommentService;

/** The comments on an objective or key result, oldest first, and a field to add one. */
class CommentThread extends Div {

    final TextArea text = new TextArea();
    final Button send = new Button();

    CommentThread(List<CommentEntry> comments, ValueFormat format, SerializableConsumer<String> post) {
        addClassName("comment-thread");
        add(new H3(getTranslation("comments.title")));
        if (comments.isEmpty()) {
            var none = new Paragraph(getTranslation("comments.none"));
            none.addClassName("secondary-text");
            add(none);
        }
        for (var comment : comments) {
            var meta = new Span(getTranslation("comments.meta", comment.author(), format.date(comment.at())));
            meta.addClassName("comment-meta");
            var body = new Paragraph(comment.text());
            body.addClassName("comment-text");
            var item = new Div(meta, body);
            item.addClassName("comment");
            add(item);
        }
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
        });
        add(text, send);
    }
}
