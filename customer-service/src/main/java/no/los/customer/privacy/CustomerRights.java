package no.los.customer.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.platform.rights.AccessPart;
import no.los.platform.rights.DataCategory;
import no.los.platform.rights.DataMap;
import no.los.platform.rights.DataSubjectRights;
import no.los.platform.rights.PortableWriter;

/**
 * customer-service's part in every right of the data subject, as the platform's rights protocol
 * calls it: the data map it declares ({@link CustomerDataMap}), the person's records per category
 * ({@link CustomerRecords}), and the erasure rules ({@link CustomerErasure}). The platform reads the
 * requests, checks that only dsar-service fetches a part, and answers once per request.
 */
@ApplicationScoped
public class CustomerRights implements DataSubjectRights {

    @Inject
    CustomerDataMap dataMap;

    @Inject
    CustomerRecords records;

    @Inject
    CustomerErasure erasure;

    @Override
    public DataMap dataMap() {
        return dataMap.map();
    }

    /** Every category, empty ones included: a person the service never knew gets a part that says so. */
    @Override
    @Transactional
    public AccessPart access(UUID customerId) {
        AccessPart.Builder part = AccessPart.of(dataMap(), customerId);
        for (DataCategory category : dataMap().categories()) {
            part.category(category.name(), records.in(category.name(), customerId));
        }
        return part.build();
    }

    /**
     * The categories the person provided (address, contact details, contracts) or that were observed
     * for the supply (metering points). The stream is written after the resource has returned, so the
     * export reads in a transaction of its own.
     */
    @Override
    @Transactional
    public void export(UUID customerId, PortableWriter writer) {
        for (DataCategory category : dataMap().categories()) {
            if (category.portable()) {
                writer.category(category.name());
                records.in(category.name(), customerId).stream().map(CustomerRights::withoutNationalIdNumber)
                        .forEach(writer::record);
            }
        }
    }

    /**
     * While restricted, the customer relationship is frozen: no contract starts, ends or is cancelled,
     * no metering point is added, no meter swap recorded, and only the privacy officer rectifies, to
     * settle the restriction.
     */
    @Override
    public List<String> stoppedWhileRestricted() {
        return List.of(CustomerDataMap.IDENTITY, CustomerDataMap.POSTAL_ADDRESS, CustomerDataMap.CONTACT_DETAILS,
                CustomerDataMap.CONTRACTS, CustomerDataMap.METERING_POINTS, CustomerDataMap.METER_HISTORY);
    }

    @Override
    public ErasureRules erasure() {
        return erasure;
    }

    /**
     * The name is portable, the national ID number is not: a receiving controller identifies the
     * person itself, and a number that identifies a person for life should not travel further than needed.
     */
    private static java.util.Map<String, Object> withoutNationalIdNumber(java.util.Map<String, Object> record) {
        java.util.Map<String, Object> portable = new java.util.LinkedHashMap<>(record);
        portable.remove("nationalIdNumber");
        return portable;
    }
}
