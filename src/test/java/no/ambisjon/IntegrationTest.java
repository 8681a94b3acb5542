package no.ambisjon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on an in-memory H2 with the demo data, on a fixed day ({@link FixedClockConfig}). Every test class that uses it shares one
 * Spring context: do not add configuration that would split it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({FixedClockConfig.class, FastPasswordsConfig.class})
public @interface IntegrationTest {
}
