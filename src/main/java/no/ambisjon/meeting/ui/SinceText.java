package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.KeyResultSince;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ui.ValueFormat;

/** What moved in a key result since the previous meeting, in words: in full for the console, briefly for a row. */
final class SinceText {

    private SinceText() {
    }

    /** "Siden forrige møte: +12 000 besøk (+15 prosentpoeng), 3 innsjekkinger"; nothing at a first meeting. */
    static String full(Component screen, ValueFormat format, KeyResultLine kr, KeyResultSince since) {
        if (since == null) {
            return "";
        }
        var checkIns = screen.getTranslation("since.check-ins", since.checkIns());
        if (!since.moved()) {
            return screen.getTranslation("since.unchanged", checkIns);
        }
        return screen.getTranslation("since.moved", change(screen, format, kr, since), signed(since.progressPoints()),
                checkIns);
    }

    /** "+12 000 besøk siden sist", for a row on the shared screen; nothing at a first meeting. */
    static String brief(Component screen, ValueFormat format, KeyResultLine kr, KeyResultSince since) {
        if (since == null) {
            return "";
        }
        return since.moved() ? screen.getTranslation("since.brief", change(screen, format, kr, since))
                : screen.getTranslation("since.brief.unchanged");
    }

    private static String change(Component screen, ValueFormat format, KeyResultLine kr, KeyResultSince since) {
        if (kr.measure() == Measure.YES_NO) {
            return screen.getTranslation("since.was", format.value(kr.measure(), kr.current(), kr.unit()),
                    format.value(kr.measure(), since.valueBefore(), kr.unit()));
        }
        var change = since.valueChange();
        return sign(change.signum()) + format.value(kr.measure(), change.abs(), kr.unit());
    }

    private static String signed(int points) {
        return sign(Integer.signum(points)) + Math.abs(points);
    }

    /** A plus, or a true minus sign, which reads better than a hyphen in large type. */
    private static String sign(int signum) {
        return signum < 0 ? "\u2212" : signum > 0 ? "+" : "";
    }

    /** Shows the full sentence in a span, coloured by which way progress moved; hidden at a first meeting. */
    static void show(Span target, ValueFormat format, AgendaLine line) {
        InPlace.text(target, full(target, format, line.keyResult(), line.since()));
        target.setVisible(line.since() != null);
        var direction = direction(line.since());
        target.setClassName("since-up", direction.equals("since-up"));
        target.setClassName("since-down", direction.equals("since-down"));
    }

    /** "since-up" when progress rose, "since-down" when it fell, else nothing. */
    static String direction(KeyResultSince since) {
        if (since == null || since.progressPoints() == 0) {
            return "";
        }
        return since.progressPoints() > 0 ? "since-up" : "since-down";
    }
}
