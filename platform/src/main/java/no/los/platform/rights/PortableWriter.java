package no.los.platform.rights;

import java.util.Map;

/**
 * Where a service writes its portable data (Art. 20): category by category, record by record, so
 * that a year of hourly readings streams through and is never held in memory. Records of one
 * category are written together, after {@link #category}; every record of a category has the same
 * fields in the same order (they become the columns of its CSV file).
 */
public interface PortableWriter {

    /** Starts a category of the data map that is marked portable. */
    void category(String name);

    /** One record of the current category. */
    void record(Map<String, Object> record);
}
