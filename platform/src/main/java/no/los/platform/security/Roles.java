package no.los.platform.security;

/**
 * The roles of the suite (realm roles in Keycloak, declared in {@code deploy/keycloak/los-realm.json},
 * which the contract tests read). Every endpoint names the roles that may call it.
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
    /** Reception at the office: registers visitors as they arrive and leave (R14), and nothing else. */
    public static final String RECEPTION = "reception";
    /*
     * Machine identities: one Keycloak client per purpose, each with the one role below on its
     * service account (deploy/keycloak/los-realm.json). No role is shared by machines of different purposes.
     */
    /** dsar-service fetching a person's part of an access or portability request from each service. */
    public static final String RIGHTS_COLLECTOR = "rights-collector";
    /** The billing integration: delivers the hourly readings from the metering system and reads them to invoice. */
    public static final String BILLING = "billing";
    /** The e-mail provider integration: reads the newsletter list and reports bounces. */
    public static final String NEWSLETTER_DELIVERY = "newsletter-delivery";

    private Roles() {
    }
}
