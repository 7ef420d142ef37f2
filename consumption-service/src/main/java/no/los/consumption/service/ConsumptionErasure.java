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
import no.los.platform.erasure.RetentionReason;
import no.los.platform.events.EventTopic;
import no.los.platform.outbox.Outbox;

/**
 * How consumption-service takes part in the erasure protocol. App data (registration, profile,
 * alerts) goes at once on every trigger; invoicing data (hourly readings, contracts, metering points)
 * stays while a contract is in force and then for the Bookkeeping Act's period, after which
 * {@link ExpiredInvoicingDataErasure} deletes it. Metering points of a customer we never knew a
 * contract of were never invoicing data: an erasure request or the end of the relationship deletes
 * them. Each trigger is answered with exactly one confirmation, in the transaction that deleted.
 */
@ApplicationScoped
public class ConsumptionErasure {

    /** Categories, as the confirmations and the README name them. */
    public static final String APP_REGISTRATION = "app-registration";
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

    /**
     * The VISUALISATION_APP consent was withdrawn: the app's data goes; invoicing data is not the app's,
     * so it is reported kept when a duty keeps it and otherwise left to the other triggers.
     */
    @Transactional(TxType.MANDATORY)
    public void appConsentWithdrawn(UUID customerId, ErasureReport report) {
        outbox.lockCustomer(customerId);
        deleteAppData(customerId, report);
        retentionOfInvoicingData(customerId).ifPresent(retention -> reportKept(customerId, retention, report));
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    /**
     * The customer relationship ended: app data goes, and the Bookkeeping Act's period for the
     * invoicing data is recorded. Should a contract still be open here (its termination never
     * reached us), it ended with the relationship. Without any contract known, nothing was invoiced:
     * the metering points go instead.
     */
    @Transactional(TxType.MANDATORY)
    public void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        outbox.lockCustomer(customerId);
        deleteAppData(customerId, report);
        List<SupplyContract> held = contracts.ofCustomer(customerId);
        if (held.isEmpty()) {
            deleteInvoicingData(customerId, report);
        } else {
            recordBookkeepingPeriod(customerId, endedOn, held, report);
        }
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    private void recordBookkeepingPeriod(UUID customerId, LocalDate endedOn, List<SupplyContract> held,
            ErasureReport report) {
        LocalDate keptUntil = bookkeeping.keptUntil(endedOn);
        InvoicingRetention retention = retentions.findByIdOptional(customerId).orElse(null);
        if (retention == null) {
            retention = new InvoicingRetention(customerId, endedOn, keptUntil);
            retentions.persist(retention);
        } else {
            retention.endedAgain(endedOn, keptUntil);
        }
        held.stream().filter(contract -> contract.endsOn() == null).forEach(contract -> contract.terminate(endedOn));
        reportKept(customerId, new Retention(RetentionReason.BOOKKEEPING_ACT, retention.keptUntil()), report);
    }

    /**
     * A data subject asked for erasure: everything goes that no legal duty keeps, the invoicing data
     * too when no contract in force nor the Bookkeeping Act keeps it.
     */
    @Transactional(TxType.MANDATORY)
    public void erasureRequested(UUID customerId, ErasureReport report) {
        outbox.lockCustomer(customerId);
        deleteAppData(customerId, report);
        retentionOfInvoicingData(customerId).ifPresentOrElse(retention -> reportKept(customerId, retention, report),
                () -> deleteInvoicingData(customerId, report));
        confirmations.confirm(EventTopic.CONSUMPTION, customerId, report);
    }

    /** Profile and alerts first: they hang on the registration. */
    private void deleteAppData(UUID customerId, ErasureReport report) {
        report.deleted(APP_PROFILE, profiles.delete("customerId", customerId));
        report.deleted(ALERT_SETTINGS, alerts.deleteOfCustomer(customerId));
        report.deleted(APP_REGISTRATION, registrations.delete("customerId", customerId));
    }

    private Optional<Retention> retentionOfInvoicingData(UUID customerId) {
        List<SupplyContract> held = contracts.ofCustomer(customerId);
        Optional<LocalDate> recorded = retentions.findByIdOptional(customerId).map(InvoicingRetention::keptUntil);
        return new InvoicingRetentionRule(bookkeeping).retention(held, recorded, OsloCalendar.today());
    }

    private void reportKept(UUID customerId, Retention retention, ErasureReport report) {
        List<String> points = meteringPoints.idsOfCustomer(customerId);
        report.kept(HOURLY_READINGS, readings.countOf(points), retention.reason(), retention.until());
        report.kept(CONTRACTS, contracts.count("customerId", customerId), retention.reason(), retention.until());
        report.kept(METERING_POINTS, points.size(), retention.reason(), retention.until());
    }

    /**
     * Nothing keeps the invoicing data: readings (which intake refuses without a contract, so normally
     * none), contracts and metering points go, and any keep-until date with them. Readings first: they
     * reference the metering points.
     */
    private void deleteInvoicingData(UUID customerId, ErasureReport report) {
        report.deleted(HOURLY_READINGS, readings.deleteOf(meteringPoints.idsOfCustomer(customerId)));
        report.deleted(CONTRACTS, contracts.deleteOfCustomer(customerId));
        report.deleted(METERING_POINTS, meteringPoints.deleteOfCustomer(customerId));
        retentions.deleteById(customerId);
    }
}
