package no.ambisjon.coach;

import static no.ambisjon.coach.FindingStatus.NEEDS_ATTENTION;
import static no.ambisjon.coach.FindingStatus.PASSED;
import static no.ambisjon.coach.FindingStatus.TO_CONFIRM;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The agency's OKR guide as a checklist: one or more findings per control question (O1-O6, K1-K5),
 * computed from plain values, fast enough to run on every keystroke. It advises; it never blocks.
 */
public final class Coach {

    /** The guide's three main categories; every objective wants a key result in each (K2). */
    static final List<String> MAIN_CATEGORIES = List.of("VOLUME", "MONEY", "QUALITY");

    /** A word has a letter or a digit: a dash between spaces is not one. */
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");
    /**
     * A sentence ends at a full stop, ! or ? before a capital letter, but not after a number: "15. desember"
     * and "1. plass" are ordinals.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\p{N})[.!?]+\\s+(?=[\\p{Lu}«\"])");

    private final CoachSettings settings;
    private final Map<String, List<String>> examples;

    /** @param examples the guide's example key results (template names) per category name */
    public Coach(CoachSettings settings, Map<String, List<String>> examples) {
        this.settings = settings;
        this.examples = Map.copyOf(examples);
    }

    public List<Finding> review(CoachInput in) {
        var findings = new ArrayList<Finding>();
        findings.add(customerName(in));
        findings.add(confirmable(CheckId.O2, in));
        findings.add(ambition(in));
        findings.add(confirmable(CheckId.O4, in));
        findings.add(withinQuarter(in));
        findings.add(easyToRemember(in));
        findings.add(measurable(in));
        findings.add(mainCategories(in));
        findings.addAll(activities(in));
        findings.add(highEnough(in));
        findings.add(in.keyResults().isEmpty() && !in.confirmed().contains(CheckId.K5)
                ? noKeyResults(CheckId.K5) : confirmable(CheckId.K5, in));
        return findings.stream().map(f -> f.asked(!in.settled())).toList();
    }

    /** How many of the eleven questions are answered well: a question counts when all its findings passed. */
    public static Score score(List<Finding> findings) {
        var byCheck = findings.stream().collect(Collectors.groupingBy(Finding::check,
                Collectors.reducing(true, Finding::passed, Boolean::logicalAnd)));
        var passed = (int) byCheck.values().stream().filter(Boolean::booleanValue).count();
        return new Score(passed, CheckId.values().length);
    }

    public record Score(int passed, int total) implements java.io.Serializable {
        public boolean complete() {
            return passed == total;
        }
    }

    /**
     * What a confirmation of {@code check} was given for. When it changes materially, the stored
     * confirmation no longer matches and the question is asked again.
     */
    public static String fingerprint(CheckId check, CoachInput in) {
        var title = CustomerNames.normalise(in.title());
        var numbers = in.keyResults().stream()
                .map(kr -> kr.title().strip() + ":" + plain(kr.start()) + "->" + plain(kr.target()))
                .sorted().collect(Collectors.joining("|"));
        var subject = switch (check) {
            case O2, O4 -> title;
            case O3 -> title + "#" + numbers;
            case O5 -> title + "#" + in.quarterLastDay();
            case K4, K5 -> numbers;
            default -> throw new IllegalArgumentException(check + " is not confirmed by the user");
        };
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two wordings differ in more than case, spacing and punctuation. */
    public static boolean materiallyDifferent(String a, String b) {
        return !CustomerNames.normalise(a).equals(CustomerNames.normalise(b));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private Finding customerName(CoachInput in) {
        var found = CustomerNames.foundIn(in.title(), in.customerName(), in.shortNames());
        if (found != null) {
            return Finding.of(CheckId.O1, PASSED, "passed", found);
        }
        var suggestion = in.shortNames().isEmpty()
                ? CustomerNames.candidates(in.customerName(), List.of()).getLast() : in.shortNames().getFirst();
        return Finding.of(CheckId.O1, NEEDS_ATTENTION, "attention", suggestion);
    }

    private static Finding confirmable(CheckId check, CoachInput in) {
        if (in.confirmed().contains(check)) {
            return Finding.of(check, PASSED, "passed");
        }
        return in.settled() ? unanswered(check) : Finding.of(check, TO_CONFIRM, "confirm");
    }

    /** A question nobody answered while it could be: history now, neither asked nor counted. */
    private static Finding unanswered(CheckId check) {
        return new Finding(check, TO_CONFIRM, "coach.unanswered", List.of(), List.of());
    }

    /** K3-K5 judge the key results; without any there is nothing to judge yet. */
    private static Finding noKeyResults(CheckId check) {
        return new Finding(check, NEEDS_ATTENTION, "coach.no-key-results", List.of(), List.of());
    }

    /** O3: the user judges the ambition; the mean relative move of the key results is the hint. */
    private static Finding ambition(CoachInput in) {
        var moves = in.keyResults().stream().filter(kr -> !kr.isYesNo()).map(Coach::relativeMove)
                .filter(java.util.Objects::nonNull).toList();
        var status = in.confirmed().contains(CheckId.O3) ? PASSED : TO_CONFIRM;
        if (status == TO_CONFIRM && in.settled()) {
            return unanswered(CheckId.O3);
        }
        if (moves.isEmpty()) {
            return Finding.of(CheckId.O3, status, status == PASSED ? "passed" : "confirm");
        }
        var mean = moves.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Finding.of(CheckId.O3, status, status == PASSED ? "passed.ambition" : "confirm.ambition",
                Math.round(mean * 100));
    }

    private static Finding withinQuarter(CoachInput in) {
        if (in.quarterLastDay() == null) {
            return Finding.of(CheckId.O5, NEEDS_ATTENTION, "no-quarter");
        }
        // A past quarter's objective is not told to move: whether it was reached is the evaluation's to say.
        return confirmable(CheckId.O5, in);
    }

    private Finding easyToRemember(CoachInput in) {
        var title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty()) {
            return Finding.of(CheckId.O6, NEEDS_ATTENTION, "empty");
        }
        var words = (int) WORD.matcher(title).results().count();
        var sentences = SENTENCE_END.split(title.replaceAll("[.!?]+$", "")).length;
        if (words > settings.maxTitleWords() || title.length() > settings.maxTitleLength()) {
            return Finding.of(CheckId.O6, NEEDS_ATTENTION, "too-long", words, settings.maxTitleWords());
        }
        if (sentences > 1) {
            return Finding.of(CheckId.O6, NEEDS_ATTENTION, "one-sentence");
        }
        return Finding.of(CheckId.O6, PASSED, "passed", words);
    }

    private static Finding measurable(CoachInput in) {
        if (in.keyResults().isEmpty()) {
            return Finding.of(CheckId.K1, NEEDS_ATTENTION, "none");
        }
        var vague = in.keyResults().stream()
                .filter(kr -> !kr.isYesNo() && (kr.target() == null || kr.start() == null
                        || kr.target().compareTo(kr.start()) == 0))
                .map(CoachInput.KeyResultFacts::title).toList();
        return vague.isEmpty() ? Finding.of(CheckId.K1, PASSED, "passed")
                : Finding.of(CheckId.K1, NEEDS_ATTENTION, "attention", String.join(", ", vague));
    }

    private Finding mainCategories(CoachInput in) {
        var present = in.keyResults().stream().map(CoachInput.KeyResultFacts::category).collect(Collectors.toSet());
        var missing = MAIN_CATEGORIES.stream().filter(c -> !present.contains(c)).toList();
        if (missing.isEmpty()) {
            return Finding.of(CheckId.K2, PASSED, "passed");
        }
        if (in.settled()) {
            return new Finding(CheckId.K2, NEEDS_ATTENTION, "coach.K2.missing", List.copyOf(missing), List.of());
        }
        return new Finding(CheckId.K2, NEEDS_ATTENTION, "coach.K2.attention", List.copyOf(missing), List.of())
                .suggesting(missing.stream().flatMap(c -> examples.getOrDefault(c, List.of()).stream()).toList());
    }

    private static List<Finding> activities(CoachInput in) {
        if (in.keyResults().isEmpty()) {
            return List.of(noKeyResults(CheckId.K3));
        }
        var activities = in.keyResults().stream().filter(CoachInput.KeyResultFacts::isActivity).toList();
        if (activities.isEmpty()) {
            return List.of(Finding.of(CheckId.K3, PASSED, "passed"));
        }
        return activities.stream().map(kr -> Finding.of(CheckId.K3, NEEDS_ATTENTION, "attention", kr.title())).toList();
    }

    /** K4: the user judges; targets that barely move from their start are asked about by name. */
    private Finding highEnough(CoachInput in) {
        var timid = in.keyResults().stream().filter(kr -> !kr.isYesNo())
                .filter(kr -> {
                    var move = relativeMove(kr);
                    return move != null && move > 0 && move < settings.smallChange();
                })
                .map(CoachInput.KeyResultFacts::title).toList();
        if (in.confirmed().contains(CheckId.K4)) {
            return Finding.of(CheckId.K4, PASSED, "passed");
        }
        if (in.keyResults().isEmpty()) {
            return noKeyResults(CheckId.K4);
        }
        if (in.settled()) {
            return unanswered(CheckId.K4);
        }
        return timid.isEmpty() ? Finding.of(CheckId.K4, TO_CONFIRM, "confirm")
                : Finding.of(CheckId.K4, TO_CONFIRM, "small", String.join(", ", timid),
                        Math.round(settings.smallChange() * 100));
    }

    /** How far the target is from the start, relative to the start, in either direction; null from 0. */
    private static Double relativeMove(CoachInput.KeyResultFacts kr) {
        if (kr.start() == null || kr.target() == null || kr.start().signum() == 0) {
            return null;
        }
        return kr.target().subtract(kr.start()).abs().divide(kr.start().abs(), MathContext.DECIMAL64).doubleValue();
    }
}
