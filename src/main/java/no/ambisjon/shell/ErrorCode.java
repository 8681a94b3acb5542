package no.ambisjon.shell;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short code for an unforeseen error: the user quotes it, and the log has the details under it. */
final class ErrorCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorCode() {
    }

    static String next() {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
