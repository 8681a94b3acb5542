package no.ambisjon.e2e;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One thing every page must get right, checked on the page the browser shows now. Each offence is a
 * sentence a reader can act on: which element (tag, id, classes, text) and what is wrong with it.
 */
public interface PageCheck {

    /** What is checked, e.g. "no sideways scrolling". */
    String name();

    /** The offences on the page {@code browser} shows now, seen on {@code viewport}; empty when all is well. */
    List<String> offences(ChromeDriver browser, Viewport viewport);
}
