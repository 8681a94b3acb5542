package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh install's first administrator, from configuration ({@code AMBISJON_FIRST_ADMIN}): made once,
 * when there is no user at all, with a temporary password that is written to the log this one time
 * and must be changed at the first login.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Changes changes;
    private final String username;
    private final Clock clock;
    private final Duration temporaryLifetime;

    FirstAdministrator(UserAccountRepository accounts, PasswordPolicy policy,
                       PasswordEncoder encoder, Changes changes,
                       @Value("${ambisjon.first-admin:}") String username, Clock clock,
                       @Value("${ambisjon.security.temporary-password-lifetime:7d}") Duration temporaryLifetime) {
        this.clock = clock;
        this.temporaryLifetime = temporaryLifetime;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.changes = changes;
        this.username = username;
    }

    /** Once the application is up, after any other start-up work (the demo data, when asked for). */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void makeIfNone() {
        if (accounts.count() > 0) {
            return;
        }
        if (username.isBlank()) {
            log.warn("There are no users. Set AMBISJON_FIRST_ADMIN to an e-mail address to make the first administrator.");
            return;
        }
        var temporary = policy.temporaryPassword();
        var name = UserAccount.normalise(username);
        var admin = UserAccount.agencyStaff(name, name.substring(0, Math.max(1, name.indexOf('@'))), encoder.encode(temporary),
                Role.ADMIN);
        admin.giveTemporaryPassword(admin.getPasswordHash(), clock.instant().plus(temporaryLifetime));
        accounts.save(admin);
        changes.record(new AccountChange(ChangeKind.USER_CREATED, admin.getId(), null, name + " (ADMIN)", "system"));
        log.warn("Made the first administrator, {}. Temporary password, shown only this once: {}  It must be changed at the first login.",
                name, temporary);
    }
}
