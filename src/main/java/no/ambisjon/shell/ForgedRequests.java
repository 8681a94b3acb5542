package no.ambisjon.shell;

import ch.qos.logback.classic.LoggerContext;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A request from a page that carries what no page sends gets 400 Bad Request and leaves one line
 * in the log, whatever it carried ({@link Refusals}); see docs/decisions/0019-forged-requests.md.
 */
@Component
class ForgedRequests implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Handlers added here come before Vaadin's own: this one answers every page's requests.
        event.addRequestHandler(new RefusingUidlHandler());
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception t) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                Refusals.end(request);
            }
        });
        // Logback forgets it whenever logging is configured again (another application started in this JVM).
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                && logging.getTurboFilterList().stream().noneMatch(RefusalsInVaadinsLog.class::isInstance)) {
            var filter = new RefusalsInVaadinsLog();
            filter.setContext(logging);
            filter.start();
            logging.addTurboFilter(filter);
        }
    }
}
