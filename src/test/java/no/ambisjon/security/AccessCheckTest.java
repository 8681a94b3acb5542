package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.ambisjon.MovableClock;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

/** How long a sign-in is good, and how long a read of the account is trusted, on a clock the test moves. */
class AccessCheckTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T08:00:00Z"));
    private final UserAccount account = UserAccount.agencyStaff("kari@byraa.no", "Kari", "{noop}x", Role.ADMIN);
    private final AccessCheck check;

    AccessCheckTest() {
        ReflectionTestUtils.setField(account, "id", 7L);
        var repository = mock(UserAccountRepository.class);
        when(repository.findById(7L)).thenReturn(Optional.of(account));
        check = new AccessCheck(new AccountLoader(repository, null), customerId -> true, clock,
                mock(PlatformTransactionManager.class), Duration.ofHours(12));
    }

    /** A sign-in of the account as it is now. */
    private Authentication signIn() {
        var principal = AccountPrincipal.of(account, clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Test
    void a_sign_in_is_good_for_twelve_hours_however_busy() {
        var signedIn = signIn();
        assertThat(check.check(signedIn)).isInstanceOf(AccessCheck.Current.class);
        clock.move(Duration.ofHours(12));
        assertThat(check.check(signedIn)).isInstanceOf(AccessCheck.Current.class);
        clock.move(Duration.ofSeconds(1));
        assertThat(check.check(signedIn)).isEqualTo(new AccessCheck.Gone(AccessCheck.Ended.EXPIRED));
    }

    @Test
    void a_change_the_application_did_not_see_counts_within_thirty_seconds() {
        var signedIn = signIn();
        assertThat(check.check(signedIn)).isInstanceOf(AccessCheck.Current.class);

        account.changeRole(Role.CONSULTANT); // by hand in the database, say

        clock.move(Duration.ofSeconds(29));
        assertThat(check.check(signedIn)).as("read a moment ago").isInstanceOf(AccessCheck.Current.class);
        clock.move(Duration.ofSeconds(1));
        assertThat(check.check(signedIn)).isEqualTo(new AccessCheck.Gone(AccessCheck.Ended.ACCESS_CHANGED));
    }
}
