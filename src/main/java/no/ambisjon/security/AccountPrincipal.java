package no.ambisjon.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user account; carries the {@link SignedInUser} for the application. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final SignedInUser user;
    private final boolean active;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(SignedInUser user, String passwordHash, boolean active, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
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
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
