package no.ambisjon.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.portfolio.ui.HomeView;
import no.ambisjon.security.AccessEndedException;
import no.ambisjon.security.ui.SessionEndedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it failed unforeseen: that it did, and a code to quote, never what
 * failed or where (the log has that, under the code). Replaces Vaadin's own error page.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var ended = AccessEndedException.in(parameter.getCaughtException());
        if (ended.isPresent()) {
            return SessionEndedPage.show(this, event, ended.get().why());
        }
        var code = ErrorCode.next();
        log.error("Error {} opening /{}", code, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("error-page");
        add(new EmptyState(VaadinIcon.WARNING, getTranslation("error.page.title"),
                getTranslation("error.page.next-step", code), new RouterLink(getTranslation("not-found.home"), HomeView.class)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title") + " · " + getTranslation("app.name");
    }
}
