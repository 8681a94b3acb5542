package no.ambisjon.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * No page tells which versions of Vaadin, Spring and Java serve it: a list for anyone looking up
 * known holes. Vaadin writes that list into every page in development mode, for its usage statistics
 * (which are off here; the production build writes none). This takes it out of the page.
 */
@Component
class NoVersionsOnPages implements VaadinServiceInitListener {

    /** What the list's script begins its work with. */
    static final String VERSION_LIST = "window.Vaadin.registrations.push(";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> page.getDocument().select("script").stream()
                .filter(script -> script.html().contains(VERSION_LIST)).forEach(Element::remove));
    }
}
