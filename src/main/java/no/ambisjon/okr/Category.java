package no.ambisjon.okr;

/** The guide's main categories of key results; activities are allowed but not wanted. */
public enum Category {
    VOLUME, MONEY, QUALITY, ACTIVITY
}
