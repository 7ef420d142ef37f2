package no.los.customer.login;

import no.los.platform.inbox.OutsideSystemDown;

/**
 * The identity provider could not be reached or answered with a server error: the erasure waits
 * and is tried again until it answers, never confirmed without the login account.
 */
public class LoginAccountsUnavailable extends OutsideSystemDown {

    public LoginAccountsUnavailable(String what) {
        super("the identity provider's admin API " + what);
    }
}
