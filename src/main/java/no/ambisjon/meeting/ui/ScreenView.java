package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.function.Supplier;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.ScreenPairingService;
import no.ambisjon.meeting.ScreenPairingService.ScreenBinding;
import no.ambisjon.meeting.ScreenPairingService.WaitingScreen;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.security.ScreenReads;

/**
 * A meeting-room TV: opened at {@code /screen} without signing in, it shows a one-time code in large
 * type and nothing else. Once a consultant types the code in a meeting's console, it shows that
 * meeting as the shared screen does, following the presenter and every change, until the pairing
 * ends; then it shows a new code. The browser stays signed out throughout: no other page opens on it.
 */
@Route(value = "screen", autoLayout = false)
@AnonymousAllowed
public class ScreenView extends Div implements HasDynamicTitle {

    /** How often a waiting screen asks whether it was paired, and a paired one whether it still is. */
    static final int WAITING_POLL_MS = 2_000;
    static final int PAIRED_POLL_MS = 30_000;

    private final ScreenPairingService pairings;
    private final MeetingQueryService meetings;
    private final OkrQueryService okrs;
    private final ScreenReads reads;
    private final Clock clock;
    private final LiveSubscription live;
    private final Div code = new Div();
    private final PresentationStage stage = new PresentationStage();
    private WaitingScreen waiting;
    private ScreenBinding binding;

    ScreenView(ScreenPairingService pairings, MeetingQueryService meetings, OkrQueryService okrs, ScreenReads reads,
               Clock clock, LiveUpdates liveUpdates) {
        this.pairings = pairings;
        this.meetings = meetings;
        this.okrs = okrs;
        this.reads = reads;
        this.clock = clock;
        this.live = new LiveSubscription(this, liveUpdates);
        addClassNames("presentation", "paired-screen");
        code.addClassName("screen-code");
        code.setId("screen-code");
        add(code, stage);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(poll -> check());
        waitForPairing(event.getUI());
    }

    /** Asks whether the screen was paired, or whether its pairing still lasts. */
    void check() {
        var ui = UI.getCurrent();
        var now = pairings.binding(waiting.token());
        if (binding == null && now.isPresent()) {
            paired(ui, now.get());
        } else if (binding != null && now.isEmpty()) {
            waitForPairing(ui);
        } else if (binding == null && !clock.instant().isBefore(waiting.expiresAt())) {
            waitForPairing(ui);
        }
    }

    private void waitForPairing(UI ui) {
        live.stop();
        binding = null;
        waiting = pairings.newCode();
        code.setText(waiting.code());
        code.setVisible(true);
        stage.removeAll();
        stage.setVisible(false);
        ui.setPollInterval(WAITING_POLL_MS);
    }

    private void paired(UI ui, ScreenBinding paired) {
        binding = paired;
        code.setVisible(false);
        stage.setVisible(true);
        ui.setPollInterval(PAIRED_POLL_MS);
        live.followSignedOut(ui, paired.customerId(), this::render);
        render();
    }

    /** The meeting as it is now, read as this screen; a pairing that has ended shows a new code. */
    private void render() {
        if (binding == null || pairings.binding(waiting.token()).isEmpty()) {
            waitForPairing(UI.getCurrent());
            return;
        }
        MeetingDetail meeting = asScreen(() -> meetings.meeting(binding.meetingId()));
        stage.show(meeting, keyResult -> asScreen(() -> okrs.keyResult(keyResult)), false);
    }

    private <T> T asScreen(Supplier<T> read) {
        return reads.as(binding.pairingId(), binding.customerId(), Language.of(getLocale()), binding.pairedAt(), read);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
