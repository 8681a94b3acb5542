package no.ambisjon.okr;

/** Whether a key result moves up or down towards its target (fewer returns, lower cost per lead). */
public enum Direction {
    UP, DOWN
}
