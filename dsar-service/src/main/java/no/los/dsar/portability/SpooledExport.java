package no.los.dsar.portability;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A person's export, built whole in a file of its own before a byte of it is handed out, with its
 * size and SHA-256. Holds personal data: it lives for one download or transfer and is deleted when
 * closed.
 */
public final class SpooledExport implements AutoCloseable {

    private final Path file;
    private final UUID requestId;
    private final ExportFormat format;
    private final long size;
    private final String sha256;

    SpooledExport(Path file, UUID requestId, ExportFormat format, long size, String sha256) {
        this.file = file;
        this.requestId = requestId;
        this.format = format;
        this.size = size;
        this.sha256 = sha256;
    }

    public UUID requestId() {
        return requestId;
    }

    public ExportFormat format() {
        return format;
    }

    public String fileName() {
        return format.fileNameFor(requestId);
    }

    public String mediaType() {
        return format.mediaType();
    }

    /** The number of bytes of the export. */
    public long size() {
        return size;
    }

    /** The SHA-256 of the export's bytes, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The SHA-256 as an HTTP digest field value (RFC 9530), {@code sha-256=:<base64>:}. */
    public String reprDigest() {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":";
    }

    /** Where the export lies while it lasts. */
    public Path file() {
        return file;
    }

    /**
     * The export's bytes, from the beginning, for a download: the file leaves the directory at once,
     * and the open stream keeps its bytes until it is closed (POSIX), so nothing is left behind
     * whatever becomes of the response.
     */
    public InputStream handOut() throws IOException {
        InputStream bytes = new FileInputStream(file.toFile());
        close();
        return bytes;
    }

    /** Deletes the export; a stream already handed out reads on. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the pod's temporary directory to go with the pod; the name holds no personal data.
        }
    }
}
