package no.ambisjon.okr;

import java.io.Serializable;

public record KeyResultId(long value) implements Serializable {
}
