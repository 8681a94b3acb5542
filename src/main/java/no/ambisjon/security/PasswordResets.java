package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.PasswordResetRequest;
import no.ambisjon.security.domain.PasswordResetRequestRepository;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password?": a visitor types the address they sign in with, and its account gets the mail
 * with a link to choose a password that invitations use. The answer is the same whether or not the
 * address is anyone's (and whatever became of the request), so it tells nobody which accounts
 * exist. An address gets at most {@value #PER_ADDRESS} links an hour, however many ask, so that
 * nobody floods a mailbox; a client may ask {@value #PER_CLIENT} times in ten minutes and is then
 * told to wait, whatever it typed. Every request is audited.
 */
@Service
@Transactional
public class PasswordResets {

    static final int PER_ADDRESS = 3;
    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    static final int PER_CLIENT = 10;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);
    private static final Duration KEPT = Duration.ofDays(1);
    private static final int LONGEST = 254;

    /** What the visitor is told. */
    public enum Answer {
        /** "If the address has an account, a link is on its way": whether or not it has. */
        ON_ITS_WAY,
        /** Too many requests from this client: wait. Said whatever address was typed. */
        WAIT
    }

    private final PasswordResetRequestRepository requests;
    private final AccountLoader accounts;
    private final CustomerStatus customers;
    private final PasswordLinks links;
    private final NameKeys keys;
    private final Changes changes;
    private final Clock clock;

    PasswordResets(PasswordResetRequestRepository requests, AccountLoader accounts, CustomerStatus customers,
                   PasswordLinks links, NameKeys keys, Changes changes, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.customers = customers;
        this.links = links;
        this.keys = keys;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * @param typed   the address the visitor typed
     * @param address where the request came from
     */
    public Answer request(String typed, String address) {
        var name = typed == null ? "" : typed.strip();
        var client = address == null || address.isBlank() ? ClientAddress.UNKNOWN
                : address.substring(0, Math.min(64, address.length()));
        var key = keys.of(name);
        var account = name.isEmpty() || name.length() > LONGEST ? null : accounts.byUsername(name).orElse(null);
        var now = clock.instant();
        if (requests.countByAddressAndRequestedAtAfter(client, now.minus(CLIENT_WINDOW)) >= PER_CLIENT) {
            audit(account, key, "client-throttled " + client);
            return Answer.WAIT;
        }
        if (requests.countByNameKeyAndRequestedAtAfter(key, now.minus(ADDRESS_WINDOW)) >= PER_ADDRESS) {
            audit(account, key, "throttled " + client);
            return Answer.ON_ITS_WAY;
        }
        requests.deleteRequestedBefore(now.minus(KEPT));
        requests.save(new PasswordResetRequest(now, key, client));
        var refusal = refusal(account);
        if (refusal != null) {
            audit(account, key, refusal + " " + client);
        } else {
            changes.record(links.issue(account, ChangeKind.PASSWORD_RESET_REQUESTED, "sent " + client));
        }
        return Answer.ON_ITS_WAY;
    }

    /** Why no link goes out, as the audit log says it; {@code null} when one does. */
    private String refusal(UserAccount account) {
        if (account == null) {
            return "unknown-user";
        }
        if (!account.isActive() || account.getCustomerId() != null && !customers.isActive(account.getCustomerId())) {
            return "deactivated";
        }
        return null;
    }

    private void audit(UserAccount account, String key, String subject) {
        changes.record(new AccountChange(ChangeKind.PASSWORD_RESET_REQUESTED, account == null ? null : account.getId(),
                account == null ? null : account.getCustomerId(), subject,
                account == null ? AccountChange.unknownUser(key) : account.getUsername()));
    }
}
