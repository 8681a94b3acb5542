package no.ambisjon.base.change;

/**
 * A change that has committed, on this node or on another one: what open screens and signed-in
 * sessions react to. A rolled-back change never becomes one.
 */
public record Committed(Change change) {
}
