package no.los.platform.security;

/**
 * The roles of the suite (realm roles in Keycloak). Every endpoint names the roles that may call it.
 */
public final class Roles {

    /** The data subject, through Min side or the app; reaches only its own data, via {@code /me}. */
    public static final String CUSTOMER = "customer";
    /** Customer-service agents. */
    public static final String AGENT = "agent";
    /** Marketing staff: segments and subscriptions, never consumption data. */
    public static final String MARKETING = "marketing";
    /** The data protection officer. */
    public static final String PRIVACY_OFFICER = "privacy-officer";
    /** Administrators of the suite. */
    public static final String ADMIN = "admin";
    /** Machine clients (billing, Elhub import, partner systems) with a service account. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
