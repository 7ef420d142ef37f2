package no.los.consent.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consent.Channel;
import no.los.consent.ConsentEntry;
import no.los.consent.Purpose;
import no.los.consent.service.ConsentLedger.ConsentState;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;

/**
 * A customer's consents now, and the full ledger that proves when each was valid, oldest entry first,
 * a page at a time.
 */
public record ConsentHistoryView(UUID customerId, @Schema(maxItems = Purpose.COUNT) List<ConsentState> current,
        Page<Entry> history) {

    public record Entry(UUID id, Purpose purpose, ConsentEntry.Action action, Channel channel,
            @Schema(maxLength = ConsentEntry.MAX_NOTICE_VERSION) String noticeVersion,
            @Schema(maxLength = ConsentEntry.MAX_EVIDENCE) String evidence, OffsetDateTime recordedAt) {
    }

    static ConsentHistoryView of(UUID customerId, List<ConsentState> current, List<ConsentEntry> ledger, PageQuery page) {
        return new ConsentHistoryView(customerId, current, page.slice(ledger.stream()
                .map(e -> new Entry(e.id(), e.purpose(), e.action(), e.channel(), e.noticeVersion(), e.evidence(),
                        e.recordedAt()))
                .toList(), entry -> entry.id().toString()));
    }
}
