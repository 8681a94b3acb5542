package no.ambisjon.okr;

import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.security.Owner;
import org.springframework.stereotype.Component;

/**
 * Checks the owner chosen for an objective or a key result: a person who may see the customer now.
 * The owner it already has stays allowed, so that saving something whose owner has since been
 * deactivated, or whose owner is a name from before owners were people, keeps them.
 */
@Component
class OwnerChoices {

    private final CustomerPeople people;

    OwnerChoices(CustomerPeople people) {
        this.people = people;
    }

    /**
     * @param currentId    the person who owns it now, or {@code null}
     * @param currentGuest the name it is owned by now without a person, or {@code null}
     * @return the owner to keep, or {@code null} for none
     * @throws IllegalArgumentException for a person who may not see the customer, or a new name typed
     */
    Owner checked(long customerId, Long currentId, String currentGuest, Owner chosen) {
        if (chosen == null) {
            return null;
        }
        if (chosen.isPerson()) {
            return chosen.personId().equals(currentId) ? chosen
                    : Owner.of(people.chosen(new CustomerId(customerId), chosen.personId()));
        }
        if (chosen.name() != null && chosen.name().equals(currentGuest)) {
            return chosen;
        }
        throw new IllegalArgumentException("An owner is a person who may see the customer");
    }
}
