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
        @Schema(maxLength = Customer.MAX_NAME) String fullName, OffsetDateTime openedAt,
        @Schema(description = "What the item is about, in codes (REGISTER_MISMATCH: NAME, ADDRESS; NOT_IN_REGISTER: "
                + "NOT_FOUND, OTHER_STATUS); never a value", maxLength = 40, example = "NAME,ADDRESS") String detail) {

    static Page<WorkItemView> of(Page<OpenItem> page) {
        return new Page<>(page.items().stream()
                .map(open -> new WorkItemView(open.item().id(), open.item().kind(), open.item().customerId(),
                        open.fullName(), open.item().openedAt(), open.item().detail()))
                .toList(), page.next());
    }
}
