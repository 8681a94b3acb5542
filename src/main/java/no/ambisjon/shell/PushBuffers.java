package no.ambisjon.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every open page holds one push WebSocket, and most of what it costs the server is buffers the
 * connection never fills: push only sends, and the browser's own messages go over ordinary requests
 * (Vaadin's default transport, WebSocket for the server's messages and XHR for the browser's). Two
 * sets are made small here, before any connection opens:
 * <ul>
 *   <li>Atmosphere's per-connection byte and char buffers, which it allocates at the size Vaadin
 *       configures (16 KB and 16 K chars) and never writes to;</li>
 *   <li>the WebSocket container's default message buffers for receiving (8 KB and 8 K chars), which
 *       grow to the session's limit, set by Atmosphere, should a message ever arrive.</li>
 * </ul>
 * Per-message compression is off too ({@link UncompressedPush}), and Tomcat's send buffers are
 * smaller ({@code Application}), for the same reason.
 * See docs/decisions/0013-push-buffers.md.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Bytes (or chars) for buffers that receive little or nothing. */
    static final int SMALL = 256;

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        var servlet = service.getServlet();
        var context = servlet.getServletContext();
        if (!(context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container)) {
            return; // No WebSocket container: no push connections (a browserless test).
        }
        container.setDefaultMaxTextMessageBufferSize(SMALL);
        container.setDefaultMaxBinaryMessageBufferSize(SMALL);
        var framework = context.getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(SMALL));
        } else {
            log.warn("No Atmosphere framework for servlet {}: push keeps its default buffers", servlet.getServletName());
        }
    }
}
