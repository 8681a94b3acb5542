package no.ambisjon.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.ApplicationConstants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server refused of one request from a page: invocations that no page of the application
 * sends (events for elements that do not exist or take no input, calls of methods that are not
 * published, updates of properties the client may not set, data no listener can read), and the
 * failures that followed the request's first unforeseen error. Gathered while the request runs and
 * written as one line when it ends, however much it carried; a request with a refusal is answered
 * 400 Bad Request ({@link RefusingUidlHandler}). See docs/decisions/0019-forged-requests.md.
 */
final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    private static final String ATTRIBUTE = Refusals.class.getName();
    /** Where Vaadin hands each of a client's invocations on: what a client can break below it, it broke alone. */
    private static final String DISPATCH = "com.vaadin.flow.server.communication.ServerRpcHandler";
    private static final String APPLICATION = "no.ambisjon.";
    private static final int KINDS_SHOWN = 5;
    private static final String OTHERS = "of other kinds";
    private static final int DESCRIPTION_LENGTH = 160;
    private static final int MAX_CAUSES = 20;

    private final Map<String, Integer> refused = new LinkedHashMap<>();
    private final Map<String, Integer> fromVaadin = new LinkedHashMap<>();
    private final Map<String, Integer> moreErrors = new LinkedHashMap<>();
    private String firstErrorCode;
    private String ui;

    private Refusals() {
    }

    /** The record of the request being handled, if it carries a page's invocations (an ordinary one or over push). */
    static Optional<Refusals> current() {
        var request = VaadinRequest.getCurrent();
        if (request == null || !(HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH))) {
            return Optional.empty();
        }
        var refusals = request.getAttribute(ATTRIBUTE) instanceof Refusals kept ? kept : new Refusals();
        request.setAttribute(ATTRIBUTE, refusals);
        if (refusals.ui == null && UI.getCurrent() != null) {
            var page = UI.getCurrent();
            refusals.ui = page.getUIId() + " (/" + page.getInternals().getActiveViewLocation().getPath() + ")";
        }
        return Optional.of(refusals);
    }

    /**
     * Whether a failure can only have come from what the client sent: thrown while Vaadin handled one
     * of its invocations, with none of the application's code between the hand-over and the throw.
     * A failure of the application's own code, or of a component it called, has its frames.
     */
    static boolean causedByTheClientAlone(Throwable thrown) {
        return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause).limit(MAX_CAUSES)
                .allMatch(Refusals::thrownBelowDispatch);
    }

    private static boolean thrownBelowDispatch(Throwable thrown) {
        for (var frame : thrown.getStackTrace()) {
            if (frame.getClassName().equals(DISPATCH)) {
                return true;
            }
            if (frame.getClassName().startsWith(APPLICATION)) {
                return false;
            }
        }
        return false;
    }

    /** The record of a request, if anything has been refused or counted in it. */
    static Optional<Refusals> of(VaadinRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Refusals refusals ? Optional.of(refusals) : Optional.empty();
    }

    /** An invocation the server refused: the client gets 400 Bad Request. */
    void refuse(Throwable thrown) {
        count(refused, thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
    }

    /** What Vaadin logs about the client's invocations it ignored or refused. */
    void vaadinSaid(String message) {
        count(fromVaadin, message);
    }

    boolean anyRefused() {
        return !refused.isEmpty();
    }

    /**
     * Whether this is the request's first unforeseen error, to be shown and logged in full under its
     * code; any later one is counted in the request's line instead.
     */
    boolean first(Throwable thrown, String code) {
        if (firstErrorCode == null) {
            firstErrorCode = code;
            return true;
        }
        count(moreErrors, thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
        return false;
    }

    /** Writes the request's one line, if there is anything to say, and forgets it. */
    static void end(VaadinRequest request) {
        var kept = of(request);
        if (kept.isEmpty()) {
            return;
        }
        var refusals = kept.get();
        request.removeAttribute(ATTRIBUTE);
        if (refusals.refused.isEmpty() && refusals.fromVaadin.isEmpty() && refusals.moreErrors.isEmpty()) {
            return;
        }
        var what = Stream.of(
                refusals.refused.isEmpty() ? null : "refused " + kinds(refusals.refused),
                refusals.fromVaadin.isEmpty() ? null : "Vaadin said " + kinds(refusals.fromVaadin),
                refusals.moreErrors.isEmpty() ? null
                        : "failed again after error " + refusals.firstErrorCode + ": " + kinds(refusals.moreErrors))
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        log.warn("Request of UI {} in session {} of {} from {}: {}",
                oneLine(Objects.requireNonNullElse(refusals.ui, request.getParameter(ApplicationConstants.UI_ID_PARAMETER))),
                session(request), Objects.requireNonNullElse(request.getRemoteUser(), "nobody signed in"),
                request.getRemoteAddr(), what);
    }

    /** Counts one more of a kind; past {@value #KINDS_SHOWN} kinds, only how many more there were. */
    private static void count(Map<String, Integer> kinds, String description) {
        var kind = oneLine(description);
        if (kinds.size() >= KINDS_SHOWN && !kinds.containsKey(kind)) {
            kind = OTHERS;
        }
        kinds.merge(kind, 1, Integer::sum);
    }

    private static String kinds(Map<String, Integer> counted) {
        return counted.entrySet().stream().map(kind -> kind.getValue() + " × " + kind.getKey())
                .collect(Collectors.joining(", "));
    }

    /** The client chose much of what a description says: it gets no line breaks and no great length. */
    private static String oneLine(String text) {
        var flat = String.valueOf(text).replaceAll("\\p{Cntrl}", " ");
        return flat.length() > DESCRIPTION_LENGTH ? flat.substring(0, DESCRIPTION_LENGTH) + "…" : flat;
    }

    /** Names the session without the id that would let a reader of the log take it over. */
    private static String session(VaadinRequest request) {
        try {
            var session = request.getWrappedSession(false);
            if (session == null) {
                return "none";
            }
            var hash = MessageDigest.getInstance("SHA-256").digest(session.getId().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(Arrays.copyOf(hash, 4));
        } catch (IllegalStateException ended) {
            return "ended";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
