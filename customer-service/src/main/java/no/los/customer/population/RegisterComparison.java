package no.los.customer.population;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import no.los.customer.Customer;

/**
 * Where the customer record and the population register disagree. Names are compared without regard
 * to case and spacing; the address by street and postal code (the register writes the post town its
 * own way, "KRISTIANSAND S"). A strictly confidential address, which the register does not give, is
 * not compared. The register never overwrites the record: an agent looks at every difference.
 */
public final class RegisterComparison {

    /** A part of the record that differs from the register. */
    public enum Field {
        NAME, ADDRESS
    }

    private RegisterComparison() {
    }

    public static Set<Field> differences(Customer customer, RegisteredPerson person) {
        Set<Field> differ = EnumSet.noneOf(Field.class);
        if (!normal(customer.fullName()).equals(normal(person.fullName()))) {
            differ.add(Field.NAME);
        }
        if (person.address() != null && (!normal(customer.address().street()).equals(normal(person.address().street()))
                || !customer.address().postalCode().equals(person.address().postalCode()))) {
            differ.add(Field.ADDRESS);
        }
        return differ;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
