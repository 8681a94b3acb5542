package no.ambisjon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.Version;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.demo.DemoData;
import no.ambisjon.security.domain.UserAccountRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The application started as a production install is: no profile, a database of its own. It has no
 * demo logins, gets its first administrator from configuration, never prints a known password, does
 * not start on a database that still has the demo's published logins, and tells nobody which versions
 * serve it.
 */
@ExtendWith({OutputCaptureExtension.class, OtherAppsInThisJvm.class})
class ProductionStartIT {

    private static final Pattern TEMPORARY = Pattern.compile("shown only this once: (\\S+)");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... more) {
        var arguments = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ambisjon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static boolean signsIn(ConfigurableApplicationContext app, String username, String password) {
        try {
            return app.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    @Test
    void a_fresh_install_has_no_demo_logins_and_its_first_admin_from_configuration_with_a_password_shown_once(
            CapturedOutput output) {
        String temporary;
        try (var app = start("--ambisjon.first-admin=It@Byraa.no")) {
            var made = TEMPORARY.matcher(output.getAll());
            assertThat(made.find()).as("the temporary password is in the log").isTrue();
            temporary = made.group(1);
            assertThat(app.getBean(UserAccountRepository.class).findAll()).singleElement()
                    .satisfies(admin -> {
                        assertThat(admin.getUsername()).isEqualTo("it@byraa.no");
                        assertThat(admin.isMustChangePassword()).isTrue();
                    });
            assertThat(app.getBean(CustomerRepository.class).count()).isZero();
            assertThat(signsIn(app, DemoData.ADMIN, DemoData.PASSWORD)).isFalse();
            assertThat(signsIn(app, "it@byraa.no", temporary)).isTrue();
        }
        var before = output.getAll().length();

        try (var app = start("--ambisjon.first-admin=It@Byraa.no")) {
            assertThat(app.getBean(UserAccountRepository.class).count()).isEqualTo(1);
        }
        assertThat(output.getAll().substring(before)).as("written once").doesNotContain(temporary);
        assertThat(output.getAll()).doesNotContain(DemoData.PASSWORD);
    }

    @Test
    void no_page_header_or_address_names_a_framework_version_or_carries_the_session_id() throws Exception {
        try (var app = start("--ambisjon.first-admin=it@byraa.no")) {
            namesNoVersionAndNoSessionId("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
        }
    }

    /** The jar itself, whose pages are what users get: with the scale benchmarks, {@code mvn -Pproduction,scale verify}. */
    @Test
    @Tag("production-jar")
    void the_production_jar_names_no_framework_version_and_carries_no_session_id_in_an_address() throws Exception {
        try (var app = AppProcess.productionJar("production-start", AppProcess.freePort(), Map.of(),
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("jar")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--ambisjon.first-admin=it@byraa.no").awaitReady()) {
            namesNoVersionAndNoSessionId(app.url());
        }
    }

    /**
     * What anyone gets before signing in: the login page, the way to it from any other address, and
     * the server's own answer to an address it refuses. None names a version of what serves it (a list
     * for looking up known holes), and none puts the session id in an address.
     */
    private static void namesNoVersionAndNoSessionId(String base) throws Exception {
        var versions = new String[] {Version.getFullVersion(), SpringVersion.getVersion(), SpringBootVersion.getVersion(),
                System.getProperty("java.version").replaceAll("[-_+].*", ""), "Tomcat", "window.Vaadin.registrations"};
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (var path : List.of("/login", "/", "/customers/fjellsport?quarter=2026-Q3", "/VAADIN/no-such-file.js",
                "/%2e%2e/etc/passwd")) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers().map();
            assertThat(headers).as(path).doesNotContainKeys("server", "x-powered-by");
            assertThat(headers.toString() + response.body()).as(path).doesNotContain(versions);
            assertThat(response.headers().firstValue("location").orElse("") + response.body()).as(path)
                    .doesNotContainIgnoringCase(";jsessionid=");
        }
    }

    @Test
    void a_database_with_the_demo_logins_starts_only_with_the_demo_profile_or_once_they_are_closed(CapturedOutput output) {
        try (var app = start("--spring.profiles.active=demo")) {
            assertThat(signsIn(app, DemoData.ADMIN, DemoData.PASSWORD)).as("the demo, asked for").isTrue();
        }

        assertThatThrownBy(() -> start().close())
                .hasMessageContaining("demo logins with the demo's published password");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "--spring.profiles.active=demo");
        assertThat(output.getAll()).doesNotContain(DemoData.PASSWORD);

        // As the start-up report advises: the admin gets a password of its own, the other demo logins are closed.
        try (var app = start("--spring.profiles.active=demo")) {
            var jdbc = app.getBean(JdbcTemplate.class);
            jdbc.update("update user_account set password_hash = ? where username = ?",
                    app.getBean(PasswordEncoder.class).encode("et-eget-passord-for-admin"), DemoData.ADMIN);
            jdbc.update("update user_account set active = false where username <> ?", DemoData.ADMIN);
        }
        try (var app = start()) {
            assertThat(signsIn(app, DemoData.ADMIN, "et-eget-passord-for-admin")).isTrue();
        }
    }
}
