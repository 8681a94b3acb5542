package no.ambisjon.security;

import java.util.Optional;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place accounts are looked up by id or username. Who may ask is the callers' rule: the
 * administration (admins only) and the signed-in user's own account.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountLoader {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccountLoader(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    UserAccount account(long userId) {
        return find(userId).orElseThrow(NotFoundException::new);
    }

    Optional<UserAccount> find(long userId) {
        return accounts.findById(userId);
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone saved the account since {@code version} */
    UserAccount account(long userId, long version) {
        var account = account(userId);
        account.requireVersion(version);
        return account;
    }

    /** The signed-in user's own account. */
    UserAccount own() {
        return account(currentUser.require().id());
    }

    /** @param username as typed: any case, spaces around it */
    Optional<UserAccount> byUsername(String username) {
        return accounts.findByUsername(UserAccount.normalise(username));
    }
}
