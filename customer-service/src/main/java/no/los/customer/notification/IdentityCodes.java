package no.los.customer.notification;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.ContactMasks;
import no.los.customer.Customer;
import no.los.customer.repository.CustomerRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.NotFoundProblem;

/**
 * Sends the one-time code dsar-service made for a request staff registered (Art. 12(6)) to the
 * person's registered e-mail address or phone, through the notification port. customer-service owns
 * the contact data, so the address never leaves it; dsar-service keeps only a hash of the code and
 * learns the masked address. The code travels in the call and the message only.
 */
@ApplicationScoped
public class IdentityCodes {

    /** What was sent where: the address masked, so staff can tell the person where to look. */
    public record Sent(ContactChannel channel,
            @Schema(description = "The address or number, masked", example = "k***@example.no", maxLength = 320)
            String sentTo) {
    }

    @Inject
    CustomerRepository customers;

    @Inject
    Notifications notifications;

    @Transactional(TxType.SUPPORTS)
    public Sent send(UUID customerId, ContactChannel channel, String code, int validMinutes) {
        Customer customer = customers.findByIdOptional(customerId).orElseThrow(() -> new NotFoundProblem("Customer"));
        String to = channel == ContactChannel.EMAIL ? customer.email() : customer.phone();
        if (to == null || to.isBlank()) {
            throw new ConflictProblem("The customer has no registered " + (channel == ContactChannel.EMAIL
                    ? "e-mail address" : "phone number") + "; use the other channel, or check the identity by hand");
        }
        String text = "Engangskoden din er " + code + ". Oppgi den til LOS når vi spør, så vet vi at henvendelsen om "
                + "personopplysningene dine kommer fra deg. Koden gjelder i " + validMinutes + " minutter. Har du ikke "
                + "kontaktet LOS, kan du se bort fra meldingen, eller skrive til personvern@los.no.";
        notifications.send(new NotificationMessage(channel, to, "Engangskode fra LOS", text));
        return new Sent(channel, channel == ContactChannel.EMAIL ? ContactMasks.email(to) : ContactMasks.phone(to));
    }
}
