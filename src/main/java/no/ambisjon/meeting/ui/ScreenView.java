package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import no.ambisjon.security.ClientAddress;
import no.ambisjon.security.ScreenReads;

/**
 * A meeting-room TV: opened at {@code /screen} without signing in, it shows a one-time code in large
 * type and nothing else. Once a consultant types the code in a meeting's console, it shows that
 * meeting as the shared screen does, following the presenter and every change, until the pairing
 * ends; then it shows a new code. A pairing ends at once when whoever paired it may no longer run the
 * meeting: a change of the customer reaches the screen through its live updates, a change of their
 * account through {@link OpenScreens}. The browser stays signed out throughout: no other page opens on it.
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
    private final OpenScreens open;
    private final Div code = new Div();
    private final Div notice = new Div();
    /** What to do with the code, in both languages: nobody has told this screen who reads it. */
    private final Div howTo = new Div();
    private final PresentationStage stage = new PresentationStage();
    private WaitingScreen waiting;
    /** Read by {@link OpenScreens} without the session's lock. */
    private volatile ScreenBinding binding;
    private String address;

    ScreenView(ScreenPairingService pairings, MeetingQueryService meetings, OkrQueryService okrs, ScreenReads reads,
               Clock clock, LiveUpdates liveUpdates, OpenScreens open) {
        this.pairings = pairings;
        this.meetings = meetings;
        this.okrs = okrs;
        this.reads = reads;
        this.clock = clock;
        this.live = new LiveSubscription(this, liveUpdates);
        this.open = open;
        addClassNames("presentation", "paired-screen");
        code.addClassName("screen-code");
        code.setId("screen-code");
        notice.addClassName("screen-notice");
        notice.setId("screen-notice");
        notice.setVisible(false);
        howTo.addClassName("screen-how-to");
        howTo.setId("screen-how-to");
        add(code, howTo, notice, stage);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        address = ClientAddress.current();
        event.getUI().addPollListener(poll -> check());
        var registration = open.add(this, event.getUI());
        addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
        waitForPairing(event.getUI());
    }

    /** Whether the screen shows a meeting that {@code userId} paired. */
    boolean pairedBy(long userId) {
        return binding != null && binding.pairedById() == userId;
    }

    /** Asks whether the screen was paired, or whether its pairing still lasts. */
    void check() {
        var ui = UI.getCurrent();
        if (waiting == null) {
            waitForPairing(ui);
            return;
        }
        var now = pairings.binding(waiting.token());
        if (binding == null && now.isPresent()) {
            paired(ui, now.get());
        } else if (binding != null && now.isEmpty()) {
            waitForPairing(ui);
        } else if (binding == null && !clock.instant().isBefore(waiting.expiresAt())) {
            waitForPairing(ui);
        }
    }

    /** A new code to show; or, when this address has asked for too many, a word on why there is none yet. */
    private void waitForPairing(UI ui) {
        live.stop();
        binding = null;
        waiting = pairings.newCode(address).orElse(null);
        code.setText(waiting == null ? "" : waiting.code());
        code.setVisible(waiting != null);
        showHowTo(ui, waiting != null);
        notice.setText(waiting == null ? getTranslation("screens.busy-address") : "");
        notice.setVisible(waiting == null);
        // Emptied, not hidden: a hidden element would keep the meeting in the browser's page.
        stage.clear();
        ui.setPollInterval(WAITING_POLL_MS);
    }

    private void paired(UI ui, ScreenBinding paired) {
        binding = paired;
        code.setVisible(false);
        showHowTo(ui, false);
        ui.setPollInterval(PAIRED_POLL_MS);
        live.followSignedOut(ui, paired.customerId(), this::render);
        render();
    }

    /** What to do with the code, with the address where the meeting's console is, as this screen reached the application. */
    private void showHowTo(UI ui, boolean shown) {
        howTo.setVisible(shown);
        if (shown && howTo.getChildren().findAny().isEmpty()) {
            ui.getPage().executeJs("return location.origin").then(String.class, origin -> {
                var inNorwegian = new Div(new Span(getTranslation(Language.NB.locale(), "screen.how-to", origin)));
                var inEnglish = new Div(new Span(getTranslation(Language.EN.locale(), "screen.how-to", origin)));
                inEnglish.addClassName("screen-how-to-other");
                howTo.add(inNorwegian, inEnglish);
            });
        }
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
