package no.ambisjon.security;

import java.time.Clock;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: how Spring Security finds it at login, and the user's preferences. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private final AccountLoader accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final CustomerStatus customers;
    private final Changes changes;

    AccountService(AccountLoader accounts, PasswordPolicy policy, PasswordEncoder encoder, Clock clock,
                   CustomerStatus customers, Changes changes) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.clock = clock;
        this.customers = customers;
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        var user = new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getCustomerId(), account.getLanguage());
        var enabled = account.isActive()
                && (account.getCustomerId() == null || customers.isActive(account.getCustomerId()));
        return new AccountPrincipal(user, account.getPasswordHash(), enabled, account.isLocked(clock.instant()));
    }

    /**
     * Changes the signed-in user's own password.
     *
     * @throws PasswordRejectedException when the current password is wrong or the new one too weak
     */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String current, String next) {
        var account = accounts.own();
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new PasswordRejectedException("password.current-wrong");
        }
        policy.problem(next, account.getUsername()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        if (encoder.matches(next, account.getPasswordHash())) {
            throw new PasswordRejectedException("password.same-as-before");
        }
        account.changePassword(encoder.encode(next), false);
        changes.record(own(ChangeKind.PASSWORD_CHANGED, account, account.getUsername()));
    }

    /** Whether the user signed in with a temporary password, which must be changed before anything else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.own().isMustChangePassword();
    }

    /** The language the user chose; it is applied again at every login. */
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Language language) {
        var account = accounts.own();
        account.setLanguage(language);
        changes.record(own(ChangeKind.LANGUAGE_CHANGED, account, account.getUsername() + ": " + language.code()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Language language() {
        return accounts.own().getLanguage();
    }

    private static AccountChange own(ChangeKind kind, UserAccount account, String subject) {
        return new AccountChange(kind, account.getId(), account.getCustomerId(), subject, null);
    }
}
