package no.los.dsar.portability;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.config.PortabilityConfig;

/**
 * Builds a person's export into a file of its own, computing its SHA-256 as it streams, before any
 * of it is handed out. A service that cannot be reached or breaks off half-way fails the whole
 * export, and nothing partial ever reaches the person or a receiver as if it were complete. The
 * file is readable by dsar-service's own user only, and deleted on failure.
 */
@ApplicationScoped
public class ExportSpool {

    @Inject
    PortabilityConfig config;

    @Inject
    JsonExport json;

    @Inject
    CsvExport csv;

    @Inject
    GreenButtonExport greenButton;

    /**
     * The request's export in the format, whole.
     *
     * @throws PortablePartUnavailable when a service's part does not arrive whole
     */
    public SpooledExport spool(DataSubjectRequest request, ExportFormat format) {
        Path file = createFile();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream output = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                    sha256)) {
                writer(format).write(request, output);
            }
            return new SpooledExport(file, request.id(), format, Files.size(file),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException("every Java platform has SHA-256", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private ExportWriter writer(ExportFormat format) {
        return switch (format) {
            case JSON -> json;
            case CSV -> csv;
            case GREEN_BUTTON -> greenButton;
        };
    }

    private Path createFile() {
        Path directory = config.spoolDirectory().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        try {
            Files.createDirectories(directory);
            try {
                return Files.createTempFile(directory, "los-export-", ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                return Files.createTempFile(directory, "los-export-", ".part");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the name holds no personal data
        }
    }
}
