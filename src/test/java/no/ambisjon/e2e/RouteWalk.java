package no.ambisjon.e2e;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks every page a signed-in user can reach: from the page they land on, it follows the menu and
 * every link on each page (never a button, so the walk changes nothing), at most {@link #SAME_KIND}
 * pages of each kind (one {@code key-results/{id}} is like another, each customer's page is its own),
 * and leaves out downloads, the shared screen and the way out. For each page it hands the open
 * browser to whatever checks the page.
 */
public final class RouteWalk {

    /** Pages of one kind (the same path with another id) visited per walk: enough to meet a meeting and its minutes. */
    static final int SAME_KIND = 3;
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");
    /** Not pages: downloads, the shared screen and TV (they have their own sizes), sign-in and -out. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^(VAADIN/|oauth2/|login|logout|screen|sign-in|set-password)|/present$|\\.(pdf|csv|xlsx)$");

    /** What is done on each page of the walk. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String role, String route, ChromeDriver browser);
    }

    private final ChromeDriver browser;
    private final String base;
    private final WebDriverWait wait;

    /** @param base the app's address without a trailing slash, e.g. {@code http://localhost:8080} */
    public RouteWalk(ChromeDriver browser, String base) {
        this.browser = browser;
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Signs {@code login} in (after signing out whoever was) and returns the route they land on. */
    public String signIn(String login, String password) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, login, password);
        waitUntilDrawn();
        return route(browser.getCurrentUrl());
    }

    /**
     * Every route the signed-in user reaches from {@code start}, in the order found, as far as
     * {@code follow} lets the walk go.
     */
    public List<String> routesFrom(String start, Predicate<String> follow) {
        var found = new LinkedHashSet<String>();
        var kinds = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        queue.add(start);
        found.add(start);
        while (!queue.isEmpty()) {
            open(queue.poll());
            for (var link : links()) {
                if (found.contains(link) || !follow.test(link) || NOT_A_PAGE.matcher(link).find()) {
                    continue;
                }
                var kind = ID.matcher(link).replaceAll("/{id}");
                if (kinds.merge(kind, 1, Integer::sum) > SAME_KIND) {
                    continue;
                }
                found.add(link);
                queue.add(link);
            }
        }
        return List.copyOf(found);
    }

    /** Opens each of {@code routes} in turn and hands it to {@code visitor}. */
    public void visit(String role, List<String> routes, Visitor visitor) {
        for (var route : routes) {
            open(route);
            visitor.visit(role, route, browser);
        }
    }

    /** Runs {@code checks} on each of {@code routes}; each offence names the role, the route, the check and the element. */
    public List<String> check(String role, List<String> routes, Viewport viewport, List<PageCheck> checks) {
        var failures = new ArrayList<String>();
        visit(role, routes, (who, route, open) -> failures.addAll(checkHere(who, "/" + route, viewport, checks)));
        return failures;
    }

    /** Runs {@code checks} on what the browser shows now (a page, or a dialog open on it), described as {@code where}. */
    public List<String> checkHere(String role, String where, Viewport viewport, List<PageCheck> checks) {
        var failures = new ArrayList<String>();
        for (var check : checks) {
            for (var offence : check.offences(browser, viewport)) {
                failures.add(role + " on " + where + " (" + viewport + "), " + check.name() + ": " + offence);
            }
        }
        return failures;
    }

    /** Opens {@code route} (relative to the app, e.g. {@code customers/fjellsport}) and waits until it is drawn. */
    public void open(String route) {
        browser.get(base + "/" + route);
        waitUntilDrawn();
    }

    private void waitUntilDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user-name")));
        wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "return !!window.Vaadin && !document.querySelector('vaadin-connection-indicator[loading]')"
                        + " && document.readyState === 'complete'")));
    }

    /** The app's routes the open page links to: its anchors and the menu's items. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        var hrefs = (List<String>) browser.executeScript("""
                const out = [];
                for (const a of document.querySelectorAll('a[href]')) out.push(a.href);
                for (const item of document.querySelectorAll('vaadin-side-nav-item[path]')) {
                  out.push(new URL(item.getAttribute('path'), document.baseURI).href);
                }
                return out;
                """);
        var routes = new ArrayList<String>();
        for (var href : hrefs) {
            if (href.startsWith(base + "/")) {
                routes.add(route(href));
            }
        }
        return routes;
    }

    private String route(String url) {
        var path = url.substring(base.length()).replaceFirst("^/", "");
        var end = path.indexOf('#');
        return end < 0 ? path : path.substring(0, end);
    }
}
