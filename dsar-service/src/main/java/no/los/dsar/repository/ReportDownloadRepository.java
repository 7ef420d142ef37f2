package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.report.ReportDownload;

@ApplicationScoped
public class ReportDownloadRepository implements PanacheRepositoryBase<ReportDownload, UUID> {

    public List<ReportDownload> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by downloadedAt", requestId);
    }
}
