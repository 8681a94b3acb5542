package no.ambisjon;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The login form as a browser sends it, without a browser: the login page first, for the session
 * cookie and the form's token from its meta tags, then the form posted with both.
 */
public final class FormLogin {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The session cookie ({@code JSESSIONID=...}) and the token a page of the site carries. */
    public record Page(String cookie, String token) {
    }

    private FormLogin() {
    }

    public static Page loginPage(HttpClient http, String base) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var token = tokenIn(page.body());
        var cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the login page started no session"));
        return new Page(cookie, token);
    }

    /** The form's token in a page of the site, as Vaadin's login form reads it. */
    public static String tokenIn(String html) {
        var token = TOKEN.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("the page carries no token for the login form");
        }
        return token.group(1);
    }

    /** The form's fields, URL-encoded, with the page's token. */
    public static String form(Page page, String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(page.token(), StandardCharsets.UTF_8);
    }

    /** Posts the form on the page's session; returns where the answer sends the browser. */
    public static String post(HttpClient http, String base, Page page, String username, String password,
                              String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", page.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(form(page, username, password)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
    }
}
