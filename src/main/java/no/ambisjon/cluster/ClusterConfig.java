package no.ambisjon.cluster;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL every node tells the others of its changes and hears of theirs. The embedded H2
 * database serves one node only, so there is nobody to tell.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
class ClusterConfig {

    /** This process, so that a node skips its own notifications: it has announced those already. */
    private final String node = UUID.randomUUID().toString().substring(0, 8);

    @Bean
    ChangeBroadcast changeBroadcast(JdbcTemplate jdbc) {
        return new ChangeBroadcast(jdbc, node);
    }

    @Bean
    ChangeReceiver changeReceiver(Environment environment, ApplicationEventPublisher events) {
        return new ChangeReceiver(node, () -> java.sql.DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password")), events);
    }
}
