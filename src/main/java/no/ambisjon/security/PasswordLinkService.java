package no.ambisjon.security;

import java.util.Optional;
import no.ambisjon.security.domain.PasswordLink;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.core.Authentication;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password, or signing in, with a one-time link from a mail, before anyone is signed in.
 * The link is the proof: it works once, until it expires, and only its newest one for the user.
 */
@Service
@Transactional
public class PasswordLinkService {

    private final PasswordLinks links;
    private final AccountLoader accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final Changes changes;
    private final Logins logins;

    PasswordLinkService(PasswordLinks links, AccountLoader accounts, PasswordPolicy policy, PasswordEncoder encoder,
                        LoginThrottle throttle, Changes changes, Logins logins) {
        this.logins = logins;
        this.links = links;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.changes = changes;
    }

    /** The username the link to set a password is for, while it works and its user is active. */
    @Transactional(readOnly = true)
    public Optional<String> username(String token) {
        return username(token, PasswordLink.Purpose.PASSWORD);
    }

    /** The username the link to sign in is for, while it works and its user is active. */
    @Transactional(readOnly = true)
    public Optional<String> signInUsername(String token) {
        return username(token, PasswordLink.Purpose.SIGN_IN);
    }

    private Optional<String> username(String token, PasswordLink.Purpose purpose) {
        return links.usable(token, purpose).map(link -> accounts.account(link.getUserId()))
                .filter(account -> account.isActive()).map(account -> account.getUsername());
    }

    /**
     * Sets the password of the link's user and spends the link.
     *
     * @throws PasswordRejectedException when the link no longer works ({@code password-link.gone}) or the password is too weak
     */
    public void setPassword(String token, String password) {
        var account = choose(token, password);
        recordChosen(account, account.getUsername());
    }

    /**
     * Sets the password as {@link #setPassword} does, and signs its user in from {@code address}.
     *
     * @return the sign-in, or nothing when the account may not sign in now (its customer is deactivated)
     * @throws PasswordRejectedException as {@link #setPassword}
     */
    public Optional<Authentication> setPasswordAndSignIn(String token, String password, String address) {
        var account = choose(token, password);
        var signedIn = logins.withNewPassword(account, address);
        recordChosen(account, signedIn.isPresent() ? account.getUsername() + ", signed in from " + address
                : account.getUsername());
        return signedIn;
    }

    private void recordChosen(UserAccount account, String subject) {
        changes.record(new AccountChange(ChangeKind.PASSWORD_SET, account.getId(), account.getCustomerId(), subject,
                account.getUsername()));
    }

    private UserAccount choose(String token, String password) {
        var link = links.usable(token, PasswordLink.Purpose.PASSWORD).orElseThrow(() -> new PasswordRejectedException("password-link.gone"));
        var account = accounts.account(link.getUserId());
        if (!account.isActive()) {
            throw new PasswordRejectedException("password-link.gone");
        }
        policy.problem(password, account.getUsername()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        account.changePassword(encoder.encode(password));
        link.spend(links.now());
        throttle.clear(account);
        return account;
    }
}
