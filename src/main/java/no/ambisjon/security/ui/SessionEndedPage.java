package no.ambisjon.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import no.ambisjon.security.AccessCheck;
import no.ambisjon.security.AccessEndedException;

/**
 * What a page shows when its user's sign-in ended while it was being opened (a lowered role, another
 * password): the reason, on the way to the login page, which ends the session and says it again.
 */
@AnonymousAllowed
public class SessionEndedPage extends Div implements HasErrorParameter<AccessEndedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessEndedException> parameter) {
        return show(this, event, parameter.getException().why());
    }

    /** Says why on the page, and sends the browser to the login page. */
    public static int show(Div page, BeforeEnterEvent event, AccessCheck.Ended why) {
        page.removeAll();
        page.addClassName("session-ended");
        page.add(new Paragraph(page.getTranslation("login.ended." + why.name())));
        event.getUI().getPage().setLocation("login?ended=" + why.name());
        return HttpServletResponse.SC_UNAUTHORIZED;
    }
}
