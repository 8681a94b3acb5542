package no.ambisjon.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A temporary password for a test's own user, as the first administrator gets one at a fresh install
 * ({@link FirstAdministrator}): it must be changed at the first login, within seven days.
 */
@Component
public class TemporaryPasswords {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TemporaryPasswords(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** @return the temporary password the user now has */
    public String give(String username) {
        var temporary = "midlertidig-" + UUID.randomUUID();
        jdbc.update("update user_account set password_hash = ?, must_change_password = true, temporary_until = ?"
                        + " where username = ?", encoder.encode(temporary),
                Timestamp.from(clock.instant().plus(Duration.ofDays(7))), username);
        return temporary;
    }
}
