package no.ambisjon.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.admin.ui.CustomersView;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.portfolio.PortfolioService;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Home. Agency staff get the overview of every customer they work with; a customer login goes
 * straight to its own OKR page.
 */
@NamedInterface("pages")
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final PortfolioService portfolio;
    private final CurrentUser currentUser;

    HomeView(CustomerService customers, PortfolioService portfolio, CurrentUser currentUser) {
        this.customers = customers;
        this.portfolio = portfolio;
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.require().role().isCustomerLogin()) {
            event.forwardTo(OkrView.class, OkrView.routeTo(customers.visibleCustomers().getFirst().slug()));
            return;
        }
        var standings = portfolio.overview();
        var quarter = portfolio.quarter();
        removeAll();
        add(new H1(getTranslation("home.title")));
        if (standings.isEmpty()) {
            var admin = currentUser.require().role() == Role.ADMIN;
            var nextSteps = admin
                    ? new Component[] {new RouterLink(getTranslation("home.empty.admin.link"), CustomersView.class)}
                    : new Component[0];
            add(new EmptyState(VaadinIcon.USERS, getTranslation("home.empty.title"),
                    getTranslation(admin ? "home.empty.admin" : "home.empty.next-step"), nextSteps));
            return;
        }
        var attention = standings.stream().filter(s -> s.needsAttention()).count();
        add(new Paragraph(getTranslation("home.intro", standings.size(), quarter.number(), quarter.year(), attention)));
        add(new CustomerOverview(standings));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
