package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.ObjectiveId;
import no.ambisjon.okr.Quarter;

/** "Customer › Quarter › Objective": the way back from a detail page. */
final class Breadcrumb {

    private Breadcrumb() {
    }

    static Nav of(CustomerSummary customer, Quarter quarter, ObjectiveLink objective) {
        var customerLink = new RouterLink(customer.name(), OkrView.class, OkrView.routeTo(customer.slug()));
        customerLink.setQueryParameters(QueryParameters.of(OkrView.QUARTER, quarter.toString()));
        var nav = new Nav(customerLink, separator(),
                new Span(customerLink.getTranslation("quarter.label", quarter.year(), quarter.number())));
        if (objective != null) {
            nav.add(separator(), new RouterLink(objective.title(), ObjectiveView.class,
                    new RouteParameters("id", String.valueOf(objective.id().value()))));
        }
        nav.addClassName("breadcrumb");
        nav.setAriaLabel(customerLink.getTranslation("nav.breadcrumb"));
        return nav;
    }

    private static Span separator() {
        var separator = new Span("›");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }

    record ObjectiveLink(ObjectiveId id, String title) implements java.io.Serializable {
    }
}
