package no.los.dsar.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.config.ReportConfig;
import no.los.dsar.erasure.ErasureFulfilment;
import no.los.dsar.erasure.ErasureReceipt;
import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.dsar.repository.DsarAccessRepository;
import no.los.dsar.repository.ErasureFulfilmentRepository;
import no.los.dsar.repository.ErasureReceiptRepository;
import no.los.dsar.repository.IdentityCodeRepository;
import no.los.dsar.repository.RequestLetterRepository;
import no.los.dsar.repository.RequestStepRepository;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.rights.PortableWriter;

/**
 * dsar-service's own part in the rights of the data subject. It holds the record of the person's
 * requests and of how every service answered them: the person may see it (access) and take the
 * requests with them (export). It erases nothing on any trigger ({@link DsarErasure}): dsar-service
 * is the tracker of erasure, and its records are the evidence that each request was handled.
 */
@ApplicationScoped
public class DsarRights implements DataSubjectRights {

    private static final ErasureRules KEEPS_ITS_RECORDS = new DsarErasure();

    private DataMap map;

    @Inject
    DataSubjectRequestRepository requests;

    @Inject
    ErasureFulfilmentRepository fulfilments;

    @Inject
    ErasureReceiptRepository receipts;

    @Inject
    DsarAccessRepository records;

    @Inject
    RequestLetterRepository letters;

    @Inject
    RequestStepRepository steps;

    @Inject
    IdentityCodeRepository identityCodes;

    @Inject
    public DsarRights(ReportConfig reports) {
        this.map = DsarDataMap.of(reports.keep());
    }

    @Override
    public DataMap dataMap() {
        return map;
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public AccessPart access(UUID customerId) {
        List<DataSubjectRequest> own = requests.ofCustomer(customerId);
        return AccessPart.of(map, customerId)
                .category(DsarDataMap.REQUESTS, own.stream().map(this::requestRecord).toList())
                .category(DsarDataMap.PROGRESS, progress(own, customerId))
                .category(DsarDataMap.ERASURE_RECEIPTS, receipts.ofCustomer(customerId).stream()
                        .map(DsarRights::receiptRecord).toList())
                .category(DsarDataMap.ACCESS_REPORTS, records.reportsOf(customerId).stream()
                        .map(report -> AccessPart.record("requestId", report.requestId().toString(),
                                "generatedAt", report.generatedAt(), "availableUntil", report.deleteAfter(),
                                "deletedAt", report.deletedAt()))
                        .toList())
                .category(DsarDataMap.REPORT_DOWNLOADS, records.reportDownloadsOf(customerId).stream()
                        .map(download -> AccessPart.record("requestId", download.requestId().toString(),
                                "downloadedAt", download.downloadedAt(), "format", download.format(),
                                "role", download.role()))
                        .toList())
                .category(DsarDataMap.EXPORT_DOWNLOADS, records.exportDownloadsOf(customerId).stream()
                        .map(download -> AccessPart.record("requestId", download.requestId().toString(),
                                "downloadedAt", download.downloadedAt(), "format", download.format(),
                                "downloadedBy", download.downloadedByRole(), "sizeBytes", download.sizeBytes(),
                                "sha256", download.sha256()))
                        .toList())
                .category(DsarDataMap.DIRECT_TRANSFERS, records.transfersOf(customerId).stream()
                        .map(transfer -> AccessPart.record("requestId", transfer.requestId().toString(),
                                "attemptedAt", transfer.attemptedAt(), "receiver", transfer.receiverOrganisation(),
                                "receiverUrl", transfer.receiverUrl(), "format", transfer.format(),
                                "fileName", transfer.fileName(), "sizeBytes", transfer.sizeBytes(),
                                "sha256", transfer.sha256(), "requestedBy", transfer.requestedByRole(),
                                "outcome", transfer.outcome(), "httpStatus", transfer.httpStatus(),
                                "failure", transfer.failure()))
                        .toList())
                .category(DsarDataMap.REQUEST_LETTERS, letters.ofCustomer(customerId).stream()
                        .map(letter -> AccessPart.record("requestId", letter.requestId().toString(),
                                "kind", letter.kind().name(), "writtenAt", letter.writtenAt(),
                                "reasons", letter.reasons(), "likelyAnsweredOn", letter.likelyAnsweredOn().orElse(null),
                                "refusalGround", letter.refusalGround().map(Enum::name).orElse(null)))
                        .toList())
                .build();
    }

    /** The requests the person made or staff registered for them: what they gave LOS, the same fields each. */
    @Override
    @Transactional(TxType.SUPPORTS)
    public void export(UUID customerId, PortableWriter writer) {
        writer.category(DsarDataMap.REQUESTS);
        requests.ofCustomer(customerId).forEach(request -> writer.record(requestRecord(request)));
    }

    @Override
    public ErasureRules erasure() {
        return KEEPS_ITS_RECORDS;
    }

    private List<Map<String, Object>> progress(List<DataSubjectRequest> own, UUID customerId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataSubjectRequest request : own) {
            for (ErasureFulfilment fulfilment : fulfilments.ofRequest(request.id())) {
                rows.add(AccessPart.record("requestId", request.id().toString(), "service", fulfilment.service(),
                        "status", fulfilment.status().name(),
                        "answeredAt", fulfilment.receipt().map(ErasureReceipt::confirmedAt).orElse(null)));
            }
        }
        records.partsOf(customerId).forEach(part -> rows.add(AccessPart.record("requestId", part.requestId().toString(),
                "service", part.service(), "status", part.status(), "answeredAt", part.answeredAt())));
        return rows;
    }

    private Map<String, Object> requestRecord(DataSubjectRequest request) {
        return AccessPart.record(
                "requestId", request.id().toString(),
                "type", request.type().name(),
                "channel", request.channel().name(),
                "submittedBy", request.submittedBy().name(),
                "receivedAt", request.receivedAt(),
                "dueOn", request.dueOn(),
                "extendedTo", request.extendedTo().orElse(null),
                "status", request.status().name(),
                "completedAt", request.completedAt(),
                "refusedAt", request.refusedAt(),
                "withdrawnAt", request.withdrawnAt(),
                "identityCheck", request.identityCheck().map(Enum::name).orElse(null),
                "identityNote", request.identityNote().orElse(null),
                "announcedAt", request.announcedAt(),
                "objectionScope", request.objectionScope().map(Enum::name).orElse(null),
                "objectionGrounds", request.objectionGrounds().orElse(null),
                "identityCodes", identityCodes.ofRequest(request.id()).stream()
                        .map(code -> code.channel() + " " + code.sentTo() + " " + code.sentAt() + " (" + code.attempts()
                                + " wrong)")
                        .collect(Collectors.joining("; ")),
                "history", steps.ofRequest(request.id()).stream()
                        .map(step -> step.step() + " " + step.takenAt() + " (" + step.takenBy() + ")")
                        .collect(Collectors.joining("; ")));
    }

    private static Map<String, Object> receiptRecord(ErasureReceipt receipt) {
        return AccessPart.record(
                "service", receipt.service(),
                "trigger", receipt.trigger().name(),
                "requestId", receipt.requestId() == null ? null : receipt.requestId().toString(),
                "confirmedAt", receipt.confirmedAt(),
                "receivedAt", receipt.receivedAt(),
                "deleted", receipt.deleted().stream().map(d -> d.category() + ": " + d.count())
                        .collect(Collectors.joining(", ")),
                "kept", receipt.kept().stream()
                        .map(k -> k.category() + ": " + k.count() + " (" + k.reason()
                                + (k.until() == null ? "" : ", til " + k.until()) + ")")
                        .collect(Collectors.joining(", ")));
    }
}
