package no.ambisjon.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever started the application, in Spring Boot's start-up report, why it refused and what to do. */
class PublishedPasswordsFailureAnalyzer extends AbstractFailureAnalyzer<PublishedPasswordsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublishedPasswordsException cause) {
        return new FailureAnalysis(cause.getMessage() + ". Anyone who has read the demo's README could sign in.",
                "Start with the demo profile (--spring.profiles.active=demo) to try the demo, or give those logins "
                        + "other passwords or deactivate them, or start on an empty database.", cause);
    }
}
