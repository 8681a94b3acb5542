package no.ambisjon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import no.ambisjon.Application;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.customer.CustomerChange;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.security.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import no.ambisjon.OtherAppsInThisJvm;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default keeps its data in a file: what was saved before a restart is there after it. */
@ExtendWith(OtherAppsInThisJvm.class)
class DataSurvivesRestartIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ambisjon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void a_customer_saved_before_a_restart_is_there_after_it_and_the_demo_data_is_not_loaded_twice() {
        long users;
        try (var app = start()) {
            users = app.getBean(UserAccountRepository.class).count();
            app.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
                app.getBean(CustomerRepository.class).save(new Customer("Varig Lagring AS", "varig-lagring", Set.of("Varig")));
                app.getBean(Changes.class).record(new CustomerChange(ChangeKind.CUSTOMER_CREATED, null, "varig-lagring"));
            });
        }
        assertThat(dataDir.resolve("ambisjon.mv.db")).isNotEmptyFile();

        try (var app = start()) {
            var saved = app.getBean(CustomerRepository.class).findBySlug("varig-lagring");
            assertThat(saved).hasValueSatisfying(c -> {
                assertThat(c.getName()).isEqualTo("Varig Lagring AS");
                assertThat(c.getShortNames()).containsExactly("Varig");
            });
            assertThat(app.getBean(UserAccountRepository.class).count()).isEqualTo(users).isEqualTo(9);
            assertThat(app.getBean(CustomerRepository.class).count()).isEqualTo(4);
        }
    }
}
