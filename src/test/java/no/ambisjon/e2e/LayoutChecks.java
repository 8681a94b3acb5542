package no.ambisjon.e2e;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The checks that a page fits its screen: measured in the browser, on every visible element of the
 * page, the shadow trees of Vaadin's components included.
 */
public final class LayoutChecks {

    /** The smallest text a reader should have to read, in CSS pixels. */
    static final double SMALLEST_TEXT = 12;
    /** The smallest thing a finger should have to hit, in CSS pixels of height. */
    static final double SMALLEST_TAP_TARGET = 40;

    /** Helpers for every check: every element, whether it shows, and how to name it to a reader. */
    private static final String HELPERS = """
            const elements = [];
            (function walk(root) {
              for (const el of root.querySelectorAll('*')) {
                // Vaadin's own development tools are not the app's.
                if (/^(copilot|vaadin-dev)/.test(el.localName) || el.closest('[class*=copilot], vaadin-dev-tools')) continue;
                elements.push(el);
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            })(document);
            const shows = el => {
              if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0;
            };
            const words = el => (el.innerText || el.textContent || el.getAttribute('aria-label') || '')
                .replace(/\\s+/g, ' ').trim();
            const name = el => {
              let s = el.localName + (el.id ? '#' + el.id : '');
              const cls = typeof el.className === 'string' ? el.className : (el.className && el.className.baseVal) || '';
              if (cls.trim()) s += '.' + cls.trim().split(/\\s+/).slice(0, 3).join('.');
              if (el.getAttribute && el.getAttribute('part')) s += '[part=' + el.getAttribute('part') + ']';
              return s;
            };
            const describe = el => {
              let where = '';
              for (let up = el.parentElement || (el.getRootNode() && el.getRootNode().host), n = 0; up && n < 2;
                   up = up.parentElement || (up.getRootNode() && up.getRootNode().host)) {
                if (up.id || (typeof up.className === 'string' && up.className.trim())) { where += ' in ' + name(up); n++; }
              }
              const text = words(el).slice(0, 40);
              return name(el) + (text ? ' "' + text + '"' : '') + where;
            };
            const px = v => Math.round(v * 10) / 10;
            """;

    private LayoutChecks() {
    }

    /** The checks for a page on {@code viewport}: tap targets only where fingers tap. */
    public static List<PageCheck> forScreen(Viewport viewport) {
        return viewport.touch()
                ? List.of(noSidewaysScrolling(), nothingCutOff(), readableText(), tapTargets())
                : List.of(noSidewaysScrolling(), nothingCutOff(), readableText());
    }

    /** The page is no wider than the screen, and no element reaches past its right edge. */
    public static PageCheck noSidewaysScrolling() {
        return script("no sideways scrolling", 0, """
                const out = [];
                const doc = document.documentElement;
                if (doc.scrollWidth > doc.clientWidth) {
                  out.push('the page is ' + doc.scrollWidth + ' px wide on a screen ' + doc.clientWidth + ' px wide');
                }
                const right = window.innerWidth;
                const beyond = el => shows(el) && el.getBoundingClientRect().right > right + 0.5;
                for (const el of elements) {
                  // Inside a component's shadow tree only the component itself counts (a grid scrolling
                  // sideways inside its box is "cut off").
                  if (el.getRootNode() !== document || !beyond(el)) continue;
                  if (el.parentElement && beyond(el.parentElement)) continue;
                  out.push(describe(el) + ' reaches ' + px(el.getBoundingClientRect().right) + ' px, past the screen\\'s '
                      + right + ' px');
                }
                return out;
                """);
    }

    /** No text or region is clipped or scrolls sideways inside the page (a cut header, a grid wider than its box). */
    public static PageCheck nothingCutOff() {
        return script("nothing cut off", 0, """
                const out = [];
                for (const el of elements) {
                  if (!shows(el) || el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
                  const style = getComputedStyle(el);
                  if (style.overflowX === 'visible') continue;
                  if (!words(el) && !el.shadowRoot) continue;
                  if (el.localName === 'input' || el.localName === 'textarea') continue;
                  out.push(describe(el) + ' shows ' + el.clientWidth + ' px of its ' + el.scrollWidth + ' px'
                      + (style.overflowX === 'auto' || style.overflowX === 'scroll' ? ' (it scrolls sideways)' : ' (cut off)'));
                }
                return out;
                """);
    }

    /** Every visible text is at least {@link #SMALLEST_TEXT} px tall, chart labels included. */
    public static PageCheck readableText() {
        return script("text at least " + (int) SMALLEST_TEXT + " px", SMALLEST_TEXT, """
                const out = [];
                const smallest = arguments[0];
                for (const el of elements) {
                  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !shows(el)) continue;
                  let size = parseFloat(getComputedStyle(el).fontSize);
                  if (el instanceof SVGElement && el.getScreenCTM()) {
                    const m = el.getScreenCTM();
                    size *= Math.sqrt(m.a * m.a + m.b * m.b);
                  }
                  if (size < smallest - 0.05) out.push(describe(el) + ' has text ' + px(size) + ' px tall');
                }
                return out;
                """);
    }

    /** Everything a finger can tap is at least {@link #SMALLEST_TAP_TARGET} px tall. */
    public static PageCheck tapTargets() {
        return script("tap targets at least " + (int) SMALLEST_TAP_TARGET + " px tall", SMALLEST_TAP_TARGET, """
                const out = [];
                const smallest = arguments[0];
                const tappable = 'a[href], button, vaadin-button, [role=button], [role=link], [router-link], '
                    + 'vaadin-side-nav-item, vaadin-checkbox, vaadin-radio-button, vaadin-tab, vaadin-menu-bar-button, '
                    + 'vaadin-details-summary, vaadin-drawer-toggle, vaadin-grid-sorter, input, select, textarea, '
                    + '[part~=input-field]';
                for (const el of elements) {
                  if (!el.matches(tappable) || !shows(el)) continue;
                  if ((el.localName === 'input' || el.localName === 'textarea')
                      && el.parentElement && el.parentElement.localName.startsWith('vaadin-')) continue;
                  if (el.getRootNode() !== document && !el.matches('[part~=input-field]')) continue;
                  const height = Math.max(el.getBoundingClientRect().height,
                      ...[...el.children].map(c => c.getBoundingClientRect().height));
                  if (height < smallest - 0.5) {
                    const target = el.matches('[part~=input-field]') ? el.getRootNode().host : el;
                    out.push(describe(target) + ' is ' + px(height) + ' px tall to tap');
                  }
                }
                return out;
                """);
    }

    /** A check measured by {@code body}, which gets {@code smallest} as {@code arguments[0]} and returns the offences. */
    private static PageCheck script(String name, double smallest, String body) {
        return new PageCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<String> offences(ChromeDriver browser, Viewport viewport) {
                return (List<String>) browser.executeScript(HELPERS + body, smallest);
            }
        };
    }
}
