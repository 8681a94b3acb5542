package no.ambisjon.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps what a user is typing when a view rebuilds itself (after a live update from another
 * device, or after another action on the same page): fields are matched by id, and only values the
 * user has changed are carried over, so that fresh data from the server is never hidden.
 */
public final class TypedInput {

    private static final String INITIAL = TypedInput.class.getName();

    private TypedInput() {
    }

    /** Call after giving a field its value from the server; changes from it count as typed. */
    public static <V> void rendered(HasValue<?, V> field) {
        ComponentUtil.setData((Component) field, INITIAL, new Initial(field.getValue()));
    }

    /** Rebuilds the view and puts back what was typed, except in the fields just submitted. */
    public static void keepAcross(Component view, Runnable rebuild, String... submitted) {
        var typed = new HashMap<String, Object>();
        fields(view).forEach(field -> {
            var id = ((Component) field).getId().orElseThrow();
            var initial = ComponentUtil.getData((Component) field, INITIAL);
            var untouched = initial instanceof Initial(Object value) ? value : field.getEmptyValue();
            if (!Objects.equals(field.getValue(), untouched) && !List.of(submitted).contains(id)) {
                typed.put(id, field.getValue());
            }
        });
        rebuild.run();
        if (!typed.isEmpty()) {
            fields(view).forEach(field -> restore(field, typed.get(((Component) field).getId().orElseThrow())));
        }
    }

    @SuppressWarnings("unchecked")
    private static void restore(HasValue<?, ?> field, Object value) {
        if (value != null) {
            ((HasValue<?, Object>) field).setValue(value);
        }
    }

    private static Stream<HasValue<?, ?>> fields(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(TypedInput::descendants))
                .filter(c -> c instanceof HasValue<?, ?> && c.getId().isPresent())
                .map(c -> (HasValue<?, ?>) c);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(TypedInput::descendants));
    }

    private record Initial(Object value) {
    }
}
