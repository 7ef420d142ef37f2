package no.los.customer.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import no.los.customer.config.VisitorRegisterConfig;
import no.los.customer.repository.VisitRepository;
import no.los.customer.visitor.Visit;
import no.los.platform.http.Page;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.time.OsloCalendar;

/**
 * The reception's visitor register (R14): who arrived and left, kept
 * {@code los.customer.visitor-register.keep-days} after the visit. A visitor's own access or erasure
 * request finds the visits by the full name the visitor gives, once the privacy officer has checked
 * who is asking: visits are linked to no customer, so no customer's request reaches them.
 */
@ApplicationScoped
public class VisitorRegister {

    private static final Logger LOG = Logger.getLogger(VisitorRegister.class);

    @Inject
    VisitRepository visits;

    @Inject
    VisitorRegisterConfig config;


    /** The visitor arrives now. */
    @Transactional
    public Visit arrive(String fullName, String registeredBy) {
        Visit visit = new Visit(fullName, OffsetDateTime.now(), OsloCalendar.today(), config.keepDays(), registeredBy);
        visits.persist(visit);
        return visit;
    }

    /** The visitor leaves now: kept the configured days from today. */
    @Transactional
    public Visit depart(UUID visitId) {
        Visit visit = visits.findByIdOptional(visitId).orElseThrow(() -> new NotFoundProblem("Visit"));
        visit.depart(OffsetDateTime.now(), OsloCalendar.today(), config.keepDays());
        return visit;
    }

    /** The visits that began on the day (Europe/Oslo), in the order of arrival: who is or was in the building. */
    @Transactional(TxType.SUPPORTS)
    public List<Visit> on(LocalDate day) {
        return visits.arrivedBetween(OsloCalendar.startOf(day), OsloCalendar.startOf(day.plusDays(1)));
    }

    /** A visitor's access request: the visits under the name, oldest first (the first {@value Page#MAX_SIZE}). */
    @Transactional(TxType.SUPPORTS)
    public List<Visit> underName(String fullName) {
        return visits.underName(fullName, Page.MAX_SIZE);
    }

    /** A visitor's erasure request: every visit under the name is deleted; answers how many. */
    @Transactional
    public int eraseUnderName(String fullName, String requestReference) {
        List<Visit> found = visits.underName(fullName, Integer.MAX_VALUE);
        found.forEach(visits::delete);
        LOG.infof("visitor register: %d visits erased on request %s", found.size(), requestReference);
        return found.size();
    }
}
