package no.los.dsar.portability;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.repository.ExportDownloadRepository;

/** The record of every export handed out. */
@ApplicationScoped
public class DownloadLog {

    @Inject
    ExportDownloadRepository downloads;

    @Transactional
    void record(SpooledExport export, Requester requester) {
        downloads.persist(ExportDownload.of(export, requester, OffsetDateTime.now()));
    }

    /** The downloads of a request, the first first. */
    @Transactional(TxType.SUPPORTS)
    public List<ExportDownload> ofRequest(UUID requestId) {
        return downloads.ofRequest(requestId);
    }
}
