package no.ambisjon.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a signed-in account; carries the {@link SignedInUser} for the
 * application. It holds no password: the login checked it, and {@link AccessCheck} compares the
 * sign-in with the account from then on.
 */
final class AccountPrincipal implements UserDetails {

    private final SignedInUser user;
    private final boolean onBehalf;

    private AccountPrincipal(SignedInUser user, boolean onBehalf) {
        this.user = user;
        this.onBehalf = onBehalf;
    }

    /** The account as it is now, signing in at {@code now}. */
    static AccountPrincipal of(UserAccount account, Instant now) {
        return new AccountPrincipal(user(account, now), false);
    }

    /** The account as it is now, for reads made on its behalf while nobody is signed in ({@link ReadsOnBehalf}). */
    static AccountPrincipal onBehalfOf(UserAccount account, Instant now) {
        return new AccountPrincipal(user(account, now), true);
    }

    private static SignedInUser user(UserAccount account, Instant now) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getCustomerId(), account.getLanguage(),
                Credentials.stamp(account.getPasswordHash()), now);
    }

    /** The same sign-in with what may change while signed in, as it is now. */
    AccountPrincipal with(SignedInUser user) {
        return new AccountPrincipal(user, onBehalf);
    }

    /** Reads made for the user by the application, never a sign-in of theirs: only read-only methods run. */
    boolean onBehalf() {
        return onBehalf;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return user.username();
    }
}
