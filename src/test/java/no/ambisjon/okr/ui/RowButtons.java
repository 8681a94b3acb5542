package no.ambisjon.okr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The buttons of a key result's row on the OKR page, which the browser draws from markup: a test
 * clicks one as the browser reports the click, which button and no more.
 */
public final class RowButtons {

    public static final String CHECK_IN = "check-in";
    public static final String EDIT = "edit";
    public static final String ARCHIVE = "archive";
    /** What the browser reports with a click on a row's buttons: which one, under this expression. */
    public static final String CLICKED = KeyResultRow.CLICKED;

    private RowButtons() {
    }

    public static void click(Component row, String action) {
        var tools = tools(row).orElseThrow(() -> new AssertionError("the row has no buttons"));
        assertThat(tools.getProperty("innerHTML")).as("the row's buttons").contains("data-action=\"" + action + "\"");
        ElementUtilsKt._fireDomEvent(tools, new DomEvent(tools, "click",
                JsonNodeFactory.instance.objectNode().put(CLICKED, action)));
    }

    /** Whether the row offers any button at all (a viewer's offers none). */
    public static boolean any(Component row) {
        return tools(row).isPresent();
    }

    private static Optional<Element> tools(Component row) {
        return row.getElement().getChildren().filter(e -> "key-result-tools".equals(e.getAttribute("class"))).findFirst();
    }
}
