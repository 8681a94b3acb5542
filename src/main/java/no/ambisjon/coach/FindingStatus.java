package no.ambisjon.coach;

public enum FindingStatus {
    PASSED, NEEDS_ATTENTION, TO_CONFIRM
}
