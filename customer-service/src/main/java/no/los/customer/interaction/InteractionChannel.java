package no.los.customer.interaction;

/** How the customer and LOS were in touch (R13). */
public enum InteractionChannel {
    EMAIL, PHONE, FACEBOOK, LETTER, IN_PERSON
}
