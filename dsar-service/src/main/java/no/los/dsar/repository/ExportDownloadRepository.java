package no.los.dsar.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.dsar.portability.ExportDownload;

@ApplicationScoped
public class ExportDownloadRepository implements PanacheRepositoryBase<ExportDownload, UUID> {

    public List<ExportDownload> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by downloadedAt", requestId);
    }
}
