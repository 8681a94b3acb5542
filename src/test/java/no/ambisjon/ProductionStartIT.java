package no.ambisjon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.Pattern;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.demo.DemoData;
import no.ambisjon.security.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The application started as a production install is: no profile, a database of its own. It has no
 * demo logins, gets its first administrator from configuration, never prints a known password, and
 * does not start on a database that still has the demo's published logins.
 */
@ExtendWith({OutputCaptureExtension.class, OtherAppsInThisJvm.class})
class ProductionStartIT {

    private static final Pattern TEMPORARY = Pattern.compile("shown only this once: (\\S+)");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... more) {
        var arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ambisjon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        arguments.addAll(java.util.List.of(more));
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
