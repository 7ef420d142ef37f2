package no.los.customer.login;

/**
 * The identity provider refused the call (the client's credentials or rights are wrong): that does
 * not pass by itself, so the erasure is parked for an operator after its attempts.
 */
public class LoginAccountsRefused extends RuntimeException {

    public LoginAccountsRefused(String what) {
        super("the identity provider's admin API " + what);
    }
}
