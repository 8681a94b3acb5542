package no.ambisjon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every open page holds a push WebSocket; what each one costs the server is set where it opens.
 * (That push still delivers is shown by the browser tests' live updates.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PushConnectionIT {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;

    @Test
    void a_push_websocket_opens_without_per_message_compression_though_the_browser_offers_it() throws Exception {
        var answer = handshake("permessage-deflate; client_max_window_bits");

        assertThat(answer.getFirst()).as("the WebSocket is opened").contains(" 101 ");
        assertThat(answer).noneMatch(line -> line.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void the_buffers_push_never_fills_are_small() throws Exception {
        handshake("permessage-deflate");

        var frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).toList();
        assertThat(frameworks).isNotEmpty().allSatisfy(framework -> assertThat(
                framework.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(String.valueOf(PushBuffers.SMALL)));
        var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushBuffers.SMALL);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(PushBuffers.SMALL);
    }

    /** The opening of a push connection as Chromium sends it; returns the server's status line and headers. */
    private List<String> handshake(String extensions) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = "GET /VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-tracking-id=0"
                    + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Origin: http://localhost:" + port + "\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            var lines = new ArrayList<String>();
            for (var line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
