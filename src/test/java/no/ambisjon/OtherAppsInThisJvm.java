package no.ambisjon;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test that starts another application in the test JVM: each application started installs
 * its own way of holding the signed-in user, JVM-wide. This puts back the one the test's shared
 * Spring context uses, so that the tests after it sign in where their context looks.
 */
public class OtherAppsInThisJvm implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OtherAppsInThisJvm.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(HERE).get("strategy", SecurityContextHolderStrategy.class));
    }
}
