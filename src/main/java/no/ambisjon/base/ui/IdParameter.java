package no.ambisjon.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import no.ambisjon.base.NotFoundException;

/** The numeric {@code :id} of an address; anything else is "not found", as for an id that does not exist. */
public final class IdParameter {

    private IdParameter() {
    }

    public static long of(BeforeEnterEvent event) {
        try {
            return Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
