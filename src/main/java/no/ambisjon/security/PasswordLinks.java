package no.ambisjon.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.security.domain.PasswordLink;
import no.ambisjon.security.domain.PasswordLinkRepository;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links mailed to a user: to set a password, or to sign in from a new address while the
 * name is under attack. 256 random bits, of which only a hash is stored. A new link replaces the
 * user's older ones of the same purpose; each works once, for
 * {@code ambisjon.security.password-link-lifetime} (to set a password) or {@value #SIGN_IN_MINUTES}
 * minutes (to sign in).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PasswordLinks {

    static final int SIGN_IN_MINUTES = 15;
    /** A sign-in link is mailed at most this often: the first one still works meanwhile. */
    static final Duration SIGN_IN_RESEND_AFTER = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final PasswordLinkRepository links;
    private final Clock clock;
    private final Duration lifetime;

    PasswordLinks(PasswordLinkRepository links, Clock clock,
                  @Value("${ambisjon.security.password-link-lifetime:24h}") Duration lifetime) {
        this.links = links;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * Makes a new link to set {@code account}'s password and ends its older ones; the change to
     * record, which hands the link to be mailed.
     */
    PasswordLinkIssued issue(UserAccount account, ChangeKind kind, String subject) {
        var made = make(account, PasswordLink.Purpose.PASSWORD, lifetime);
        return new PasswordLinkIssued(kind, Person.of(account), subject, made.token(), made.link().getExpiresAt());
    }

    /**
     * A new link for {@code account} to sign in with, after the right password from {@code address};
     * nothing when one was mailed a moment ago (it still works).
     */
    Optional<SignInLinkIssued> issueSignIn(UserAccount account, String address) {
        var now = clock.instant();
        var recent = links.findByUserIdAndPurposeAndUsedAtIsNull(account.getId(), PasswordLink.Purpose.SIGN_IN).stream()
                .anyMatch(link -> link.isUsable(now) && link.getCreatedAt().isAfter(now.minus(SIGN_IN_RESEND_AFTER)));
        if (recent) {
            return Optional.empty();
        }
        var made = make(account, PasswordLink.Purpose.SIGN_IN, Duration.ofMinutes(SIGN_IN_MINUTES));
        return Optional.of(new SignInLinkIssued(Person.of(account), address, made.token(), made.link().getExpiresAt()));
    }

    private record Made(String token, PasswordLink link) {
    }

    private Made make(UserAccount account, PasswordLink.Purpose purpose, Duration lasting) {
        var now = clock.instant();
        links.findByUserIdAndPurposeAndUsedAtIsNull(account.getId(), purpose).forEach(older -> older.spend(now));
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Made(token, links.save(new PasswordLink(account.getId(), purpose, hash(token), now.plus(lasting))));
    }

    /** The link of {@code token} for {@code purpose}, while it still works. */
    Optional<PasswordLink> usable(String token, PasswordLink.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByTokenHash(hash(token)).filter(link -> link.getPurpose() == purpose && link.isUsable(now));
    }

    Instant now() {
        return clock.instant();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
