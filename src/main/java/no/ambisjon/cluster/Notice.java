package no.ambisjon.cluster;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * What a node tells the others of a change: enough to know whose screens and sessions it touches,
 * never what it said (titles and values stay in the database).
 */
record Notice(String node, ChangeKind kind, Long customerId, Long userId) implements Change {

    static final String CHANNEL = "ambisjon_changes";

    static Notice of(String node, Change change) {
        return new Notice(node, change.kind(), change.customerId(), change.userId());
    }

    /** A notification's payload, as {@link #payload()} wrote it; {@code null} when it is not one. */
    static Notice parse(String payload) {
        var parts = payload.split(" ");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new Notice(parts[0], ChangeKind.valueOf(parts[1]), id(parts[2]), id(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String payload() {
        return String.join(" ", node, kind.name(), text(customerId), text(userId));
    }

    @Override
    public String subject() {
        return "";
    }

    private static Long id(String text) {
        return "-".equals(text) ? null : Long.valueOf(text);
    }

    private static String text(Long id) {
        return id == null ? "-" : id.toString();
    }
}
