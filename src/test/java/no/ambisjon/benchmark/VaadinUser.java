package no.ambisjon.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import no.ambisjon.FormLogin;

/**
 * One user of the application as their browser is to the server, without a browser: it signs in
 * through the login form and speaks Vaadin's client protocol over HTTP (the page, its {@code init}
 * request, the UIDL requests with their CSRF token and message ids, heartbeats, the unload beacon).
 * It keeps the element tree the server describes well enough to find a button by its id or class,
 * and talks no push: what the server would push waits for its next request, as it would for a
 * browser whose push connection dropped.
 */
public final class VaadinUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Screen screen;

    /** @param http shared by all users; it keeps no cookies, each user keeps their own */
    public VaadinUser(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** An element as the server has described it. */
    public static final class Element {
        public final int id;
        String tag;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<String> classes = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();

        Element(int id) {
            this.id = id;
        }

        boolean hasClass(String name) {
            return classes.contains(name);
        }
    }

    /** One open page (a Vaadin UI) and where its conversation with the server is. */
    private static final class Screen {
        final int uiId;
        final String csrf;
        final Map<Integer, Element> elements = new LinkedHashMap<>();
        final List<Element> added = new ArrayList<>();
        int syncId;
        int clientId;

        Screen(int uiId, String csrf) {
            this.uiId = uiId;
            this.csrf = csrf;
        }
    }

    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }

    /** Signs in through the login form, as the browser posts it: the login page first, for the form's token. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        var page = send(request("/login").GET(), HttpResponse.BodyHandlers.ofString());
        var form = FormLogin.form(new FormLogin.Page(null, FormLogin.tokenIn(page.body())), username, password);
        var response = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.discarding());
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new ProtocolException("sign-in refused: " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a page as the browser does when the address changes: tells the server the page it
     * leaves is gone, loads the new page and its start-up data, and lets the router draw the view.
     */
    public void open(String route) throws IOException, InterruptedException {
        if (screen != null) {
            unload();
        }
        var page = send(request("/" + route).GET(), HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() != 200) {
            throw new ProtocolException("page " + route + ": " + page.statusCode());
        }
        var init = send(request("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")
                .GET(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            throw new ProtocolException("init " + route + ": " + init.statusCode());
        }
        var config = JSON.readTree(init.body()).path("appConfig");
        var uidl = config.path("uidl");
        screen = new Screen(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asText());
        apply(uidl);
        var navigate = JSON.createObjectNode().put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        navigate.putObject("historyState").put("idx", 0);
        var rpc = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        rpc.set("data", navigate);
        send(List.of(rpc));
        if (find(e -> "vaadin-login-overlay".equals(e.tag) || "vaadin-login-form".equals(e.tag)).isPresent()) {
            throw new ProtocolException("sent to the login page from " + route);
        }
    }

    void click(Element element) throws IOException, InterruptedException {
        fire(element, "click", Map.of());
    }

    /** A DOM event as the browser reports it: its type and the values of the expressions the server asked for. */
    void fire(Element element, String event, Map<String, String> data) throws IOException, InterruptedException {
        var values = JSON.createObjectNode();
        data.forEach(values::put);
        send(List.of(JSON.createObjectNode().put("type", "event").put("node", element.id).put("event", event)
                .set("data", values)));
    }

    /** Types a value into a field and leaves it, which syncs the value as the browser's change event does. */
    void type(Element field, String value) throws IOException, InterruptedException {
        send(List.of(
                JSON.createObjectNode().put("type", "mSync").put("node", field.id).put("feature", 1)
                        .put("property", "value").put("value", value),
                JSON.createObjectNode().put("type", "event").put("node", field.id).put("event", "change")
                        .set("data", JSON.createObjectNode())));
    }

    /** What an open tab sends every few minutes, so that the server knows the page is still there. */
    void heartbeat() throws IOException, InterruptedException {
        var response = send(request("/?v-r=heartbeat&v-uiId=" + screen.uiId)
                .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new ProtocolException("heartbeat: " + response.statusCode());
        }
    }

    private void unload() throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("csrfToken", screen.csrf).put("UNLOAD", true);
        body.putArray("rpc");
        send(request("/?v-r=uidl&v-uiId=" + screen.uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.discarding());
        screen = null;
    }

    Optional<Element> find(Predicate<Element> which) {
        return screen.elements.values().stream().filter(which).findFirst();
    }

    List<Element> all(Predicate<Element> which) {
        return screen.elements.values().stream().filter(which).toList();
    }

    public Element byId(String id) {
        return find(e -> id.equals(e.attributes.get("id")))
                .orElseThrow(() -> new ProtocolException("no element #" + id));
    }

    public Element byClass(String name) {
        return find(e -> e.hasClass(name)).orElseThrow(() -> new ProtocolException("no element ." + name));
    }

    /** The elements the server added in its latest answer, e.g. the notification that says a save went well. */
    List<Element> added() {
        return List.copyOf(screen.added);
    }

    /** What the server answered: the HTTP status and the body. */
    public record Answer(int status, String body) {
    }

    /**
     * Sends these invocations in one request, whatever they are, as a client of one's own making
     * could: the answer comes back as it is, and the conversation goes on from it when it is one.
     */
    public Answer forge(List<JsonNode> rpc) throws IOException, InterruptedException {
        var response = post(rpc);
        if (response.statusCode() == 200) {
            try {
                apply(response.body());
            } catch (ProtocolException | IOException notUidl) {
                // Answered, but not with changes to the page: the answer says what it is.
            }
        }
        return new Answer(response.statusCode(), response.body());
    }

    private void send(List<JsonNode> rpc) throws IOException, InterruptedException {
        var response = post(rpc);
        if (response.statusCode() != 200) {
            throw new ProtocolException("uidl: " + response.statusCode());
        }
        apply(response.body());
    }

    private HttpResponse<String> post(List<JsonNode> rpc) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("csrfToken", screen.csrf);
        body.putArray("rpc").addAll(rpc);
        body.put("syncId", screen.syncId).put("clientId", screen.clientId);
        return send(request("/?v-r=uidl&v-uiId=" + screen.uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.ofString());
    }

    /** Takes in an answer to a UIDL request: the changes to the page and where the conversation is. */
    private void apply(String text) throws IOException {
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        var answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        var meta = answer.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || meta.has("async") && answer.has("redirect")) {
            throw new ProtocolException("server said: " + meta);
        }
        screen.added.clear();
        apply(answer);
        screen.clientId = answer.path("clientId").asInt(screen.clientId + 1);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            screen.syncId = uidl.path("syncId").asInt();
        }
        for (var change : uidl.path("changes")) {
            var id = change.path("node").asInt();
            var type = change.path("type").asText();
            if (type.equals("attach")) {
                var attached = new Element(id);
                screen.elements.put(id, attached);
                screen.added.add(attached);
                continue;
            }
            if (type.equals("detach")) {
                screen.elements.remove(id);
                continue;
            }
            var element = screen.elements.get(id);
            if (element == null) {
                continue;
            }
            var feature = change.path("feat").asInt();
            switch (type) {
                case "put" -> {
                    if (feature == 0 && change.path("key").asText().equals("tag")) {
                        element.tag = change.path("value").asText();
                    } else if (feature == 3) {
                        element.attributes.put(change.path("key").asText(), change.path("value").asText());
                    }
                }
                case "remove" -> {
                    if (feature == 3) {
                        element.attributes.remove(change.path("key").asText());
                    }
                }
                case "splice" -> {
                    if (feature == 11) {
                        splice(element.classes, change, change.path("add"), JsonNode::asText);
                    } else if (feature == 2) {
                        splice(element.children, change, change.path("addNodes"), JsonNode::asInt);
                    }
                }
                case "clear" -> {
                    if (feature == 11) {
                        element.classes.clear();
                    } else if (feature == 2) {
                        element.children.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    private static <T> void splice(List<T> list, JsonNode change, JsonNode added, java.util.function.Function<JsonNode, T> as) {
        var index = Math.min(change.path("index").asInt(), list.size());
        var remove = Math.min(change.path("remove").asInt(0), list.size() - index);
        for (int i = 0; i < remove; i++) {
            list.remove(index);
        }
        var items = new ArrayList<T>();
        added.forEach(node -> items.add(as.apply(node)));
        list.addAll(index, items);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        var response = http.send(request.build(), body);
        for (var header : response.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0].split("=", 2);
            if (pair.length == 2) {
                cookies.put(pair[0].strip(), pair[1].strip());
            }
        }
        return response;
    }
}
