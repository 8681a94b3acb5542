package no.ambisjon.shell;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** An address that is no page at all. */
@ParentLayout(MainLayout.class)
@PermitAll
public class RouteNotFoundView extends NotFoundPage<NotFoundException> {
}
