package no.ambisjon.portfolio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.security.CurrentUser;

/** Home: agency staff see the customers they work with; a customer login goes straight to its own page. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customerService;
    private final CurrentUser currentUser;

    HomeView(CustomerService customerService, CurrentUser currentUser) {
        this.customerService = customerService;
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var customers = customerService.visibleCustomers();
        if (currentUser.require().role().isCustomerLogin() && customers.size() == 1) {
            event.forwardTo(OkrView.class, OkrView.routeTo(customers.getFirst().slug()));
            return;
        }
        show(customers);
    }

    private void show(List<CustomerSummary> customers) {
        removeAll();
        add(new H1(getTranslation("home.title")));
        if (customers.isEmpty()) {
            add(new EmptyState(VaadinIcon.USERS, getTranslation("home.empty.title"),
                    getTranslation("home.empty.next-step")));
            return;
        }
        add(new Paragraph(getTranslation("home.intro", customers.size())));
        var cards = new Div();
        cards.addClassName("customer-cards");
        customers.forEach(customer -> cards.add(card(customer)));
        add(cards);
    }

    private RouterLink card(CustomerSummary customer) {
        var link = new RouterLink(OkrView.class, OkrView.routeTo(customer.slug()));
        link.addClassName("customer-card");
        var name = new Span(customer.name());
        name.addClassName("customer-card-name");
        link.add(name);
        if (!customer.shortNames().isEmpty()) {
            var shortNames = new Span(String.join(" · ", customer.shortNames()));
            shortNames.addClassName("customer-card-detail");
            link.add(shortNames);
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
