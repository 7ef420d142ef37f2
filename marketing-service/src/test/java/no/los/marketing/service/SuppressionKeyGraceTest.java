package no.los.marketing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.SuppressionKeys;
import no.los.marketing.repository.SuppressionEntryRepository;
import no.los.marketing.suppression.SuppressionEntry;
import no.los.marketing.suppression.SuppressionHashes;
import no.los.marketing.suppression.SuppressionReason;

/**
 * After the suppression key is rotated, lines hashed with the previous key keep blocking and keep
 * counting as the customer's for as long as the previous key is configured; new lines take the new key.
 */
@QuarkusTest
class SuppressionKeyGraceTest {

    @Inject
    SuppressionList list;

    @Inject
    SuppressionEntryRepository entries;

    @Inject
    SuppressionHashes current;

    @Test
    void aLineHashedWithThePreviousKeyStillBlocksTheCustomerAndTheAddress() {
        SuppressionHashes before = new SuppressionHashes(SuppressionKeys.previousKeyOnly());
        UUID customer = UUID.randomUUID();
        NewsletterAddress address = new NewsletterAddress("ola." + customer + "@example.no");
        QuarkusTransaction.requiringNew().run(() -> entries.persist(new SuppressionEntry(before.ofCustomer(customer),
                before.ofAddress(address), SuppressionReason.DIRECT_MARKETING_OBJECTION, OffsetDateTime.now())));

        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(list.blocks(customer, new NewsletterAddress("someone.else." + customer + "@example.no")),
                    "the customer is still suppressed");
            assertTrue(list.blocks(UUID.randomUUID(), address), "the address is still suppressed, under anyone");
            assertFalse(list.blocks(UUID.randomUUID(), new NewsletterAddress("new." + customer + "@example.no")));
            assertEquals(1, list.entriesOf(customer));
        });

        QuarkusTransaction.requiringNew().run(() -> list.suppress(customer, Optional.of(address),
                SuppressionReason.CONSENT_WITHDRAWN, OffsetDateTime.now()));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, list.entriesOf(customer), "the new line is added under the current key");
            assertEquals(1, entries.ofCustomer(List.of(current.ofCustomer(customer))).size());
        });
    }
}
