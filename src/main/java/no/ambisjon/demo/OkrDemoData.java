package no.ambisjon.demo;

import no.ambisjon.base.ui.TimeText;
import static no.ambisjon.okr.Category.ACTIVITY;
import static no.ambisjon.okr.Category.QUALITY;
import static no.ambisjon.okr.Category.VOLUME;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.Grades;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.CheckInRepository;
import no.ambisjon.okr.domain.Comment;
import no.ambisjon.okr.domain.CommentRepository;
import no.ambisjon.okr.domain.GradeLine;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveEvaluation;
import no.ambisjon.okr.domain.ObjectiveEvaluationRepository;
import no.ambisjon.okr.domain.ObjectiveRepository;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.audit.domain.AuditEntry;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.base.change.ChangeKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each demo customer's OKRs: the current quarter with weekly check-ins up to today (some key
 * results behind, one lower-is-better, one yes/no), a few comments, and a finished previous quarter:
 * graded, but for Ås Økogård's, which waits for its grade.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OkrDemoData {

    /** A key result and how it has moved: {@code pace} 1.0 keeps up with the quarter, 0.5 is half as fast. */
    record Kr(String title, Category category, Measure measure, double start, double target, String unit,
              double pace, Confidence confidence, String comment) {
    }

    record Goal(String title, String description, ObjectiveStatus status, List<Kr> keyResults) {
    }

    private static final Measure NUMBER = Measure.NUMBER;
    private static final Measure PERCENT = Measure.PERCENT;
    private static final Measure NOK = Measure.MONEY;
    private static final Measure YES_NO = Measure.YES_NO;

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final CommentRepository comments;
    private final AuditEntryRepository audit;
    private final ObjectiveEvaluationRepository evaluations;
    private final LocalDate today;

    OkrDemoData(ObjectiveRepository objectives, KeyResultRepository keyResults, CheckInRepository checkIns,
                CommentRepository comments, AuditEntryRepository audit, ObjectiveEvaluationRepository evaluations,
                Clock clock) {
        this.audit = audit;
        this.evaluations = evaluations;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.comments = comments;
        this.today = LocalDate.now(clock);
    }

    void forFjellsport(long customerId, UserAccount consultant, UserAccount editor) {
        var now = Quarter.of(today);
        add(customerId, now, consultant, editor, new Goal(
                "Fjellsport blir førstevalget for turutstyr på nett i Midt-Norge",
                "Flere finner, kjøper og anbefaler Fjellsport når de skal på tur.", ObjectiveStatus.ACTIVE, List.of(
                new Kr("Besøk på nettstedet", VOLUME, NUMBER, 42_000, 60_000, "besøk", 1.0, Confidence.ON_TRACK,
                        "Kampanjen i uke 44 ga et tydelig løft."),
                new Kr("Omsetning fra nettbutikken", Category.MONEY, NOK, 1_200_000, 1_800_000, null, 0.55,
                        Confidence.AT_RISK, "Lavere snittkurv enn ventet. Vi tester gratis frakt over 1 000 kr."),
                new Kr("Snittkarakter i kundeomtaler", QUALITY, NUMBER, 4.1, 4.6, "stjerner", 1.1,
                        Confidence.ON_TRACK, null),
                new Kr("Andel returer", QUALITY, PERCENT, 12, 8, null, 0.9, Confidence.ON_TRACK,
                        "Bedre størrelsesguide på skoene virker."))));
        add(customerId, now, consultant, editor, new Goal(
                "Fjellsport får et nyhetsbrev folk gleder seg til",
                "Nyhetsbrevet skal gi turtips, ikke bare tilbud.", ObjectiveStatus.ACTIVE, List.of(
                new Kr("Abonnenter på nyhetsbrevet", VOLUME, NUMBER, 8_000, 11_000, "abonnenter", 0.85,
                        Confidence.ON_TRACK, null),
                new Kr("Åpningsrate på nyhetsbrev", QUALITY, PERCENT, 28, 40, null, 0.4, Confidence.OFF_TRACK,
                        "Emnelinjene må bli bedre. Vi A/B-tester fra neste utsendelse."),
                new Kr("Velkomstserien for nye abonnenter er lansert", ACTIVITY, YES_NO, 0, 1, null, 3.0,
                        Confidence.ON_TRACK, null))));
        add(customerId, now.previous(), consultant, editor, new Goal(
                "Fjellsport selger flere telt i sommersesongen", null, ObjectiveStatus.ACHIEVED, List.of(
                new Kr("Solgte telt", VOLUME, NUMBER, 350, 600, "telt", 1.05, Confidence.ON_TRACK, null),
                new Kr("Omsetning fra telt", Category.MONEY, NOK, 900_000, 1_400_000, null, 1.1, Confidence.ON_TRACK, null),
                new Kr("Snittkarakter på telt", QUALITY, NUMBER, 4.2, 4.5, "stjerner", 1.0, Confidence.ON_TRACK, null))));
    }

    /** Bølgen has not checked in for three weeks: the agency overview flags it. */
    void forBolgen(long customerId, UserAccount consultant, UserAccount editor) {
        var now = Quarter.of(today);
        var lastCheckIns = today.minusDays(20);
        add(customerId, now, consultant, editor, new Goal(
                "Bølgen Kafé fyller kafeen også på hverdager",
                "Jevnere omsetning gjennom uka gir tryggere drift.", ObjectiveStatus.ACTIVE, List.of(
                new Kr("Bordbestillinger på nett", VOLUME, NUMBER, 300, 520, "bestillinger", 1.0,
                        Confidence.ON_TRACK, null),
                new Kr("Omsetning mandag til torsdag", Category.MONEY, NOK, 180_000, 240_000, null, 0.5,
                        Confidence.AT_RISK, "Lunsjtilbudet treffer ikke ennå. Ny meny fra 1. desember."),
                new Kr("Snittkarakter på Google", QUALITY, NUMBER, 4.3, 4.7, "stjerner", 1.0,
                        Confidence.ON_TRACK, null),
                new Kr("Ny lunsjmeny er lansert", ACTIVITY, YES_NO, 0, 1, null, 0.0, Confidence.AT_RISK,
                        "Menyen er klar, men vi venter på nye skilt til vinduet."))), lastCheckIns);
        add(customerId, now, consultant, editor, new Goal(
                "Bølgen Kafé blir kjent for catering til bedrifter",
                "Catering skal bli et eget bein å stå på.", ObjectiveStatus.ACTIVE, List.of(
                new Kr("Forespørsler om catering", Category.MONEY, NUMBER, 10, 40, "leads", 1.8, Confidence.ON_TRACK,
                        "LinkedIn-annonsene gir flest forespørsler."),
                new Kr("Kostnad per lead", Category.MONEY, NOK, 450, 250, null, 0.8, Confidence.ON_TRACK, null),
                new Kr("Andel bedrifter som bestiller igjen", QUALITY, PERCENT, 20, 35, null, 0.45,
                        Confidence.OFF_TRACK, null))), lastCheckIns);
        add(customerId, now.previous(), consultant, editor, new Goal(
                "Bølgen Kafé får flere til å bestille bakst på nett", null, ObjectiveStatus.MISSED, List.of(
                new Kr("Nettbestillinger av bakst", VOLUME, NUMBER, 120, 300, "bestillinger", 0.7,
                        Confidence.OFF_TRACK, null),
                new Kr("Omsetning fra nettbestillinger", Category.MONEY, NOK, 40_000, 90_000, null, 0.65,
                        Confidence.OFF_TRACK, null))));
    }

    void forOkogard(long customerId, UserAccount consultant, UserAccount editor) {
        var now = Quarter.of(today);
        add(customerId, now, consultant, editor, new Goal(
                "Ås Økogård når flere familier med grønnsakskassen",
                "Flere faste kunder gir gården forutsigbar inntekt hele året.", ObjectiveStatus.ACTIVE, List.of(
                new Kr("Abonnenter på grønnsakskassen", VOLUME, NUMBER, 250, 400, "abonnenter", 0.9,
                        Confidence.ON_TRACK, null),
                new Kr("Omsetning fra abonnement", Category.MONEY, NOK, 300_000, 450_000, null, 0.85,
                        Confidence.ON_TRACK, null),
                new Kr("Andel som sier opp innen tre måneder", QUALITY, PERCENT, 18, 10, null, 0.35,
                        Confidence.OFF_TRACK, "Mange sier opp etter ferien. Vi prøver en pausefunksjon."),
                new Kr("Nyhetsbrev sendt", ACTIVITY, NUMBER, 0, 6, "nyhetsbrev", 1.0, Confidence.ON_TRACK, null))));
        add(customerId, now, consultant, editor, new Goal(
                "Ås Økogård blir synlig når folk søker etter økologisk mat",
                null, ObjectiveStatus.ACTIVE, List.of(
                new Kr("Andel trafikk fra organisk søk", VOLUME, PERCENT, 22, 35, null, 1.05,
                        Confidence.ON_TRACK, null),
                new Kr("ROAS på søkeannonser", Category.MONEY, NUMBER, 3.2, 5, "x", 0.7, Confidence.AT_RISK, null),
                new Kr("Produktsidene viser kundeomtaler", QUALITY, YES_NO, 0, 1, null, 0.0, Confidence.AT_RISK,
                        "Venter på ny versjon av nettbutikken."))));
        add(customerId, now.previous(), consultant, editor, new Goal(
                "Ås Økogård får sommerens bær ut til flere", null, ObjectiveStatus.ACHIEVED, List.of(
                new Kr("Solgte kurver med bær", VOLUME, NUMBER, 800, 1_500, "kurver", 1.1, Confidence.ON_TRACK, null),
                new Kr("Omsetning fra bær", Category.MONEY, NOK, 120_000, 220_000, null, 1.0, Confidence.ON_TRACK, null))));
    }

    private void add(long customerId, Quarter quarter, UserAccount consultant, UserAccount editor, Goal goal) {
        add(customerId, quarter, consultant, editor, goal, today);
    }

    /** @param lastCheckIns no check-ins after this day: a customer whose OKRs are going stale */
    private void add(long customerId, Quarter quarter, UserAccount consultant, UserAccount editor, Goal goal,
                     LocalDate lastCheckIns) {
        var objective = new Objective(customerId, quarter);
        objective.describe(goal.title(), goal.description(), goal.status());
        objective.ownedBy(consultant.getId(), null);
        objectives.save(objective);
        var grades = new ArrayList<GradeLine>();
        for (var spec : goal.keyResults()) {
            var kr = new KeyResult(objective.getId(), customerId);
            // The customer's editor owns most key results, the consultant every third: the rows show both.
            var owner = goal.keyResults().indexOf(spec) % 3 == 2 ? consultant : editor;
            var direction = spec.target() < spec.start() ? Direction.DOWN : Direction.UP;
            kr.define(spec.title(), spec.category(), spec.measure(), decimal(spec.start(), spec), decimal(spec.target(), spec),
                    spec.unit(), direction);
            kr.ownedBy(owner.getId(), null);
            keyResults.save(kr);
            var last = checkInWeekly(quarter, kr, spec, consultant, editor, lastCheckIns);
            var suggested = Grades.suggested(Progress.of(kr.getMeasure(), kr.getDirection(), kr.getStartValue(),
                    kr.getTargetValue(), last == null ? kr.getStartValue() : last));
            grades.add(new GradeLine(kr.getId(), suggested, suggested, null));
            if (spec.comment() != null) {
                comments.save(Comment.onKeyResult(kr, spec.comment(), consultant.getId(), consultant.getDisplayName(),
                        at(today.isBefore(quarter.lastDay()) ? today.minusDays(2) : quarter.lastDay().minusDays(3))));
            }
        }
        if (quarter.isOver(today) && !goal.title().equals(WAITS_FOR_ITS_GRADE)) {
            evaluate(objective, grades, consultant, quarter.lastDay().plusDays(3));
        }
    }

    /** A past quarter is evaluated and closed, with the grades its progress suggests and a few words. */
    private void evaluate(Objective objective, List<GradeLine> grades, UserAccount consultant, LocalDate on) {
        var words = RETROSPECTIVES.getOrDefault(objective.getTitle(), new String[2]);
        var evaluation = new ObjectiveEvaluation(objective);
        evaluation.write(grades, Grades.mean(grades.stream().map(GradeLine::grade).toList()), words[0], words[1]);
        evaluation.close(at(on), consultant.getDisplayName());
        evaluations.save(evaluation);
        audit.save(new AuditEntry(at(on), consultant.getUsername(), ChangeKind.EVALUATION_CLOSED,
                objective.getCustomerId(), objective.getTitle()));
    }

    /** One past objective nobody has graded yet, so that the demo has an evaluation to try. */
    static final String WAITS_FOR_ITS_GRADE = "Ås Økogård får sommerens bær ut til flere";

    /** What worked and what changes next, for the demo customers' past quarters. */
    private static final Map<String, String[]> RETROSPECTIVES = Map.of(
            "Fjellsport selger flere telt i sommersesongen", new String[] {
                    "Kampanjen i fellesferien og nye produktbilder av teltene.",
                    "Vi starter sesongkampanjen to uker tidligere."},
            "Bølgen Kafé får flere til å bestille bakst på nett", new String[] {
                    "Forhåndsbestilling til helgen ble godt tatt imot.",
                    "Bestillingen må bli enklere på mobil: vi tester et kortere skjema."});

    /** One check-in a week up to today (or the quarter's end), moving at the key result's pace; returns the last value. */
    private BigDecimal checkInWeekly(Quarter quarter, KeyResult kr, Kr spec, UserAccount consultant, UserAccount editor,
                               LocalDate until) {
        var day = quarter.firstDay().plusDays(7);
        var week = 0;
        BigDecimal latest = null;
        while (!day.isAfter(until) && !day.isAfter(quarter.lastDay())) {
            var expected = Progress.expected(quarter, day);
            var share = Math.min(1.0, spec.pace() * expected + 0.02 * Math.sin(week * 1.7));
            var raw = spec.measure() == YES_NO
                    ? (share >= 1.0 ? 1 : 0)
                    : spec.start() + (spec.target() - spec.start()) * Math.max(0, share);
            var last = day.plusDays(7).isAfter(until) || day.plusDays(7).isAfter(quarter.lastDay());
            var author = week % 2 == 0 ? consultant : editor;
            var value = decimal(raw, spec);
            checkIns.save(new CheckIn(kr.getId(), kr.getCustomerId(), value,
                    last ? spec.confidence() : Confidence.ON_TRACK, null, author.getId(), author.getDisplayName(),
                    at(day)));
            // The audit log as it would read had these check-ins been made in the app.
            audit.save(new AuditEntry(at(day), author.getUsername(), ChangeKind.CHECK_IN, kr.getCustomerId(),
                    kr.getTitle() + ": " + value.toPlainString()));
            latest = value;
            day = day.plusDays(7);
            week++;
        }
        return latest;
    }

    private static BigDecimal decimal(double value, Kr spec) {
        var scale = Math.abs(spec.target() - spec.start()) >= 100 ? 0 : 1;
        var rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return spec.measure() == NOK && Math.abs(value) >= 10_000
                ? rounded.setScale(-2, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(TimeText.ZONE).toInstant();
    }
}
