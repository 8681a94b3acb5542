package no.ambisjon.okr;

import java.io.Serializable;

/** What the signed-in user may do with one customer's OKRs, so that views can hide the rest. */
public record OkrPermissions(boolean edit, boolean comment) implements Serializable {
}
