package no.ambisjon.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.ui.AccountView;
import no.ambisjon.security.ui.LanguageSwitch;

/**
 * The frame around every signed-in page: the navigation (Vaadin lists only the views the user's
 * role may open), who is signed in, the language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AccountService accountService, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        // Only small screens show the navbar (see the stylesheet): there it opens the drawer.
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.menu")));
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu.toggle"));
        addToNavbar(toggle, brand("navbar-brand"));

        var user = currentUser.require();
        var name = new Span(user.displayName());
        name.setId("user-name");
        name.addClassName("user-name");
        var role = new Span(getTranslation("role." + user.role().name()));
        role.setId("user-role");
        role.addClassName("user-role");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var account = new RouterLink(getTranslation("nav.account"), AccountView.class);
        account.setId("my-account");
        account.addClassName("nav-password");
        var footer = new VerticalLayout(name, role, new LanguageSwitch(accountService::changeLanguage), account, logout);
        footer.addClassName("drawer-footer");
        footer.setSpacing(false);

        var drawer = new Div(brand("brand"), navigation(), footer);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    private H1 brand(String className) {
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName(className);
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-nav");
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.menu.toggle-children")));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var title = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }
}
