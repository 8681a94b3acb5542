package no.ambisjon.shell;

import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ambisjon.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anyone can type an address, and a client of one's own making can ask for any route with any query:
 * whatever a route's parameters and the query hold, the page is the one asked for, "not found", or
 * the login page, never the page that says something failed.
 */
class HostileAddressesTest extends KaribuTest {

    /** What someone may put where the application expects an id, a customer's address, a quarter or a token. */
    private static final List<String> HOSTILE = List.of("", " ", "x", "0", "-1", "+1", "1.5", "1e9", "0x10",
            "99999999999999999999", "9223372036854775807", "-9223372036854775808", "١٢٣",
            "2026-Q0", "2026-Q5", "2026-Q-1", "2026-Q99999999999", "1000000000-Q1", "999999999-Q4", "-2026-Q1",
            "99999-Q1", "1899-Q1", "2026-Q1-Q2", "-Q1", "2026-", "Q1",
            "' or '1'='1", "%", "%00", "\u0000", "\n", "<script>alert(1)</script>", "😀", "a".repeat(5000),
            "SEVERE", "FAILED", "fjellsport");
    /** Every query parameter a page reads. */
    private static final List<String> QUERY_NAMES = List.of("quarter", "ended", "sso", "error", "token");
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)\\??");

    @Autowired
    JdbcTemplate jdbc;

    /** The meeting-room screen shows a code each time it opens: the other tests' screens are at this address too. */
    @AfterEach
    void forgetTheCodesShownHere() {
        if (VaadinRequest.getCurrent() != null) {
            jdbc.update("delete from screen_pairing where address = ?", VaadinRequest.getCurrent().getRemoteAddr());
        }
    }

    @Test
    void no_address_or_query_opens_the_error_page_whatever_it_holds() {
        var failed = new ArrayList<String>();
        for (var anonymous : List.of(false, true)) {
            if (anonymous) {
                openAnonymously();
            } else {
                loginAs(ADMIN);
            }
            var templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .map(route -> route.getTemplate()).filter(template -> !template.startsWith("test/")).toList();
            for (var template : templates) {
                var withParameters = PARAMETER.matcher(template).find();
                for (var value : HOSTILE) {
                    // As a browser sends it: the value encoded as one segment of the path.
                    var segment = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                    var path = withParameters ? PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(segment))
                            : template;
                    var query = new LinkedHashMap<String, String>();
                    QUERY_NAMES.forEach(name -> query.put(name, value));
                    open(path, QueryParameters.simple(query), failed);
                }
            }
            // The one page that reads its query behind a route parameter, with a customer that exists.
            for (var value : HOSTILE) {
                open("customers/fjellsport", QueryParameters.of("quarter", value), failed);
            }
        }
        assertThat(failed).isEmpty();
    }

    private void open(String path, QueryParameters query, List<String> failed) {
        try {
            UI.getCurrent().navigate(path, query);
            if (currentView() == ErrorView.class) {
                failed.add("/" + path + "?" + query.getQueryString());
            }
        } catch (RuntimeException e) {
            failed.add("/" + path + "?" + query.getQueryString() + ": " + e);
        }
    }
}
