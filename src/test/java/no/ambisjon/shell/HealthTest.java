package no.ambisjon.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import no.ambisjon.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The load balancer asks whether a node is up and ready; nobody learns anything else from Actuator. */
@IntegrationTest
class HealthTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_answers_without_a_login_and_says_only_up(String path) throws Exception {
        var response = mvc().perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "\"db\"", "H2", "database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/loggers", "/actuator/metrics", "/actuator/health/db"})
    void nothing_else_of_actuator_is_there_for_a_visitor(String path) throws Exception {
        var response = mvc().perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isIn(302, 401, 403, 404);
        assertThat(response.getContentAsString()).doesNotContain("\"status\"", "spring.datasource", "propertySources");
    }

    @Test
    void nothing_else_of_actuator_is_there_for_a_signed_in_administrator() throws Exception {
        var admin = SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
        for (var path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/health/db"}) {
            var response = mvc().perform(get(path).with(admin)).andReturn().getResponse();
            assertThat(response.getContentAsString()).as(path).doesNotContain("spring.datasource", "propertySources", "\"db\"");
        }
    }
}
