package no.ambisjon.okr;

import java.io.Serializable;
import java.time.Instant;

public record CommentEntry(long id, String text, String author, Instant at) implements Serializable {
}
