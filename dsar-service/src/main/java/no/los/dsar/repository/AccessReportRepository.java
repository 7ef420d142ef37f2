package no.los.dsar.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.report.AccessReport;
import no.los.dsar.report.StoredAccessReport;

@ApplicationScoped
public class AccessReportRepository implements PanacheRepositoryBase<StoredAccessReport, UUID> {

    /**
     * Stores a request's report: {@code head}, the request's collected parts and dsar-service's own
     * part in the order of their services' names, separated by commas, then {@code tail}. The parts
     * are joined in the database, so megabytes of readings are not read back into dsar-service to be
     * written out again; PostgreSQL checks that the whole is JSON.
     */
    public void storeAssembled(AccessReport envelope, String head, String tail, String ownService, String ownPart) {
        getEntityManager().createNativeQuery("""
                insert into access_report (request_id, customer_id, generated_at, delete_after, report)
                select ?1, ?2, ?3, ?4, cast(?5 || string_agg(part, ',' order by service) || ?6 as json)
                from (select p.service, c.part::text as part from collected_part c join rights_part p on p.id = c.part_id
                      where p.request_id = ?1
                      union all select ?7, ?8) parts""")
                .setParameter(1, envelope.requestId()).setParameter(2, envelope.customerId())
                .setParameter(3, envelope.generatedAt()).setParameter(4, envelope.availableUntil())
                .setParameter(5, head).setParameter(6, tail).setParameter(7, ownService).setParameter(8, ownPart)
                .executeUpdate();
    }

    /**
     * Deletes the reports whose time ran out before {@code now}; the rows stay, without the report,
     * so a download is told the report is gone. Returns how many were deleted.
     */
    public int deleteReportsDueBefore(Instant now) {
        OffsetDateTime moment = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return update("report = null, deletedAt = ?1 where deletedAt is null and deleteAfter < ?1", moment);
    }
}
