package no.ambisjon.demo;

import static no.ambisjon.demo.DemoData.*;

import java.util.List;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without the demo profile, the application refuses to start while any active demo login still has
 * the demo's published password: a production install never opens with a known password. It runs
 * before the web server listens.
 */
@Component
@ConditionalOnBooleanProperty(name = "ambisjon.demo-data.enabled", havingValue = false, matchIfMissing = true)
class PublishedPasswordGuard implements SmartInitializingSingleton {

    static final List<String> LOGINS = List.of(ADMIN, KARI, OLA, FJELLSPORT_EDITOR, FJELLSPORT_VIEWER, BOLGEN_EDITOR,
            BOLGEN_VIEWER, OKOGARD_EDITOR, OKOGARD_VIEWER);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;

    PublishedPasswordGuard(UserAccountRepository users, PasswordEncoder encoder, TransactionTemplate transaction) {
        this.users = users;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var exposed = transaction.execute(status -> users.findAll().stream()
                .filter(account -> account.isActive() && LOGINS.contains(account.getUsername()))
                .filter(account -> encoder.matches(PASSWORD, account.getPasswordHash()))
                .map(account -> account.getUsername()).sorted().toList());
        if (!exposed.isEmpty()) {
            throw new PublishedPasswordsException(exposed);
        }
    }
}
