package no.los.dsar.portability;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a service's part of a person's portable data goes as it is read, line by line: a category,
 * then its records, then the next category. Never the whole part at once.
 */
interface PortableSink {

    /** The next portable category of the service's data map begins. */
    void category(String name);

    /** One record of the current category. */
    void record(ObjectNode record);
}
