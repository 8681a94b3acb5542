package no.ambisjon.meeting;

import java.io.Serializable;

public record MeetingId(long value) implements Serializable {
}
