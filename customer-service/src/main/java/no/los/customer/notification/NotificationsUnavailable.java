package no.los.customer.notification;

import no.los.platform.problem.DependencyUnavailable;

/** The notification provider could not be reached or did not accept the message: a 503 problem, no data in it. */
public class NotificationsUnavailable extends DependencyUnavailable {

    public NotificationsUnavailable(String what) {
        super("The notification provider", what);
    }
}
