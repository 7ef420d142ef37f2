package no.los.consumption.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.OsloCalendar;
import no.los.consumption.contract.SupplyContract;
import no.los.consumption.erasure.InvoicingRetention;
import no.los.consumption.erasure.InvoicingRetentionRule;
import no.los.consumption.erasure.InvoicingRetentionRule.Retention;
import no.los.consumption.repository.AlertSettingRepository;
import no.los.consumption.repository.AppProfileRepository;
import no.los.consumption.repository.AppRegistrationRepository;
import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.InvoicingRetentionRepository;
import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.consumption.repository.SupplyContractRepository;
import no.los.platform.erasure.BookkeepingPeriod;
import no.los.platform.erasure.ErasureConfirmations;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.outbox.Outbox;

/**
 * How consumption-service takes part in the erasure protocol. App data (registration, profile,
 * alerts) goes at once on every trigger; invoicing data (hourly readings, contracts, metering points)
 * stays while a contract is in force and then for the Bookkeeping Act's period, after which
 * {@link ExpiredInvoicingDataErasure} deletes it. Each trigger is answered with exactly one
 * confirmation, in the transaction that deleted.
 */
@ApplicationScoped
public class ConsumptionErasure {

    /** Categories, as the confirmations and the README name them. */
    public static final String APP_PROFILE = "app-profile";
    public static final String ALERT_SETTINGS = "alert-settings";
    public static final String HOURLY_READINGS = "hourly-readings";
    public static final String CONTRACTS = "contracts";
    public static final String METERING_POINTS = "metering-points";

    @Inject
    AppRegistrationRepository registrations;

    @Inject
    AppProfileRepository profiles;

    @Inject
    AlertSettingRepository alerts;

    @Inject
    KnownMeteringPointRepository meteringPoints;

    @Inject
    HourlyReadingRepository readings;

    @Inject
    SupplyContractRepository contracts;

    @Inject
    InvoicingRetentionRepository retentions;

    @Inject
    BookkeepingPeriod bookkeeping;

    @Inject
    ErasureConfirmations confirmations;

    @Inject
    Outbox outbox;

    /** The VISUALISATION_APP consent was withdrawn: the app's data goes; invoicing data is not the app's. */
    @Transactional(TxType.MANDATORY)
    public void appConsentWithdrawn(UUID customerId, String triggerEventId) {
        outbox.lockCustomer(customerId);
        ErasureReport report = ErasureReport.on(ErasureTrigger.CONSENT_WITHDRAWN, triggerEventId);
        deleteAppData(customerId, report);
        keepInvoicingData(customerId, report);
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    /**
     * The customer relationship ended: app data goes, and the Bookkeeping Act's period for the
     * invoicing data is recorded. Should a contract still be open here (its termination never
     * reached us), it ended with the relationship.
     */
    @Transactional(TxType.MANDATORY)
    public void relationshipEnded(UUID customerId, LocalDate endedOn, String triggerEventId) {
        outbox.lockCustomer(customerId);
        LocalDate keptUntil = bookkeeping.keptUntil(endedOn);
        InvoicingRetention retention = retentions.findByIdOptional(customerId).orElse(null);
        if (retention == null) {
            retention = new InvoicingRetention(customerId, endedOn, keptUntil);
            retentions.persist(retention);
        } else {
            retention.endedAgain(endedOn, keptUntil);
        }
        List<SupplyContract> held = contracts.ofCustomer(customerId);
        held.stream().filter(contract -> contract.endsOn() == null).forEach(contract -> contract.terminate(endedOn));

        ErasureReport report = ErasureReport.on(ErasureTrigger.RELATIONSHIP_ENDED, triggerEventId);
        deleteAppData(customerId, report);
        reportKept(customerId, held, new Retention(RetentionReason.BOOKKEEPING_ACT, retention.keptUntil()), report);
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    /** A data subject asked for erasure: everything goes that no legal duty keeps. */
    @Transactional(TxType.MANDATORY)
    public void erasureRequested(UUID customerId, ErasureReport report) {
        outbox.lockCustomer(customerId);
        deleteAppData(customerId, report);
        keepInvoicingData(customerId, report);
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    /** Profile and alerts first: they hang on the registration. */
    private void deleteAppData(UUID customerId, ErasureReport report) {
        report.deleted(APP_PROFILE, profiles.delete("customerId", customerId));
        report.deleted(ALERT_SETTINGS, alerts.deleteOfCustomer(customerId));
        registrations.delete("customerId", customerId);
    }

    private void keepInvoicingData(UUID customerId, ErasureReport report) {
        List<SupplyContract> held = contracts.ofCustomer(customerId);
        Optional<LocalDate> recorded = retentions.findByIdOptional(customerId).map(InvoicingRetention::keptUntil);
        boolean holdsData = !meteringPoints.idsOfCustomer(customerId).isEmpty();
        new InvoicingRetentionRule(bookkeeping).retention(held, recorded, holdsData, OsloCalendar.today())
                .ifPresent(retention -> reportKept(customerId, held, retention, report));
    }

    private void reportKept(UUID customerId, List<SupplyContract> held, Retention retention, ErasureReport report) {
        List<String> points = meteringPoints.idsOfCustomer(customerId);
        report.kept(HOURLY_READINGS, readings.countOf(points), retention.reason(), retention.until());
        report.kept(CONTRACTS, held.size(), retention.reason(), retention.until());
        report.kept(METERING_POINTS, points.size(), retention.reason(), retention.until());
    }
}
