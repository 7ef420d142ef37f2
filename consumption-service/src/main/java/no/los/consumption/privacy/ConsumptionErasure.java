package no.los.consumption.privacy;

import static no.los.consumption.privacy.ConsumptionDataMap.ALERT_SETTINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.APP_PROFILE;
import static no.los.consumption.privacy.ConsumptionDataMap.APP_REGISTRATION;
import static no.los.consumption.privacy.ConsumptionDataMap.CONTRACTS;
import static no.los.consumption.privacy.ConsumptionDataMap.HOURLY_READINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.METERED_DAYS;
import static no.los.consumption.privacy.ConsumptionDataMap.METERING_POINTS;
import static no.los.consumption.privacy.ConsumptionDataMap.QUARTER_HOUR_READINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.READING_CORRECTIONS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.app.AppRegistration;
import no.los.consumption.contract.SupplyContract;
import no.los.consumption.privacy.InvoicingRetentionRule.Retention;
import no.los.consumption.repository.AlertSettingRepository;
import no.los.consumption.repository.AppProfileRepository;
import no.los.consumption.repository.AppRegistrationRepository;
import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.InvoicingRetentionRepository;
import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.consumption.repository.MeteringRecordsRepository;
import no.los.consumption.repository.SupplyContractRepository;
import no.los.platform.erasure.BookkeepingPeriod;
import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.erasure.RetentionReason;
import no.los.platform.rights.DataSubjectRights.ErasureRules;
import no.los.platform.time.OsloCalendar;

/**
 * How consumption-service takes part in the erasure protocol. App data (registration, profile,
 * alerts) goes at once on every trigger but the retention job's; invoicing data (hourly readings,
 * contracts, metering points) stays while a contract is in force and then for the Bookkeeping Act's
 * period, after which {@link ExpiredInvoicingDataErasure} hands the expired case here. Metering points
 * of a customer we never knew a contract of were never invoicing data: an erasure request or the end
 * of the relationship deletes them. The platform's {@link no.los.platform.rights.RightsProtocol} takes
 * the customer's lock before and confirms each case exactly once after, in the same transaction.
 */
@ApplicationScoped
public class ConsumptionErasure implements ErasureRules {

    private static final Set<ErasureTrigger> ACTED_ON = EnumSet.of(ErasureTrigger.CONSENT_WITHDRAWN,
            ErasureTrigger.RELATIONSHIP_ENDED, ErasureTrigger.ERASURE_REQUESTED, ErasureTrigger.RETENTION_EXPIRED);

    @Inject
    MeteringRecordsRepository records;

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

    @Override
    public boolean actsOn(ErasureTrigger trigger) {
        return ACTED_ON.contains(trigger);
    }

    /** Only the app is processed under a consent here; other purposes' withdrawals are not ours. */
    @Override
    public boolean processesUnderConsent(String purpose) {
        return AppRegistration.PURPOSE.equals(purpose);
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void erase(ErasureCase erasure, ErasureReport report) {
        UUID customerId = erasure.customerId();
        if (erasure instanceof ErasureCase.ConsentWithdrawn) {
            appConsentWithdrawn(customerId, report);
        } else if (erasure instanceof ErasureCase.RelationshipEnded ended) {
            relationshipEnded(customerId, ended.endedOn(), report);
        } else if (erasure instanceof ErasureCase.ErasureRequested) {
            erasureRequested(customerId, report);
        } else if (erasure instanceof ErasureCase.RetentionExpired expired) {
            retentionExpired(customerId, expired.today(), report);
        } else {
            throw new IllegalArgumentException("consumption-service does not act on " + erasure.trigger());
        }
    }

    /** Whether the customer's invoicing data has outlived its keep-until date on {@code today}: the job's question. */
    @Transactional(TxType.MANDATORY)
    public boolean retentionExpiredOn(UUID customerId, LocalDate today) {
        return retentions.findByIdOptional(customerId).map(retention -> retention.expiredOn(today)).orElse(false);
    }

    /**
     * The VISUALISATION_APP consent was withdrawn: the app's data goes; invoicing data is not the app's,
     * so it is reported kept when a duty keeps it and otherwise left to the other triggers.
     */
    private void appConsentWithdrawn(UUID customerId, ErasureReport report) {
        deleteAppData(customerId, report);
        retentionOfInvoicingData(customerId).ifPresent(retention -> reportKept(customerId, retention, report));
    }

    /**
     * The customer relationship ended: app data goes, and the Bookkeeping Act's period for the
     * invoicing data is recorded. Should a contract still be open here (its termination never
     * reached us), it ended with the relationship. Without any contract known, nothing was invoiced:
     * the metering points go instead.
     */
    private void relationshipEnded(UUID customerId, LocalDate endedOn, ErasureReport report) {
        deleteAppData(customerId, report);
        List<SupplyContract> held = contracts.ofCustomer(customerId);
        if (held.isEmpty()) {
            deleteInvoicingData(customerId, report);
        } else {
            recordBookkeepingPeriod(customerId, endedOn, held, report);
        }
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
        held.stream().filter(contract -> contract.lastDay() == null).forEach(contract -> contract.terminate(endedOn));
        reportKept(customerId, new Retention(RetentionReason.BOOKKEEPING_ACT, retention.keptUntil()), report);
    }

    /**
     * A data subject asked for erasure: everything goes that no legal duty keeps, the invoicing data
     * too when no contract in force nor the Bookkeeping Act keeps it.
     */
    private void erasureRequested(UUID customerId, ErasureReport report) {
        deleteAppData(customerId, report);
        retentionOfInvoicingData(customerId).ifPresentOrElse(retention -> reportKept(customerId, retention, report),
                () -> deleteInvoicingData(customerId, report));
    }

    /**
     * The last day a former customer's invoicing data was kept has passed: it goes. Handed here by the
     * retention job only after it checked {@link #retentionExpiredOn} under the customer's lock; a case
     * for data still kept is refused, so nothing is deleted and nothing confirmed.
     */
    private void retentionExpired(UUID customerId, LocalDate today, ErasureReport report) {
        if (!retentionExpiredOn(customerId, today)) {
            throw new IllegalStateException("the invoicing data of this customer is still kept on " + today);
        }
        deleteInvoicingData(customerId, report);
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
        report.kept(HOURLY_READINGS, readings.countOfCustomer(customerId), retention.reason(), retention.until());
        report.kept(QUARTER_HOUR_READINGS, records.countQuarters(customerId), retention.reason(), retention.until());
        report.kept(METERED_DAYS, records.countDays(customerId), retention.reason(), retention.until());
        report.kept(READING_CORRECTIONS, records.countCorrections(customerId), retention.reason(), retention.until());
        report.kept(CONTRACTS, contracts.count("customerId", customerId), retention.reason(), retention.until());
        report.kept(METERING_POINTS, meteringPoints.count("customerId", customerId), retention.reason(),
                retention.until());
    }

    /**
     * Nothing keeps the invoicing data: the customer's readings (at any point, hourly and quarter-hour,
     * with the days and the corrections), contracts and the metering points they are the tenant of go,
     * and any keep-until date with them. A delivery being stored holds the contracts until it commits
     * ({@code ReadingStage.holdContracts}): the lock taken first makes this erasure wait for it, so the
     * readings it stored are deleted too, never left behind.
     */
    private void deleteInvoicingData(UUID customerId, ErasureReport report) {
        contracts.lockAgainstDeliveries();
        report.deleted(HOURLY_READINGS, readings.deleteOfCustomer(customerId));
        report.deleted(QUARTER_HOUR_READINGS, records.deleteQuarters(customerId));
        report.deleted(METERED_DAYS, records.deleteDays(customerId));
        report.deleted(READING_CORRECTIONS, records.deleteCorrections(customerId));
        report.deleted(CONTRACTS, contracts.deleteOfCustomer(customerId));
        report.deleted(METERING_POINTS, meteringPoints.deleteOfCustomer(customerId));
        retentions.deleteById(customerId);
    }
}
