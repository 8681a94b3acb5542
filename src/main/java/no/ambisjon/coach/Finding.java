package no.ambisjon.coach;

import java.io.Serializable;
import java.util.List;

/**
 * The coach's answer to one control question. The text is a bundle key ({@code coach.O1.attention})
 * with its arguments, so that it reads in the user's language; {@code suggestions} are names of
 * key-result templates that would fix it (K2).
 */
public record Finding(CheckId check, FindingStatus status, String messageKey, List<Object> args,
                      List<String> suggestions) implements Serializable {

    static Finding of(CheckId check, FindingStatus status, String message, Object... args) {
        return new Finding(check, status, "coach." + check + "." + message, List.of(args), List.of());
    }

    Finding suggesting(List<String> templates) {
        return new Finding(check, status, messageKey, args, List.copyOf(templates));
    }

    public String questionKey() {
        return "coach." + check + ".question";
    }

    public boolean passed() {
        return status == FindingStatus.PASSED;
    }
}
