package no.los.customer.population;

/**
 * Address protection (adressebeskyttelse) as the population register grades it. A protected address
 * is shown to the customer alone, never to staff, never in a part that leaves customer-service.
 */
public enum AddressProtection {
    /** No protection (ugradert). */
    NONE,
    /** Fortrolig: the register gives the address to those with legal grounds only. */
    CONFIDENTIAL,
    /** Strengt fortrolig: the register gives no address at all. */
    STRICTLY_CONFIDENTIAL;

    public boolean isProtected() {
        return this != NONE;
    }
}
