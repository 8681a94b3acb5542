package no.ambisjon.coach;

import java.io.Serializable;
import java.util.List;

/**
 * The coach's answer to one of the guide's questions. The text is a bundle key ({@code coach.O1.attention})
 * with its arguments, so that it reads in the user's language; {@code suggestions} are names of
 * key-result templates that would fix it (K2).
 *
 * @param answerable the user may answer it yes (or take a yes back): a question only people can answer,
 *                   about an objective that is not history yet
 */
public record Finding(CheckId check, FindingStatus status, String messageKey, List<Object> args,
                      List<String> suggestions, boolean answerable) implements Serializable {

    Finding(CheckId check, FindingStatus status, String messageKey, List<Object> args, List<String> suggestions) {
        this(check, status, messageKey, args, suggestions, false);
    }

    static Finding of(CheckId check, FindingStatus status, String message, Object... args) {
        return new Finding(check, status, "coach." + check + "." + message, List.of(args), List.of());
    }

    Finding suggesting(List<String> templates) {
        return new Finding(check, status, messageKey, args, List.copyOf(templates), answerable);
    }

    /** As the coach hands it out: answerable when the question is the user's and may still be answered. */
    Finding asked(boolean stillOpen) {
        return new Finding(check, status, messageKey, args, suggestions,
                stillOpen && check.isConfirmedByUser() && status != FindingStatus.NEEDS_ATTENTION);
    }

    /** The bundle key of the yes a user gives to this question, phrased for it. */
    public String yesKey() {
        return "coach." + check + ".yes";
    }

    public String questionKey() {
        return "coach." + check + ".question";
    }

    public boolean passed() {
        return status == FindingStatus.PASSED;
    }
}
