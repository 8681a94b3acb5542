package no.ambisjon.security;

import java.time.Clock;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
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

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final CustomerStatus customers;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordPolicy policy,
                   PasswordEncoder encoder, AuditLog audit, Clock clock, CustomerStatus customers) {
        this.customers = customers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(UserAccount.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
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
        var account = accounts.findById(currentUser.require().id()).orElseThrow();
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
        audit.record(AuditKind.PASSWORD_CHANGED, account.getCustomerId(), account.getUsername());
    }

    /** Whether the user signed in with a temporary password, which must be changed before anything else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findById(currentUser.require().id()).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** The language the user chose; it is applied again at every login. */
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Language language) {
        var account = accounts.findById(currentUser.require().id()).orElseThrow();
        account.setLanguage(language);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Language language() {
        return accounts.findById(currentUser.require().id()).orElseThrow().getLanguage();
    }
}
