package no.los.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Norwegian postal address. The postal code is text: Oslo's begin with 0. */
@Embeddable
public class PostalAddress {

    public static final int MAX_STREET = 200;
    public static final int POSTAL_CODE_LENGTH = 4;
    public static final int MAX_CITY = 100;

    @Column(name = "street")
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city")
    private String city;

    protected PostalAddress() {
    }

    public PostalAddress(String street, String postalCode, String city) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }
}
