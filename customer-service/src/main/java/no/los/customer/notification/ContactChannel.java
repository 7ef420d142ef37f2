package no.los.customer.notification;

/** The registered contact a service message goes to. */
public enum ContactChannel {
    EMAIL,
    SMS
}
