package no.ambisjon.e2e;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** A screen a page is looked at on: its size in CSS pixels, and whether it is a touch screen. */
public record Viewport(String name, int width, int height, boolean touch) {

    /** A phone held upright (an iPhone 12 to 15). */
    public static final Viewport PHONE = new Viewport("phone", 390, 844, true);
    /** The smallest laptop agency staff work on. */
    public static final Viewport LAPTOP = new Viewport("laptop", 1280, 800, false);

    /** Makes {@code browser} show pages as on this screen, from the next page it opens. */
    public void applyTo(ChromeDriver browser, double pixelRatio) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", pixelRatio, "mobile", touch));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints",
                touch ? 5 : 1));
    }

    @Override
    public String toString() {
        return name + " " + width + "x" + height;
    }
}
