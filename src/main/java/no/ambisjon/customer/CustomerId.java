package no.ambisjon.customer;

import java.io.Serializable;

public record CustomerId(long value) implements Serializable {
}
