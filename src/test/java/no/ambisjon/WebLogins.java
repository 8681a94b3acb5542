package no.ambisjon;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests through the real security filter chain, each from a client address: the tests share one
 * database on a clock that stands still, so each test that fails logins does it from addresses of
 * its own ({@link #newAddress()}), and one test's failures never slow another's logins.
 */
@Component
public class WebLogins {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final MockMvc mvc;

    WebLogins(WebApplicationContext context) {
        // What passes the filter chain is handed to Vaadin's servlet, which a mock servlet context lacks:
        // a stand-in records the hand-over, so a test sees that the request got through.
        if (context.getServletContext() instanceof MockServletContext servlets) {
            servlets.registerNamedDispatcher("springServlet", new MockRequestDispatcher("/vaadin"));
        }
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** An address no other test uses. */
    public static String newAddress() {
        var n = NEXT.getAndIncrement();
        return "10.%d.%d.%d".formatted(n / 62500 % 250, n / 250 % 250, n % 250 + 1);
    }

    /** The login form sent from an address, in a browser session. */
    public MvcResult login(String username, String password, String address, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)).session(session)).andReturn();
    }

    /** The login form sent from an address, in a new browser session. */
    public MvcResult login(String username, String password, String address) throws Exception {
        return login(username, password, address, new MockHttpSession());
    }

    /** A page loaded in a browser session. */
    public MvcResult open(String path, String address, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).with(from(address)).session(session)).andReturn();
    }

    public MockMvc mvc() {
        return mvc;
    }

    /** Whether the request got through the filter chain to the application. */
    public static boolean reachedTheApp(MvcResult result) {
        return "/vaadin".equals(result.getResponse().getForwardedUrl());
    }

    /** Whether the login page came back with its error. */
    public static boolean refused(MvcResult result) {
        return String.valueOf(result.getResponse().getRedirectedUrl()).contains("error");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
