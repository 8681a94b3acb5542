package no.ambisjon.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the current request came from, as the servlet container sees it (behind a proxy,
 * with {@code server.forward-headers-strategy} set, the client's own).
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : UNKNOWN;
    }
}
