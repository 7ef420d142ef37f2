package no.los.dsar.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.report.StoredAccessReport;

@ApplicationScoped
public class AccessReportRepository implements PanacheRepositoryBase<StoredAccessReport, UUID> {

    /**
     * Deletes the reports whose time ran out before {@code now}; the rows stay, without the report,
     * so a download is told the report is gone. Returns how many were deleted.
     */
    public int deleteReportsDueBefore(Instant now) {
        OffsetDateTime moment = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return update("report = null, deletedAt = ?1 where deletedAt is null and deleteAfter < ?1", moment);
    }
}
