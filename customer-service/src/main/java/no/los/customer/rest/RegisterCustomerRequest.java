package no.los.customer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.Customer;
import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.service.CustomerRegistration.RegisterCustomer;

@Schema(description = "A new customer, as customer service registers it")
public record RegisterCustomerRequest(
        @NotBlank @Size(max = Customer.MAX_NAME) @Schema(example = "Kari Nordmann") String fullName,
        @NotBlank @Size(max = NationalIdNumber.MAX_INPUT) @Schema(description = "Fødselsnummer or D-nummer, 11 digits",
                example = "02813299944") String nationalIdNumber,
        @Email @Size(min = 3, max = Customer.MAX_EMAIL)
        @Schema(description = "Optional: without one, the customer goes on the missing-e-mail work list (R9)",
                example = "kari.nordmann@example.no") String email,
        @NotBlank @Pattern(regexp = Customer.PHONE_PATTERN, message = "must be a phone number: digits, spaces and an optional leading +")
        @Schema(example = "+47 400 00 000", maxLength = Customer.MAX_PHONE) String phone,
        @NotNull @Valid AddressRequest address) {

    public record AddressRequest(
            @NotBlank @Size(max = PostalAddress.MAX_STREET) @Schema(example = "Eksempelveien 1") String street,
            @NotNull @Pattern(regexp = "\\d{4}", message = "must be four digits")
            @Schema(example = "4612", maxLength = PostalAddress.POSTAL_CODE_LENGTH) String postalCode,
            @NotBlank @Size(max = PostalAddress.MAX_CITY) @Schema(example = "Kristiansand") String city) {

        PostalAddress toPostalAddress() {
            return new PostalAddress(street.trim(), postalCode, city.trim());
        }
    }

    RegisterCustomer toCommand() {
        return new RegisterCustomer(fullName.trim(), NationalIdNumber.parse(nationalIdNumber),
                email == null ? null : email.trim(),
                phone.trim(), address.toPostalAddress());
    }
}
