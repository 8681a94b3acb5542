package no.ambisjon.security;

import java.time.Clock;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency staff signed in by the agency's identity provider: the provider vouches for an e-mail
 * address; Ambisjon decides who that is and what they may do. Only a verified address in the
 * agency's domain that belongs to an active staff account here (an admin or a consultant) signs in,
 * with the role it has here; nobody is created. Customers keep their passwords. Every sign-in and
 * every refusal is in the audit log, and the sign-in is an ordinary one from then on: the same
 * session rules, and checked against the account on every request.
 */
@Component
@Transactional(noRollbackFor = StaffSignOn.Refused.class)
class StaffSignOn {

    static final class Refused extends RuntimeException {

        final SsoRefusal reason;

        Refused(SsoRefusal reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    private final SsoSettings settings;
    private final AccountLoader accounts;
    private final Changes changes;
    private final Clock clock;

    StaffSignOn(SsoSettings settings, AccountLoader accounts, Changes changes, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    /** @throws Refused when the address is not one of the agency's active staff, verified */
    Authentication signIn(OidcUser user, String address) {
        var email = user.getEmail();
        var account = email == null ? null : accounts.byUsername(email).orElse(null);
        var reason = refusal(user, email, account);
        if (reason != null) {
            changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, account == null ? null : account.getId(),
                    account == null ? null : account.getCustomerId(), "sso " + reason.name().toLowerCase() + " " + address,
                    account == null ? "sso:" + user.getSubject() : account.getUsername()));
            throw new Refused(reason);
        }
        changes.record(new AccountChange(ChangeKind.LOGIN_SUCCEEDED, account.getId(), null, "sso " + address,
                account.getUsername()));
        var principal = AccountPrincipal.of(account, clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private SsoRefusal refusal(OidcUser user, String email, UserAccount account) {
        if (!Boolean.TRUE.equals(user.getEmailVerified())) {
            return SsoRefusal.UNVERIFIED;
        }
        if (!settings.inDomain(email)) {
            return SsoRefusal.OTHER_DOMAIN;
        }
        if (account == null) {
            return SsoRefusal.UNKNOWN;
        }
        if (account.getCustomerId() != null || (account.getRole() != Role.ADMIN && account.getRole() != Role.CONSULTANT)) {
            return SsoRefusal.NOT_STAFF;
        }
        return account.isActive() ? null : SsoRefusal.INACTIVE;
    }
}
