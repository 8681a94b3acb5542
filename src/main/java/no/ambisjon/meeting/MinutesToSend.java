package no.ambisjon.meeting;

import java.util.List;
import no.ambisjon.security.Person;

/** A closed meeting's frozen minutes, and the attendees with a login who may read them. */
public record MinutesToSend(MeetingDetail meeting, List<Person> attendees) {
}
