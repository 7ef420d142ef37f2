package no.los.customer.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.ContactMasks;
import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.rest.CustomerView.RelationshipStatus;
import no.los.customer.service.CustomerSearch.Match;

@Schema(description = "A customer a search found: enough to tell who is on the phone, with the national ID number, "
        + "e-mail and phone masked; open the customer for the rest")
public record CustomerMatchView(
        UUID id,
        @Schema(maxLength = Customer.MAX_NAME) String fullName,
        @Schema(description = "Only the last two digits shown", example = "*********44",
                maxLength = NationalIdNumber.LENGTH) String nationalIdNumber,
        @Schema(description = "Masked; null when none is registered", example = "k***@example.no",
                maxLength = Customer.MAX_EMAIL) String email,
        @Schema(description = "Only the last three digits shown; null when none is registered", example = "*** ** 000",
                maxLength = Customer.MAX_PHONE) String phone,
        @Schema(description = "null when the population register protects the address", maxLength = PostalAddress.MAX_CITY)
        String city,
        RelationshipStatus relationshipStatus) {

    static CustomerMatchView of(Match match) {
        Customer customer = match.customer();
        return new CustomerMatchView(customer.id(), customer.fullName(), match.nationalIdNumber().masked(),
                ContactMasks.email(customer.email()), ContactMasks.phone(customer.phone()),
                customer.addressProtection().isProtected() ? null : customer.address().city(),
                customer.isFormerCustomer() ? RelationshipStatus.FORMER : RelationshipStatus.ACTIVE);
    }
}
