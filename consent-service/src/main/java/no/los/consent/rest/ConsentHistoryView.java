package no.los.consent.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import no.los.consent.Channel;
import no.los.consent.ConsentEntry;
import no.los.consent.Purpose;
import no.los.consent.service.ConsentLedger.ConsentState;

/** A customer's consents now, and the full ledger that proves when each was valid. */
public record ConsentHistoryView(UUID customerId, List<ConsentState> current, List<Entry> history) {

    public record Entry(Purpose purpose, ConsentEntry.Action action, Channel channel, String noticeVersion,
            String evidence, OffsetDateTime recordedAt) {
    }

    static ConsentHistoryView of(UUID customerId, List<ConsentState> current, List<ConsentEntry> ledger) {
        return new ConsentHistoryView(customerId, current, ledger.stream()
                .map(e -> new Entry(e.purpose(), e.action(), e.channel(), e.noticeVersion(), e.evidence(),
                        e.recordedAt()))
                .toList());
    }
}
