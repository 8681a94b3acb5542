package no.ambisjon.okr.export;

import java.io.Serializable;

/** A file to hand to the browser as a download. */
public record ExportFile(String fileName, String contentType, byte[] content) implements Serializable {
}
