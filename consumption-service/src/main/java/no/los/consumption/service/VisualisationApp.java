package no.los.consumption.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.app.Alert;
import no.los.consumption.app.AlertSetting;
import no.los.consumption.app.AppProfile;
import no.los.consumption.app.AppRegistration;
import no.los.consumption.app.Household;
import no.los.consumption.repository.AlertSettingRepository;
import no.los.consumption.repository.AppProfileRepository;
import no.los.consumption.repository.AppRegistrationRepository;
import no.los.platform.outbox.Outbox;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.rights.Restrictions;

/**
 * The visualisation app's own data, kept apart from invoicing data: a registration learnt from the
 * VISUALISATION_APP consent, the household profile and the alerts. Nothing enters without the
 * consent on record; {@link no.los.consumption.privacy.ConsumptionErasure} removes it all when the consent goes.
 * While processing of the person's data is restricted (Art. 18) nothing here changes.
 */
@ApplicationScoped
public class VisualisationApp {

    @Inject
    AppRegistrationRepository registrations;

    @Inject
    AppProfileRepository profiles;

    @Inject
    AlertSettingRepository alerts;

    @Inject
    Outbox outbox;

    @Inject
    Restrictions restrictions;

    @Transactional(TxType.MANDATORY)
    public void register(UUID customerId, String noticeVersion, OffsetDateTime givenAt) {
        outbox.lockCustomer(customerId);
        registrations.findByIdOptional(customerId).ifPresentOrElse(
                registration -> registration.renew(noticeVersion, givenAt),
                () -> registrations.persist(new AppRegistration(customerId, noticeVersion, givenAt)));
    }

    @Transactional
    public AppProfile describeHousehold(UUID customerId, Household household) {
        requireRegistration(customerId);
        restrictions.requireUnrestricted(customerId, "Changing the app profile");
        Optional<AppProfile> existing = profiles.findByIdOptional(customerId);
        if (existing.isPresent()) {
            existing.get().describe(household, OffsetDateTime.now());
            return existing.get();
        }
        AppProfile profile = new AppProfile(customerId, household, OffsetDateTime.now());
        profiles.persist(profile);
        return profile;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<AppProfile> profile(UUID customerId) {
        return profiles.findByIdOptional(customerId);
    }

    /** Replaces the customer's alerts with these; an empty list switches every alert off. */
    @Transactional
    public List<Alert> replaceAlerts(UUID customerId, List<Alert> wanted) {
        requireRegistration(customerId);
        restrictions.requireUnrestricted(customerId, "Changing the alerts");
        alerts.deleteOfCustomer(customerId);
        wanted.forEach(alert -> alerts.persist(new AlertSetting(customerId, alert)));
        alerts.flush();
        return alerts(customerId);
    }

    @Transactional(TxType.SUPPORTS)
    public List<Alert> alerts(UUID customerId) {
        return alerts.ofCustomer(customerId).stream().map(AlertSetting::alert).toList();
    }

    /**
     * Holds the customer's lock for the rest of the transaction, so a withdrawal being carried out
     * meanwhile either comes first (and this is refused) or waits and deletes what this stores.
     */
    private void requireRegistration(UUID customerId) {
        outbox.lockCustomer(customerId);
        if (registrations.findByIdOptional(customerId).isEmpty()) {
            throw new ConflictProblem("No VISUALISATION_APP consent is on record: give it in consent-service first");
        }
    }
}
