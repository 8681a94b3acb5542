package no.ambisjon.base.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which rule of the database a refused write broke, so that each is told as what it is. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether {@code refused} broke the constraint named {@code name} (as the migrations name it). */
    public static boolean broke(DataIntegrityViolationException refused, String name) {
        var wanted = name.toLowerCase(Locale.ROOT);
        return Stream.iterate((Throwable) refused, Objects::nonNull, Throwable::getCause)
                .anyMatch(cause -> cause instanceof ConstraintViolationException violation
                        && violation.getConstraintName() != null
                        && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
