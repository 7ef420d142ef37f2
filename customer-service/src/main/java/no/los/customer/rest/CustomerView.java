package no.los.customer.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.service.CustomerDirectory.CustomerRecord;
import no.los.customer.worklist.WorkItemKind;

@Schema(description = "What is registered about a customer; the national ID number is masked. "
        + "email and phone are null once erased")
public record CustomerView(
        UUID id,
        @Schema(maxLength = Customer.MAX_NAME) String fullName,
        @Schema(description = "Masked: only the last two digits are shown", example = "*********44",
                maxLength = NationalIdNumber.LENGTH) String nationalIdNumber,
        @Schema(maxLength = Customer.MAX_EMAIL) String email,
        @Schema(maxLength = Customer.MAX_PHONE) String phone,
        AddressView address,
        OffsetDateTime registeredAt,
        RelationshipView relationship,
        @Schema(maxItems = MeteringPoint.MAX_PER_CUSTOMER) List<MeteringPointView> meteringPoints,
        @Schema(description = "What LOS asks the customer to fill in (R9): EMAIL while no e-mail address is "
                + "registered and the customer has not declined to give one", maxItems = 1)
        List<MissingDetail> missingDetails) {

    /** A contact detail LOS seeks. */
    public enum MissingDetail {
        EMAIL
    }

    public record AddressView(@Schema(maxLength = PostalAddress.MAX_STREET) String street,
            @Schema(maxLength = PostalAddress.POSTAL_CODE_LENGTH) String postalCode,
            @Schema(maxLength = PostalAddress.MAX_CITY) String city) {
    }

    public enum RelationshipStatus {
        /** A customer, or one being taken on. */
        ACTIVE,
        /** The last contract has ended; records are kept for bookkeeping until {@code keptUntil}. */
        FORMER
    }

    @Schema(description = "Whether the person is a customer; a former customer since the day the last contract ended")
    public record RelationshipView(RelationshipStatus status,
            @Schema(description = "The day the last contract ended; null while a customer") LocalDate endedOn,
            @Schema(description = "The last day a former customer's records are kept (Bookkeeping Act)") LocalDate keptUntil) {
    }

    static CustomerView of(CustomerRecord record) {
        Customer customer = record.customer();
        return new CustomerView(customer.id(), customer.fullName(), record.nationalIdNumber().masked(),
                customer.email(), customer.phone(),
                new AddressView(customer.address().street(), customer.address().postalCode(), customer.address().city()),
                customer.registeredAt(),
                new RelationshipView(customer.isFormerCustomer() ? RelationshipStatus.FORMER : RelationshipStatus.ACTIVE,
                        customer.relationshipEndedOn(), customer.keptUntil()),
                record.meteringPoints().stream().map(MeteringPointView::of).toList(),
                record.openWorkItems().contains(WorkItemKind.MISSING_EMAIL) ? List.of(MissingDetail.EMAIL) : List.of());
    }
}
