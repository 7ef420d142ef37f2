package no.los.customer.login;

import java.util.UUID;

/**
 * The customer's login account for Min side and the app, held by the identity provider (Keycloak)
 * and linked to the customer record by its {@code customer_id} attribute. It is part of the erasure
 * protocol: customer-service removes it when the contact details go, and confirms it like its own data.
 */
public interface LoginAccounts {

    /** How many login accounts are linked to the customer. */
    int count(UUID customerId);

    /**
     * Removes every login account linked to the customer; returns how many went. Removing what is
     * already gone removes nothing, so a retried erasure confirms the same.
     *
     * @throws LoginAccountsUnavailable when the identity provider cannot be reached or fails (passes by itself)
     * @throws LoginAccountsRefused when it refuses the call
     */
    int remove(UUID customerId);
}
