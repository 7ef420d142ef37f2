package no.los.dsar.report;

import java.util.Objects;

/**
 * Who downloads a report: the subject of their token and the role they download it in.
 *
 * @param subject the token's {@code sub}
 * @param role    {@code customer}, {@code agent} or {@code privacy-officer}
 */
public record Downloader(String subject, String role) {

    public Downloader {
        Objects.requireNonNull(role, "role");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a download is made by someone: the token has no subject");
        }
    }
}
