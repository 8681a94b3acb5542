package no.ambisjon.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * What Vaadin logs about a client's invocations it ignores or refuses (one line each: an event for
 * an inert element, a method nobody published, a return channel that is gone) goes into the
 * request's {@link Refusals} instead, so that a request of 400 such invocations leaves one line, not 400.
 */
class RefusalsInVaadinsLog extends TurboFilter {

    /** Loggers that speak only of what a client sent. */
    private static final List<String> ABOUT_CLIENT_INPUT = List.of(
            "com.vaadin.flow.server.communication.rpc.",
            "com.vaadin.flow.server.communication.ReturnChannelHandler",
            "com.vaadin.flow.internal.nodefeature.ElementListenerMap",
            "com.vaadin.flow.internal.nodefeature.ElementPropertyMap");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || !level.isGreaterOrEqual(Level.INFO)
                || ABOUT_CLIENT_INPUT.stream().noneMatch(logger.getName()::startsWith)) {
            return FilterReply.NEUTRAL;
        }
        var refusals = Refusals.current();
        if (refusals.isEmpty()) {
            return FilterReply.NEUTRAL;
        }
        refusals.get().vaadinSaid(MessageFormatter.arrayFormat(format, params).getMessage());
        return FilterReply.DENY;
    }
}
