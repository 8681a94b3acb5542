package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Span;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.security.Owner;
import org.springframework.modulith.NamedInterface;

/**
 * Who owns something, as a page shows them: a small avatar with their initials and their name, and
 * that they are no longer active when so. Avatars keep Lumo's neutral look: colour is for the standing.
 */
@NamedInterface("widgets")
public final class OwnerView {

    private OwnerView() {
    }

    /** The owner as markup, for rows drawn from markup; empty when there is none. */
    public static String markup(Component screen, Owner owner) {
        return markup(screen, owner, "");
    }

    private static String markup(Component screen, Owner owner, String before) {
        if (owner == null) {
            return "";
        }
        var name = Markup.escape(owner.name());
        return "<span class=\"owner\">" + before + "<vaadin-avatar theme=\"xsmall\" name=\"" + name
                + "\" aria-hidden=\"true\"></vaadin-avatar>" + Markup.tag("span", "owner-name", label(screen, owner))
                + "</span>";
    }

    /** The owner after a label ("Owner"), as markup; empty when there is none. */
    public static String labelled(Component screen, String labelKey, Owner owner) {
        return markup(screen, owner, Markup.tag("span", "owner-label", screen.getTranslation(labelKey)));
    }

    /** The owner as a component, for parts that are components. */
    public static Component component(Component screen, Owner owner) {
        var avatar = new Avatar(owner.name());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(label(screen, owner));
        name.addClassName("owner-name");
        var view = new Span(avatar, name);
        view.addClassName("owner");
        return view;
    }

    /** The owner's name, with "no longer active" for a person who has been deactivated. */
    public static String label(Component screen, Owner owner) {
        return owner.active() ? owner.name() : screen.getTranslation("owner.inactive", owner.name());
    }
}
