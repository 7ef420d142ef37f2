package no.los.customer.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.rest.RegisterCustomerRequest.AddressRequest;
import no.los.customer.service.CustomerRectification.RectifyCustomer;
import no.los.platform.problem.InvalidInputException;

@Schema(description = "Corrected values (Art. 16); a field left out stays as it is, at least one must be given")
public record RectifyCustomerRequest(
        @Size(max = Customer.MAX_NAME) @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Schema(example = "Kari Nordmann") String name,
        @Valid AddressRequest postalAddress,
        @Pattern(regexp = Customer.PHONE_PATTERN, message = "must be a phone number: digits, spaces and an optional leading +")
        @Schema(example = "+47 400 00 000", maxLength = Customer.MAX_PHONE) String phone,
        @Email @Size(max = Customer.MAX_EMAIL) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(example = "kari.nordmann@example.no") String email,
        @Size(max = NationalIdNumber.MAX_INPUT) @Schema(description = "Fødselsnummer or D-nummer, 11 digits; not through Min side",
                example = "02813299944") String nationalIdNumber,
        @Schema(description = "The rectification request (dsar-service) that asked for it, if any") UUID requestId) {

    /** Some character that is not white space; written so that JavaScript reads it as Java does. */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    /**
     * As customer service or the privacy officer rectifies: every field.
     *
     * @param byPrivacyOfficer the privacy officer's change is the one allowed while processing is restricted
     */
    RectifyCustomer toCommand(UUID customerId, boolean byPrivacyOfficer) {
        return new RectifyCustomer(customerId, trimmed(name), postalAddress == null ? null : postalAddress.toPostalAddress(),
                trimmed(phone), trimmed(email), nationalIdNumber == null ? null : NationalIdNumber.parse(nationalIdNumber),
                requestId, byPrivacyOfficer);
    }

    /** As the customer rectifies on Min side: the national ID number only through customer service, with proof. */
    RectifyCustomer toSelfServiceCommand(UUID customerId) {
        if (nationalIdNumber != null) {
            throw new InvalidInputException(NationalIdNumber.FIELD, "can only be corrected by customer service");
        }
        return toCommand(customerId, false);
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
