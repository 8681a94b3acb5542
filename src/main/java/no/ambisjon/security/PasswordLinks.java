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
 * One-time links to set a password: 256 random bits, of which only a hash is stored. A new link
 * replaces the user's older ones; each works once, for {@code ambisjon.security.password-link-lifetime}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PasswordLinks {

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
     * Makes a new link for {@code account} and ends its older ones; the change to record, which hands
     * the link to be mailed.
     */
    PasswordLinkIssued issue(UserAccount account, ChangeKind kind, String subject) {
        var now = clock.instant();
        links.findByUserIdAndUsedAtIsNull(account.getId()).forEach(older -> older.spend(now));
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var link = links.save(new PasswordLink(account.getId(), hash(token), now.plus(lifetime)));
        return new PasswordLinkIssued(kind, Person.of(account), subject, token, link.getExpiresAt());
    }

    /** The link of {@code token} while it still works. */
    Optional<PasswordLink> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByTokenHash(hash(token)).filter(link -> link.isUsable(now));
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
