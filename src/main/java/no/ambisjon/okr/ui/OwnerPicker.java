package no.ambisjon.okr.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import no.ambisjon.security.Owner;
import org.springframework.modulith.NamedInterface;
import no.ambisjon.security.Person;

/**
 * Picks who owns something, or does an action item, among the active people who may see the
 * customer, shown with their avatars. The current owner stays the value even when they are no
 * longer offered (deactivated since, or a name from before owners were people).
 */
@NamedInterface("widgets")
public class OwnerPicker extends ComboBox<Owner> {

    /** @param guests whether a name that is not a user may be typed (a guest without a login) */
    public OwnerPicker(String label, List<Person> people, boolean guests) {
        super(label);
        setItems(people.stream().map(Owner::of).toList());
        setItemLabelGenerator(owner -> OwnerView.label(this, owner));
        setRenderer(LitRenderer.<Owner>of("<span class=\"owner\"><vaadin-avatar theme=\"xsmall\" name=\"${item.name}\""
                        + " aria-hidden=\"true\"></vaadin-avatar><span>${item.name}</span></span>")
                .withProperty("name", Owner::name));
        setClearButtonVisible(true);
        if (guests) {
            setAllowCustomValue(true);
            setHelperText(getTranslation("owner.guest.help"));
            addCustomValueSetListener(e -> {
                var name = e.getDetail().strip();
                setValue(name.isEmpty() ? null : Owner.guest(name));
            });
        }
    }
}
