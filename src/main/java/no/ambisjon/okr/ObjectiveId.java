package no.ambisjon.okr;

import java.io.Serializable;

public record ObjectiveId(long value) implements Serializable {
}
