package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.okr.KeyResultLine;

/**
 * One key result on the OKR page: its owner, progress against the expected line, values, standing, trend,
 * the latest check-in, and the buttons to check in, edit and archive.
 *
 * <p>A page shows twenty key results or more, on every open session, so a row is drawn from markup
 * in three elements instead of two dozen components (docs/benchmarks.md, "Memory per session"):
 * the name, the figures, and the buttons. {@link #show} redraws only the part that changed, so the
 * buttons, and a keyboard's focus on one of them, stay put when a check-in arrives. The buttons'
 * clicks reach the server as one listener, which acts on this row's own key result: the browser
 * says only which button.
 */
class KeyResultRow extends Div {

    /** Which of the row's buttons was clicked (their {@code data-action}), as the browser reports it. */
    static final String CLICKED = "event.target.closest('[data-action]') && event.target.closest('[data-action]').dataset.action";

    private final OkrWidgets widgets;
    private final Element name = new Element("div");
    private final Element figures = new Element("div");
    private KeyResultLine kr;

    /** @param actions the editing the page offers, or {@code null} to read only */
    KeyResultRow(KeyResultLine kr, double expected, OkrActions actions) {
        this.widgets = new OkrWidgets(this);
        addClassName("key-result-row");
        getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));
        name.setAttribute("class", "key-result-name");
        figures.setAttribute("class", "key-result-figures");
        getElement().appendChild(name, figures);
        if (actions != null) {
            var tools = new Element("div");
            tools.setAttribute("class", "key-result-tools");
            Markup.redraw(tools, tools());
            tools.addEventListener("click", event -> act(event, actions)).addEventData(CLICKED);
            getElement().appendChild(tools);
        }
        show(kr, expected);
    }

    void show(KeyResultLine kr, double expected) {
        this.kr = kr;
        var format = widgets.format();
        Markup.redraw(name, "<a class=\"key-result-title\" href=\"key-results/" + kr.id().value() + "\" router-link>"
                + Markup.escape(kr.title()) + "</a>"
                + Markup.tag("span", "badge category", getTranslation("category." + kr.category().name()))
                + OwnerView.markup(this, kr.owner())
                + widgets.forecastMarkup(kr));
        Markup.redraw(figures, widgets.progressMarkup(kr, expected)
                + Markup.tag("span", "key-result-values", widgets.valueOfTarget(kr))
                + widgets.standingMarkup(kr)
                + widgets.trendMarkup(kr)
                + Markup.tag("span", "key-result-latest", kr.latest() == null ? getTranslation("check-in.none")
                        : getTranslation("check-in.latest", format.date(kr.latest().at()), kr.latest().author())));
    }

    private void act(DomEvent event, OkrActions actions) {
        var clicked = event.getEventData().path(CLICKED);
        switch (clicked.isString() ? clicked.stringValue() : "") {
            case "check-in" -> actions.checkIn(kr);
            case "edit" -> actions.editKeyResult(kr);
            case "archive" -> actions.archiveKeyResult(kr);
            default -> {
                // A click between the buttons.
            }
        }
    }

    private String tools() {
        return "<vaadin-button theme=\"small\" class=\"check-in-button\" data-action=\"check-in\">"
                + Markup.escape(getTranslation("check-in.action")) + "</vaadin-button>"
                + iconButton("vaadin:edit", "key-result.edit", "edit", "edit-key-result")
                + iconButton("vaadin:archive", "key-result.archive.title", "archive", "archive-key-result");
    }

    /** As {@link no.ambisjon.base.ui.IconButton}: only an icon, its label read out and shown on hover. */
    private String iconButton(String icon, String labelKey, String action, String cssClass) {
        var label = Markup.escape(getTranslation(labelKey));
        return "<vaadin-button theme=\"tertiary-inline icon\" class=\"" + cssClass + "\" data-action=\"" + action
                + "\" aria-label=\"" + label + "\" title=\"" + label + "\"><vaadin-icon icon=\"" + icon
                + "\"></vaadin-icon></vaadin-button>";
    }
}
