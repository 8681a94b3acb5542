package no.ambisjon.okr;

public enum Confidence {
    ON_TRACK, AT_RISK, OFF_TRACK
}
