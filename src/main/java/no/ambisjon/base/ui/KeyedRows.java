package no.ambisjon.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a list that a live update changes in place: a row is built once per key and then
 * takes new data; rows whose key is gone are removed, new ones are added, and rows are moved only
 * when the order changed. The rows come first in their container; anything after them stays.
 *
 * @param <T> the data of one row
 * @param <C> the row's component
 */
public final class KeyedRows<T, C extends Component> implements Serializable {

    private final HasComponents container;
    private final SerializableFunction<T, Object> key;
    private final SerializableFunction<T, C> create;
    private final SerializableBiConsumer<C, T> update;
    private final Map<Object, C> rows = new LinkedHashMap<>();

    public KeyedRows(HasComponents container, SerializableFunction<T, Object> key,
                     SerializableFunction<T, C> create, SerializableBiConsumer<C, T> update) {
        this.container = container;
        this.key = key;
        this.create = create;
        this.update = update;
    }

    public void show(List<T> items) {
        var keys = new HashSet<>();
        items.forEach(item -> keys.add(key.apply(item)));
        rows.entrySet().removeIf(row -> {
            var gone = !keys.contains(row.getKey());
            if (gone) {
                container.remove(row.getValue());
            }
            return gone;
        });
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var row = rows.get(key.apply(item));
            if (row == null) {
                row = create.apply(item);
                rows.put(key.apply(item), row);
                container.addComponentAtIndex(i, row);
            } else {
                update.accept(row, item);
                if (container.getElement().indexOfChild(row.getElement()) != i) {
                    container.addComponentAtIndex(i, row);
                }
            }
        }
    }

    /** The row of a key, if it is shown. */
    public C row(Object rowKey) {
        return rows.get(rowKey);
    }
}
