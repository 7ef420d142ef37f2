package no.los.customer.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.service.Worklist.OpenItem;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.http.Page;

@Schema(description = "An open follow-up about a customer")
public record WorkItemView(UUID id, WorkItemKind kind, UUID customerId,
        @Schema(maxLength = Customer.MAX_NAME) String fullName, OffsetDateTime openedAt) {

    static Page<WorkItemView> of(Page<OpenItem> page) {
        return new Page<>(page.items().stream()
                .map(open -> new WorkItemView(open.item().id(), open.item().kind(), open.item().customerId(),
                        open.fullName(), open.item().openedAt()))
                .toList(), page.next());
    }
}
