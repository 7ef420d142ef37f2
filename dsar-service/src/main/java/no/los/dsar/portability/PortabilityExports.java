package no.los.dsar.portability;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.dsar.DataSubjectRequest;

/**
 * Downloading the export of a completed portability request (Art. 20(1)): the export is built
 * from every service's part at the time of the download, whole, and the download recorded before
 * it is handed out. No database transaction is held while the services are read.
 */
@ApplicationScoped
public class PortabilityExports {

    @Inject
    PortableRequests requests;

    @Inject
    ExportSpool spool;

    @Inject
    DownloadLog log;

    /**
     * The export, recorded as downloaded by the requester. The caller streams it out and closes it.
     *
     * @throws PortablePartUnavailable when a service's part does not arrive whole; nothing is recorded
     */
    public SpooledExport download(UUID requestId, ExportFormat format, Requester requester) {
        DataSubjectRequest request = requests.readyFor(requestId, requester);
        SpooledExport export = spool.spool(request, format);
        try {
            log.record(export, requester);
            return export;
        } catch (RuntimeException e) {
            export.close();
            throw e;
        }
    }
}
