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
import no.los.customer.population.AddressProtection;
import no.los.customer.population.RegisterStatus;
import no.los.customer.service.CustomerDirectory.CustomerRecord;
import no.los.customer.worklist.WorkItemKind;

@Schema(description = "What is registered about a customer; the national ID number is masked. "
        + "email and phone are null once erased; the address is null for staff when the population register protects it")
public record CustomerView(
        UUID id,
        @Schema(maxLength = Customer.MAX_NAME) String fullName,
        @Schema(description = "Masked: only the last two digits are shown", example = "*********44",
                maxLength = NationalIdNumber.LENGTH) String nationalIdNumber,
        @Schema(maxLength = Customer.MAX_EMAIL) String email,
        @Schema(maxLength = Customer.MAX_PHONE) String phone,
        @Schema(description = "null for staff when addressProtection is not NONE: a protected address is shown to the "
                + "customer alone") AddressView address,
        @Schema(description = "The population register's address protection at the last check") AddressProtection addressProtection,
        @Schema(description = "The last check against the population register, and one still to be made")
        PopulationRegisterView populationRegister,
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

    @Schema(description = "The checks against the population register (R6)")
    public record PopulationRegisterView(
            @Schema(description = "What the register said at the last check; null before the first") RegisterStatus status,
            @Schema(description = "When it was last checked; null before the first check") OffsetDateTime checkedAt,
            @Schema(description = "A check is queued: the register has not answered yet") boolean checkPending,
            @Schema(description = "Failed attempts of the queued check (the register was away)", minimum = "0",
                    maximum = "2147483647") int attempts) {
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

    /** As staff see it: a protected address is left out. */
    static CustomerView forStaff(CustomerRecord record) {
        return of(record, !record.customer().addressProtection().isProtected());
    }

    /** As the customer sees it on Min side: everything, the own address included. */
    static CustomerView forTheCustomer(CustomerRecord record) {
        return of(record, true);
    }

    private static CustomerView of(CustomerRecord record, boolean withAddress) {
        Customer customer = record.customer();
        return new CustomerView(customer.id(), customer.fullName(), record.nationalIdNumber().masked(),
                customer.email(), customer.phone(),
                withAddress ? new AddressView(customer.address().street(), customer.address().postalCode(),
                        customer.address().city()) : null,
                customer.addressProtection(),
                new PopulationRegisterView(customer.registerStatus(), customer.registerCheckedAt(),
                        record.pendingCheck().isPresent(), record.pendingCheck().map(check -> check.attempts()).orElse(0)),
                customer.registeredAt(),
                new RelationshipView(customer.isFormerCustomer() ? RelationshipStatus.FORMER : RelationshipStatus.ACTIVE,
                        customer.relationshipEndedOn(), customer.keptUntil()),
                record.meteringPoints().stream()
                        .map(withAddress ? MeteringPointView::forTheCustomer : MeteringPointView::forStaff).toList(),
                record.openWorkItems().contains(WorkItemKind.MISSING_EMAIL) ? List.of(MissingDetail.EMAIL) : List.of());
    }
}
