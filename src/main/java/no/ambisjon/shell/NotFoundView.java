package no.ambisjon.shell;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.base.NotFoundException;

/** What a service answers for an id that does not exist or that belongs to someone else. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends NotFoundPage<NotFoundException> {
}
