package no.los.customer.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.service.CustomerDirectory.CustomerRecord;

@Schema(description = "What is registered about a customer; the national ID number is masked")
public record CustomerView(
        UUID id,
        String fullName,
        @Schema(description = "Masked: only the last two digits are shown", example = "*********44") String nationalIdNumber,
        String email,
        String phone,
        AddressView address,
        OffsetDateTime registeredAt,
        List<MeteringPointView> meteringPoints) {

    public record AddressView(String street, String postalCode, String city) {
    }

    static CustomerView of(CustomerRecord record) {
        Customer customer = record.customer();
        return new CustomerView(customer.id(), customer.fullName(), record.nationalIdNumber().masked(),
                customer.email(), customer.phone(),
                new AddressView(customer.address().street(), customer.address().postalCode(), customer.address().city()),
                customer.registeredAt(),
                record.meteringPoints().stream().map(MeteringPointView::of).toList());
    }
}
