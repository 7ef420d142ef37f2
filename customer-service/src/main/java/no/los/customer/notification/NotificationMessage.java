package no.los.customer.notification;

import java.util.Objects;

/**
 * One service message to one person: by e-mail (with a subject) or by SMS (the text only).
 *
 * @param channel how it goes
 * @param to      the e-mail address or the phone number, as registered
 * @param subject the e-mail's subject; ignored for SMS
 * @param text    the message, in Norwegian
 */
public record NotificationMessage(ContactChannel channel, String to, String subject, String text) {

    public NotificationMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }
}
