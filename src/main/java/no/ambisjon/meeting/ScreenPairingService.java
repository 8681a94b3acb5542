package no.ambisjon.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.meeting.domain.PairingAttempt;
import no.ambisjon.meeting.domain.PairingAttemptRepository;
import no.ambisjon.meeting.domain.ScreenPairing;
import no.ambisjon.meeting.domain.ScreenPairingRepository;
import no.ambisjon.customer.MeetingRunners;
import no.ambisjon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting-room screens paired by code. A browser at {@code /screen} gets a short code; a consultant
 * who may run the meeting types it in the console, and that browser becomes the meeting's read-only
 * shared screen until the consultant removes it, the meeting closes, twelve hours have passed, or
 * whoever paired it may no longer run the customer's meetings (deactivated, taken off the customer,
 * or the customer deactivated). A code pairs once and only within ten minutes; a user who types five
 * wrong codes in ten minutes waits; one address gets at most {@value #CODES_PER_ADDRESS} codes in ten
 * minutes; every code shown, pairing, refusal and removal is in the audit log.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
public class ScreenPairingService {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration SCREEN_LIFETIME = Duration.ofHours(12);
    static final Duration GUESS_WINDOW = Duration.ofMinutes(10);
    static final int WRONG_CODES_ALLOWED = 5;
    /** A meeting-room office behind one address has a few screens, each asking for a code every ten minutes. */
    static final int CODES_PER_ADDRESS = 20;
    /** No 0/O, 1/I/L: a code is read off a screen across a room. 31^6 codes. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;

    private final ScreenPairingRepository pairings;
    private final PairingAttemptRepository attempts;
    private final MeetingLoader loader;
    private final MeetingRunners runners;
    private final CurrentUser currentUser;
    private final Changes changes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ScreenPairingService(ScreenPairingRepository pairings, PairingAttemptRepository attempts, MeetingLoader loader,
                         MeetingRunners runners, CurrentUser currentUser, Changes changes, Clock clock) {
        this.pairings = pairings;
        this.attempts = attempts;
        this.loader = loader;
        this.runners = runners;
        this.currentUser = currentUser;
        this.changes = changes;
        this.clock = clock;
    }

    /** A code for a screen to show, valid for ten minutes; {@code token} is the screen's own secret. */
    public record WaitingScreen(String code, String token, Instant expiresAt) {
    }

    /** What typing a code came to. */
    public enum Pairing {
        PAIRED, WRONG_CODE, TOO_MANY_WRONG_CODES
    }

    /** A screen paired to a meeting, as the console lists it. */
    public record PairedScreen(long id, String pairedBy, Instant pairedAt, Instant endsAt) {
    }

    /**
     * A paired screen's meeting, while the pairing lasts.
     *
     * @param pairedById who paired it: the screen lasts while they may run the meeting
     */
    public record ScreenBinding(long pairingId, MeetingId meetingId, long customerId, Instant pairedAt, long pairedById) {
    }

    /**
     * A new code for a screen nobody has signed in on, at {@code address}.
     *
     * @return nothing when the address has had {@value #CODES_PER_ADDRESS} codes in the last ten minutes
     */
    @PreAuthorize("permitAll()")
    public Optional<WaitingScreen> newCode(String address) {
        var now = clock.instant();
        if (pairings.countByAddressAndCreatedAtAfter(address, now.minus(CODE_LIFETIME)) >= CODES_PER_ADDRESS) {
            return Optional.empty();
        }
        var code = randomCode();
        var token = randomToken();
        var pairing = pairings.save(new ScreenPairing(code, token, now.plus(CODE_LIFETIME), address));
        changes.record(new ScreenChange(ChangeKind.SCREEN_CODE_SHOWN, null, "screen " + pairing.getId() + " " + address,
                "screen"));
        return Optional.of(new WaitingScreen(display(code), token, pairing.getCodeExpiresAt()));
    }

    /** Pairs the screen showing {@code typed} to the meeting, which must not have closed. */
    public Pairing pair(MeetingId id, String typed) {
        var meeting = loader.forWrite(id);
        if (meeting.getState() == MeetingState.CLOSED) {
            throw new MinutesFrozenException();
        }
        var user = currentUser.require();
        var now = clock.instant();
        if (attempts.countByUserIdAndSucceededFalseAndAtAfter(user.id(), now.minus(GUESS_WINDOW)) >= WRONG_CODES_ALLOWED) {
            return Pairing.TOO_MANY_WRONG_CODES;
        }
        var waiting = pairings.findWaiting(normalized(typed), now);
        attempts.save(new PairingAttempt(user.id(), now, waiting.isPresent()));
        if (waiting.isEmpty()) {
            changes.record(new ScreenChange(ChangeKind.SCREEN_PAIRING_REFUSED, meeting.getCustomerId(),
                    "meeting " + meeting.getId(), null));
            return Pairing.WRONG_CODE;
        }
        var pairing = waiting.get();
        pairing.pair(meeting.getId(), meeting.getCustomerId(), user.id(), user.displayName(), now, now.plus(SCREEN_LIFETIME));
        changes.record(new ScreenChange(ChangeKind.SCREEN_PAIRED, meeting.getCustomerId(),
                "screen " + pairing.getId() + " to meeting " + meeting.getId(), null));
        return Pairing.PAIRED;
    }

    /** The meeting's screens that are on. */
    @Transactional(readOnly = true)
    public List<PairedScreen> screens(MeetingId id) {
        var meeting = loader.meeting(id);
        return pairings.findActive(meeting.getId(), clock.instant()).stream()
                .map(p -> new PairedScreen(p.getId(), p.getPairedBy(), p.getPairedAt(), p.getEndsAt())).toList();
    }

    /** Ends a screen of the meeting: it shows a new code again. */
    public void remove(MeetingId id, long screenId) {
        var meeting = loader.meeting(id);
        var pairing = loader.screen(meeting, screenId);
        pairing.end(clock.instant());
        changes.record(new ScreenChange(ChangeKind.SCREEN_REMOVED, meeting.getCustomerId(),
                "screen " + pairing.getId() + " from meeting " + meeting.getId(), null));
    }

    /**
     * The meeting the screen with this token shows, while its pairing lasts, the meeting has not
     * closed and whoever paired it may still run it; nothing for a screen still waiting, removed,
     * past its twelve hours, or unknown.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ScreenBinding> binding(String token) {
        var now = clock.instant();
        return pairings.findByToken(token).filter(p -> p.isActive(now))
                .filter(p -> p.getPairedById() != null && runners.mayRun(p.getPairedById(), p.getCustomerId()))
                .filter(p -> loader.state(p.getMeetingId()) != MeetingState.CLOSED)
                .map(p -> new ScreenBinding(p.getId(), new MeetingId(p.getMeetingId()), p.getCustomerId(),
                        p.getPairedAt(), p.getPairedById()));
    }

    private String randomCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private String randomToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** "K7Q-4MX" */
    static String display(String code) {
        return code.substring(0, 3) + "-" + code.substring(3);
    }

    /** What was typed, as stored: "k7q 4mx" and "K7Q-4MX" are the same code. */
    static String normalized(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
