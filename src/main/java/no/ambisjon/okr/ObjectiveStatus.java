package no.ambisjon.okr;

public enum ObjectiveStatus {
    DRAFT, ACTIVE, ACHIEVED, MISSED, ARCHIVED
}
