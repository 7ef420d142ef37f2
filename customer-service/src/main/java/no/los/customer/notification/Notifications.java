package no.los.customer.notification;

/**
 * The port to the provider that delivers LOS's service messages by e-mail and SMS. Its one adapter
 * is {@link HttpNotifications}; the tests and the local stack run a real HTTP server in the
 * provider's place. A message is sent once or the call fails: {@link NotificationsUnavailable}.
 */
public interface Notifications {

    /** Hands the message to the provider for delivery. */
    void send(NotificationMessage message);
}
