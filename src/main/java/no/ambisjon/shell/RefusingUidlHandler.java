package no.ambisjon.shell;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Vaadin's own handling of a page's requests, except that a request it refused part of
 * ({@link Refusals}) is answered 400 Bad Request instead of the page's changes. A browser that
 * retries the same request gets the changes Vaadin kept for it.
 */
class RefusingUidlHandler extends UidlRequestHandler {

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                              VaadinResponse response, String requestBody)
            throws IOException {
        Optional<ResponseWriter> answer;
        try {
            answer = super.synchronizedHandleRequest(session, request, response, requestBody);
        } catch (RuntimeException e) {
            // Some refusals leave Vaadin's handling of the request altogether (a property update it
            // forbids, an invocation without a type or a node), on their way to a server error.
            var refusals = Refusals.current();
            if (refusals.isEmpty() || !Refusals.causedByTheClientAlone(e)) {
                throw e;
            }
            refusals.get().refuse(e);
            answer = Optional.empty();
        }
        if (Refusals.of(request).filter(Refusals::anyRefused).isPresent()) {
            return Optional.of(() -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentLength(0);
            });
        }
        return answer;
    }
}
