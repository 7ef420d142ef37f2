package no.los.customer.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the notification provider's API is, and the key customer-service sends with. */
@ConfigMapping(prefix = "los.customer.notifications")
public interface NotificationsConfig {

    /** The provider's base URL; {@code POST <url>/messages} hands over one message. */
    String url();

    /** The API key, sent as a bearer token: no default; the stack generates one, Kubernetes reads a Secret. */
    String apiKey();

    /** The sender's name in e-mails and SMS. */
    @WithDefault("LOS")
    String sender();

    @WithDefault("PT10S")
    Duration timeout();
}
