package no.los.customer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.PostalAddress;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.service.CustomerRegistration.RegisterCustomer;

@Schema(description = "A new customer, as customer service registers it")
public record RegisterCustomerRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Kari Nordmann") String fullName,
        @NotBlank @Schema(description = "Fødselsnummer or D-nummer, 11 digits", example = "02813299944") String nationalIdNumber,
        @NotBlank @Email @Size(max = 254) @Schema(example = "kari.nordmann@example.no") String email,
        @NotBlank @Pattern(regexp = "\\+?[0-9 ]{8,18}", message = "must be a phone number: digits, spaces and an optional leading +")
        @Schema(example = "+47 400 00 000") String phone,
        @NotNull @Valid AddressRequest address) {

    public record AddressRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Eksempelveien 1") String street,
            @NotNull @Pattern(regexp = "\\d{4}", message = "must be four digits") @Schema(example = "4612") String postalCode,
            @NotBlank @Size(max = 100) @Schema(example = "Kristiansand") String city) {

        PostalAddress toPostalAddress() {
            return new PostalAddress(street.trim(), postalCode, city.trim());
        }
    }

    RegisterCustomer toCommand() {
        return new RegisterCustomer(fullName.trim(), NationalIdNumber.parse(nationalIdNumber), email.trim(),
                phone.trim(), address.toPostalAddress());
    }
}
