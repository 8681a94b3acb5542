package no.ambisjon.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Whether a component is seen on a phone: the browser window narrower than {@link #PIXELS}, told
 * when the component is attached and again whenever the window crosses that width. For what CSS
 * cannot do alone, such as which of a grid's columns to show.
 */
public final class PhoneWidth {

    /** The same width as the stylesheet's phone layout. */
    public static final int PIXELS = 600;

    private PhoneWidth() {
    }

    /** Calls {@code onPhone} with {@code true} on a phone and {@code false} on a wider screen. */
    public static void follow(Component component, SerializableConsumer<Boolean> onPhone) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> onPhone.accept(details.getWindowInnerWidth() < PIXELS));
            var resize = page.addBrowserWindowResizeListener(event -> onPhone.accept(event.getWidth() < PIXELS));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
