package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ambisjon.Application;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.demo.DemoData;
import no.ambisjon.e2e.Chromium;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Agency staff sign in with the agency's identity provider: a real OpenID Connect provider started
 * here, the application with single sign-on configured, the real filter chain, and once Chromium.
 * The demo's logins: kari@ambisjon.no is a consultant, ingrid@fjellsport.no a customer's editor.
 */
class SsoLoginIT {

    private static final String ISSUER = "agency";
    private static MockOAuth2Server provider;
    private static ConfigurableApplicationContext app;
    private static SecurityContextHolderStrategy sharedStrategy;
    private static Path data;
    private static String base;

    @BeforeAll
    static void providerAndApplication() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        provider = new MockOAuth2Server();
        provider.start();
        data = Files.createTempDirectory("ambisjon-sso");
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("ambisjon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--ambisjon.sso.issuer=" + provider.issuerUrl(ISSUER), "--ambisjon.sso.client-id=ambisjon",
                "--ambisjon.sso.client-secret=secret", "--ambisjon.sso.email-domain=ambisjon.no",
                "--ambisjon.sso.button=Byrå-konto");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    /** The provider's next sign-in is of this address, verified or not. */
    private static void providerSignsIn(String subject, String email, boolean verified) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("ambisjon"),
                Map.of("email", email, "email_verified", verified, "name", subject), 3600));
    }

    /** Follows the whole round trip through the provider as a browser would, and says where it ended. */
    private static URI signOnThroughFilterChain() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/authorization/agency")).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.uri();
    }

    private static long auditEntries(ChangeKind kind, String actor) {
        return app.getBean(AuditEntryRepository.class).findAll().stream()
                .filter(entry -> entry.getKind() == kind && actor.equals(entry.getActor())).count();
    }

    @Test
    void a_consultant_signs_in_with_the_provider_and_is_herself_here() throws Exception {
        var before = auditEntries(ChangeKind.LOGIN_SUCCEEDED, DemoData.KARI);
        providerSignsIn("kari-idp", "Kari@Ambisjon.no", true);

        var landed = signOnThroughFilterChain();

        assertThat(landed.getPath()).isEqualTo("/");
        assertThat(landed.getQuery()).isNull();
        assertThat(auditEntries(ChangeKind.LOGIN_SUCCEEDED, DemoData.KARI)).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @CsvSource({
            "someone@ambisjon.no, true, UNKNOWN",
            "ingrid@fjellsport.no, true, OTHER_DOMAIN",
            "kari@ambisjon.no, false, UNVERIFIED"})
    void an_address_that_is_not_a_verified_staff_account_here_gets_in_nowhere(String email, boolean verified,
                                                                             String reason) throws Exception {
        providerSignsIn("idp-" + reason, email, verified);

        var landed = signOnThroughFilterChain();

        assertThat(landed.getPath()).isEqualTo("/login");
        assertThat(landed.getQuery()).isEqualTo("sso=" + reason);
        assertThat(app.getBean(AuditEntryRepository.class).findAll()).anySatisfy(entry -> {
            assertThat(entry.getKind()).isEqualTo(ChangeKind.LOGIN_FAILED);
            assertThat(entry.getSubject()).startsWith("sso " + reason.toLowerCase());
        });
    }

    @Test
    void in_chromium_the_consultant_lands_on_her_overview_and_a_customers_address_is_told_why_not() throws Exception {
        var browser = Chromium.open();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            providerSignsIn("kari-idp", DemoData.KARI, true);
            browser.get(base + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText())
                    .isEqualTo("Kari Nordmann");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-overview"), "Fjellsport AS"));

            browser.manage().deleteAllCookies();
            providerSignsIn("ingrid-idp", DemoData.FJELLSPORT_EDITOR, true);
            browser.get(base + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
            wait.until(ExpectedConditions.urlContains("sso=OTHER_DOMAIN"));
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-ended"))).getText())
                    .isEqualTo("Innlogging med byråets konto er bare for byråets egne e-postadresser.");
            assertThat(browser.findElements(By.id("user-name"))).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
