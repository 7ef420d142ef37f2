package no.los.customer.login;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the login accounts live: the Keycloak admin API of the realm, reached with the dedicated
 * client {@code login-account-eraser}, whose service account may only view and manage users.
 */
@ConfigMapping(prefix = "los.customer.login-accounts")
public interface LoginAccountsConfig {

    /** Keycloak's base URL, e.g. {@code http://127.0.0.1:8180}. */
    String url();

    /** The realm of the customers' logins. */
    @WithDefault("los")
    String realm();

    @WithDefault("login-account-eraser")
    String clientId();

    /** The client's secret: no default; the local stack generates it, Kubernetes reads it from a Secret. */
    String clientSecret();

    @WithDefault("PT10S")
    Duration timeout();
}
