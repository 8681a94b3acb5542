package no.ambisjon.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.portfolio.ui.HomeView;

/** One "not found" page for unknown addresses and for what the user may not see: they must look the same. */
public abstract class NotFoundPage<T extends Exception> extends Div implements HasErrorParameter<T>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        removeAll();
        addClassName("not-found");
        var home = new RouterLink(getTranslation("not-found.home"), HomeView.class);
        add(new EmptyState(VaadinIcon.SEARCH, getTranslation("not-found.title"),
                getTranslation("not-found.next-step"), home));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · " + getTranslation("app.name");
    }
}
