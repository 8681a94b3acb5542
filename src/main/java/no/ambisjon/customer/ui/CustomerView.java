package no.ambisjon.customer.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;

/** One customer's page. The service decides whether the user may see it; others get "not found". */
@Route("customers/:slug")
@PermitAll
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final CustomerService customerService;
    private CustomerSummary customer;

    CustomerView(CustomerService customerService) {
        this.customerService = customerService;
        addClassName("customer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customer = customerService.getBySlug(event.getRouteParameters().get(SLUG).orElse(""));
        removeAll();
        var title = new H1(customer.name());
        title.setId("customer-name");
        add(title);
        if (!customer.shortNames().isEmpty()) {
            var aka = new Span(getTranslation("customer.short-names", String.join(", ", customer.shortNames())));
            aka.addClassName("secondary-text");
            add(aka);
        }
        add(new EmptyState(VaadinIcon.CROSSHAIRS, getTranslation("customer.empty.title"),
                getTranslation("customer.empty.next-step", customer.name())));
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? "" : customer.name() + " · ") + getTranslation("app.name");
    }
}
