package no.ambisjon.meeting;

public enum MeetingState {
    PLANNED, RUNNING, CLOSED
}
