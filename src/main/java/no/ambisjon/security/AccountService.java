package no.ambisjon.security;

import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
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

    AccountService(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(UserAccount.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        var user = new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getCustomerId(), account.getLanguage());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isActive());
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
