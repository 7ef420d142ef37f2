package no.los.consumption.privacy;

import static no.los.consumption.privacy.ConsumptionDataMap.ALERT_SETTINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.APP_PROFILE;
import static no.los.consumption.privacy.ConsumptionDataMap.APP_REGISTRATION;
import static no.los.consumption.privacy.ConsumptionDataMap.CONTRACTS;
import static no.los.consumption.privacy.ConsumptionDataMap.HOURLY_READINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.METERED_DAYS;
import static no.los.consumption.privacy.ConsumptionDataMap.QUARTER_HOUR_READINGS;
import static no.los.consumption.privacy.ConsumptionDataMap.READING_CORRECTIONS;
import static no.los.consumption.privacy.ConsumptionDataMap.INVOICING_RETENTION;
import static no.los.consumption.privacy.ConsumptionDataMap.METERING_POINTS;
import static no.los.platform.rights.AccessPart.record;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.consumption.insight.PeerComparison;
import no.los.consumption.repository.AlertSettingRepository;
import no.los.consumption.repository.AlertSettingRepository.AlertThreshold;
import no.los.consumption.repository.AppProfileRepository;
import no.los.consumption.repository.AppProfileRepository.HouseholdDescription;
import no.los.consumption.repository.AppRegistrationRepository;
import no.los.consumption.repository.AppRegistrationRepository.Registration;
import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.HourlyReadingRepository.MeteredHour;
import no.los.consumption.repository.InvoicingRetentionRepository;
import no.los.consumption.repository.InvoicingRetentionRepository.KeptUntil;
import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.consumption.repository.KnownMeteringPointRepository.LearntMeteringPoint;
import no.los.consumption.repository.MeteringRecordsRepository;
import no.los.consumption.repository.MeteringRecordsRepository.MeteredDay;
import no.los.consumption.repository.MeteringRecordsRepository.ReplacedValue;
import no.los.consumption.repository.SupplyContractRepository;
import no.los.consumption.repository.SupplyContractRepository.ContractTerms;
import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.rights.PortableWriter;
import no.los.platform.time.OsloCalendar;

/**
 * consumption-service's part in the rights of the data subject, in one place: what it holds
 * ({@link ConsumptionDataMap}), the person's copy of all of it, the portable export, and the
 * erasure rules ({@link ConsumptionErasure}). The platform reads the requests and triggers, and
 * answers and confirms once. Each category is read with one query, as a projection; the readings,
 * five years of which are 43,800 rows per metering point, stream from a database cursor.
 */
@ApplicationScoped
public class ConsumptionRights implements DataSubjectRights {

    @Inject
    ConsumptionDataMap map;

    @Inject
    ConsumptionErasure erasure;

    @Inject
    HourlyReadingRepository readings;

    @Inject
    MeteringRecordsRepository records;

    @Inject
    SupplyContractRepository contracts;

    @Inject
    KnownMeteringPointRepository meteringPoints;

    @Inject
    InvoicingRetentionRepository retentions;

    @Inject
    AppRegistrationRepository registrations;

    @Inject
    AppProfileRepository profiles;

    @Inject
    AlertSettingRepository alerts;

    @Override
    public DataMap dataMap() {
        return map.dataMap();
    }

    /** All of it, every hour included: the person's own copy (Art. 15). */
    @Override
    @Transactional
    public AccessPart access(UUID customerId) {
        List<Map<String, Object>> hours;
        try (Stream<MeteredHour> stream = readings.streamOfCustomer(customerId)) {
            hours = stream.map(ConsumptionRights::hour).toList();
        }
        return AccessPart.of(dataMap(), customerId)
                .category(HOURLY_READINGS, hours)
                .category(QUARTER_HOUR_READINGS, quarters(customerId))
                .category(METERED_DAYS, rows(records.daysOfCustomer(customerId), ConsumptionRights::day))
                .category(READING_CORRECTIONS, rows(records.correctionsOfCustomer(customerId), ConsumptionRights::replaced))
                .category(CONTRACTS, rows(contracts.termsOfCustomer(customerId), ConsumptionRights::contract))
                .category(METERING_POINTS, rows(meteringPoints.learntOfCustomer(customerId), ConsumptionRights::meteringPoint))
                .category(INVOICING_RETENTION, rows(retentions.keptUntilOf(customerId), ConsumptionRights::keptUntil))
                .category(APP_REGISTRATION, rows(registrations.registrationOf(customerId), ConsumptionRights::registration))
                .category(APP_PROFILE, rows(profiles.descriptionOf(customerId), ConsumptionRights::household))
                .category(ALERT_SETTINGS, rows(alerts.thresholdsOfCustomer(customerId), ConsumptionRights::alert))
                .build();
    }

    /**
     * What was observed about the person or what the person gave (Art. 20): readings, contracts,
     * metering points, the app profile and alerts. Readings go straight from the cursor to the writer;
     * the transaction is what lets PostgreSQL hand them over a fetch at a time.
     */
    @Override
    @Transactional
    public void export(UUID customerId, PortableWriter writer) {
        writer.category(HOURLY_READINGS);
        try (Stream<MeteredHour> stream = readings.streamOfCustomer(customerId)) {
            stream.forEach(hour -> writer.record(hour(hour)));
        }
        writer.category(QUARTER_HOUR_READINGS);
        try (Stream<MeteredHour> stream = records.streamQuartersOfCustomer(customerId)) {
            stream.forEach(quarter -> writer.record(hour(quarter)));
        }
        write(writer, CONTRACTS, contracts.termsOfCustomer(customerId), ConsumptionRights::contract);
        write(writer, METERING_POINTS, meteringPoints.learntOfCustomer(customerId), ConsumptionRights::meteringPoint);
        write(writer, APP_PROFILE, profiles.descriptionOf(customerId), ConsumptionRights::household);
        write(writer, ALERT_SETTINGS, alerts.thresholdsOfCustomer(customerId), ConsumptionRights::alert);
    }

    /**
     * While restricted, the app stops: the household profile and the alerts are kept but not changed
     * or used. The hourly readings keep arriving and are stored, as invoicing requires.
     */
    @Override
    public List<String> stoppedWhileRestricted() {
        return List.of(ConsumptionDataMap.APP_PROFILE, ConsumptionDataMap.ALERT_SETTINGS);
    }

    /**
     * An upheld objection to peer comparison takes the household's profile and readings out of every
     * comparison group and ends its own comparison ({@code insight/PeerComparison}).
     */
    @Override
    public List<String> stoppedByObjection(String scope) {
        return PeerComparison.OBJECTION_SCOPE.equals(scope)
                ? List.of(ConsumptionDataMap.APP_PROFILE, ConsumptionDataMap.HOURLY_READINGS)
                : List.of();
    }

    @Override
    public ErasureRules erasure() {
        return erasure;
    }

    private static <T> List<Map<String, Object>> rows(List<T> found, Function<T, Map<String, Object>> row) {
        return found.stream().map(row).toList();
    }

    private static <T> void write(PortableWriter writer, String category, List<T> found,
            Function<T, Map<String, Object>> row) {
        writer.category(category);
        found.forEach(each -> writer.record(row.apply(each)));
    }

    /** The hour (or quarter) in Norwegian time, as the person lived it. */
    private static Map<String, Object> hour(MeteredHour hour) {
        return record("meteringPointId", hour.meteringPointId(),
                "start", hour.startsAt().atZoneSameInstant(OsloCalendar.ZONE).toOffsetDateTime(),
                "kwh", hour.kwh());
    }

    private List<Map<String, Object>> quarters(UUID customerId) {
        try (Stream<MeteredHour> stream = records.streamQuartersOfCustomer(customerId)) {
            return stream.map(ConsumptionRights::hour).toList();
        }
    }

    private static Map<String, Object> day(MeteredDay day) {
        return record("meteringPointId", day.meteringPointId(), "day", day.day(), "resolution", day.resolution(),
                "intervals", day.intervals(), "kwh", day.kwh(), "updatedAt", day.updatedAt());
    }

    private static Map<String, Object> replaced(ReplacedValue value) {
        return record("meteringPointId", value.meteringPointId(),
                "start", value.startsAt().atZoneSameInstant(OsloCalendar.ZONE).toOffsetDateTime(),
                "resolution", value.resolution(), "kwh", value.kwh(), "receivedAt", value.receivedAt(),
                "replacedAt", value.replacedAt());
    }

    private static Map<String, Object> contract(ContractTerms contract) {
        return record("contractId", contract.id().toString(), "meteringPointId", contract.meteringPointId(),
                "contractType", contract.contractType(), "startsOn", contract.startsOn(), "endsOn", contract.endsOn(),
                "cancelledOn", contract.cancelledOn(), "learntAt", contract.learntAt());
    }

    private static Map<String, Object> meteringPoint(LearntMeteringPoint point) {
        return record("meteringPointId", point.id(), "priceArea", point.priceArea(), "learntAt", point.learntAt());
    }

    private static Map<String, Object> keptUntil(KeptUntil retention) {
        return record("relationshipEndedOn", retention.relationshipEndedOn(), "keptUntil", retention.keptUntil());
    }

    private static Map<String, Object> registration(Registration registration) {
        return record("noticeVersion", registration.noticeVersion(), "givenAt", registration.givenAt());
    }

    private static Map<String, Object> household(HouseholdDescription household) {
        return record("householdSize", household.householdSize(), "dwellingType", household.dwellingType().name(),
                "heatingType", household.heatingType().name(), "areaSquareMetres", household.areaSquareMetres(),
                "updatedAt", household.updatedAt());
    }

    private static Map<String, Object> alert(AlertThreshold alert) {
        return record("kind", alert.kind().name(), "threshold", alert.threshold());
    }
}
