package no.los.customer.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.los.platform.time.OsloCalendar;

/**
 * Ends the relationships whose last contract was terminated for a day that has since passed: a
 * termination with an end date ahead cannot end the relationship when it is made. Each customer in
 * a transaction of its own; running twice ends nothing twice.
 */
@ApplicationScoped
public class RelationshipCheck {

    private static final Logger LOG = Logger.getLogger(RelationshipCheck.class);

    @Inject
    RelationshipEnding relationshipEnding;


    @Scheduled(identity = "relationship-check", every = "${los.customer.relationship-check.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        endDueRelationships(OsloCalendar.today());
    }

    /** Ends every relationship due by {@code today}; answers how many ended. */
    public int endDueRelationships(LocalDate today) {
        int ended = 0;
        for (UUID customerId : relationshipEnding.dueBy(today)) {
            if (relationshipEnding.endIfDue(customerId, today)) {
                ended++;
            }
        }
        if (ended > 0) {
            LOG.infof("relationship check: %d customer relationships ended", ended);
        }
        return ended;
    }
}
