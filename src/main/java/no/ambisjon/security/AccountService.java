package no.ambisjon.security;

import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: the password and the user's preferences. */
@Service
@Transactional
public class AccountService {

    private final AccountLoader accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Changes changes;
    private final LoginThrottle throttle;

    AccountService(AccountLoader accounts, PasswordPolicy policy, PasswordEncoder encoder, Changes changes,
                   LoginThrottle throttle) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.changes = changes;
        this.throttle = throttle;
    }

    /**
     * Changes the signed-in user's own password. A wrong current password counts as a failed login
     * from this address, and is audited; the user's other sessions end, this one goes on.
     *
     * @throws PasswordRejectedException when the current password is wrong or the new one too weak
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = PasswordRejectedException.class)
    public void changePassword(String current, String next) {
        var account = accounts.own();
        var address = ClientAddress.current();
        var refused = throttle.locked(account.getUsername(), account, address);
        if (refused || current == null || !PasswordPolicy.fits(current) || !encoder.matches(current, account.getPasswordHash())) {
            throttle.record(account.getUsername(), account, address, false);
            changes.record(own(ChangeKind.PASSWORD_CHANGE_FAILED, account, (refused ? "locked " : "wrong-password ")
                    + address));
            throw new PasswordRejectedException("password.current-wrong");
        }
        policy.problem(next, account.getUsername()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        if (encoder.matches(next, account.getPasswordHash())) {
            throw new PasswordRejectedException("password.same-as-before");
        }
        account.changePassword(encoder.encode(next));
        keepThisSession(account);
        changes.record(own(ChangeKind.PASSWORD_CHANGED, account, account.getUsername()));
    }

    /** This session goes on with the new password; every other session of the user ends. */
    private void keepThisSession(UserAccount account) {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof AccountPrincipal old) {
            var principal = old.with(old.user().withCredentials(Credentials.stamp(account.getPasswordHash())));
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
        }
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

    /** Whether the user gets the weekly mail about key results waiting for their check-in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean checkInReminders() {
        return accounts.own().isCheckInReminders();
    }

    @PreAuthorize("isAuthenticated()")
    public void chooseCheckInReminders(boolean wanted) {
        var account = accounts.own();
        account.setCheckInReminders(wanted);
        changes.record(own(ChangeKind.REMINDERS_CHOSEN, account, account.getUsername() + ": " + (wanted ? "on" : "off")));
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
