package no.ambisjon.base.change;

/**
 * This node may have missed changes committed on other nodes (it lost its connection to them for a
 * while): whatever was read before may be stale.
 */
public record ChangesMissed() {
}
