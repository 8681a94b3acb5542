package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Who the provider's address lets in: only verified, active staff of the agency's domain known here. */
class StaffSignOnTest {

    private final AccountLoader accounts = mock(AccountLoader.class);
    private final Changes changes = mock(Changes.class);
    private final StaffSignOn signOn = new StaffSignOn(new SsoSettings("http://idp", "app", "secret", "Byraa.no", null),
            accounts, changes, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));

    private static DefaultOidcUser vouchedFor(String email, boolean verified) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "idp-1", "email", email, "email_verified", verified));
        return new DefaultOidcUser(java.util.List.of(), token);
    }

    private SsoRefusal refusal(String email, boolean verified) {
        try {
            signOn.signIn(vouchedFor(email, verified), "10.0.0.1");
            return null;
        } catch (StaffSignOn.Refused refused) {
            return refused.reason;
        }
    }

    @Test
    void an_active_consultant_signs_in_with_the_role_she_has_here() {
        var kari = UserAccount.agencyStaff("kari@byraa.no", "Kari", "{noop}x", Role.CONSULTANT);
        ReflectionTestUtils.setField(kari, "id", 3L);
        when(accounts.byUsername("kari@byraa.no")).thenReturn(Optional.of(kari));

        var signedIn = signOn.signIn(vouchedFor("kari@byraa.no", true), "10.0.0.1");

        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                principal -> assertThat(principal.user().role()).isEqualTo(Role.CONSULTANT));
        var recorded = ArgumentCaptor.forClass(Change.class);
        verify(changes).record(recorded.capture());
        assertThat(recorded.getValue().kind()).isEqualTo(ChangeKind.LOGIN_SUCCEEDED);
        assertThat(recorded.getValue().subject()).startsWith("sso ");
    }

    @Test
    void unverified_foreign_unknown_customer_and_deactivated_addresses_are_refused_and_audited() {
        var customer = UserAccount.customerLogin("kunde@byraa.no", "Kunde", "{noop}x", Role.CUSTOMER_EDITOR, 7L);
        var gone = UserAccount.agencyStaff("gammel@byraa.no", "Gammel", "{noop}x", Role.ADMIN);
        gone.setActive(false);
        when(accounts.byUsername("kunde@byraa.no")).thenReturn(Optional.of(customer));
        when(accounts.byUsername("gammel@byraa.no")).thenReturn(Optional.of(gone));
        when(accounts.byUsername("ny@byraa.no")).thenReturn(Optional.empty());

        assertThat(refusal("kunde@byraa.no", false)).isEqualTo(SsoRefusal.UNVERIFIED);
        assertThat(refusal("ingrid@fjellsport.no", true)).isEqualTo(SsoRefusal.OTHER_DOMAIN);
        assertThat(refusal("ny@byraa.no", true)).isEqualTo(SsoRefusal.UNKNOWN);
        assertThat(refusal("kunde@byraa.no", true)).isEqualTo(SsoRefusal.NOT_STAFF);
        assertThat(refusal("gammel@byraa.no", true)).isEqualTo(SsoRefusal.INACTIVE);
        verify(changes, org.mockito.Mockito.times(5)).record(any());
    }
}
