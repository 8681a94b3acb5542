package no.ambisjon.security;

import java.io.Serializable;
import java.util.Map;

/**
 * Who owns an objective or a key result, or does an action item: a person with a login, known by
 * id and shown by their name as it is now, or a guest known only by the name typed.
 *
 * @param personId {@code null} for a guest
 * @param active   whether the person may still sign in (a guest always counts as active)
 */
public record Owner(Long personId, String name, boolean active) implements Serializable {

    public static Owner guest(String name) {
        return new Owner(null, name, true);
    }

    public static Owner of(Person person) {
        return new Owner(person.id(), person.displayName(), true);
    }

    /**
     * The owner of something that stores a person's id and a guest's name.
     *
     * @param named the people by id ({@link People#named}); a person missing there is shown by id alone
     * @return {@code null} when there is no owner
     */
    public static Owner of(Long personId, String guestName, Map<Long, Owner> named) {
        if (personId != null) {
            return named.getOrDefault(personId, new Owner(personId, "#" + personId, false));
        }
        return guestName == null ? null : guest(guestName);
    }

    public boolean isPerson() {
        return personId != null;
    }

    /** Whether this is the person with {@code userId}. */
    public boolean is(long userId) {
        return personId != null && personId == userId;
    }
}
