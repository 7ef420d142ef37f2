package no.los.dsar.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.los.platform.problem.InvalidInputException;

/** A receiver's URL is absolute HTTPS to a host, without credentials or a fragment. */
class ReceiverUrlTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://mottak.example.no/portability", "HTTPS://mottak.example.no", "https://127.0.0.1:8443/x?y=1" })
    void anHttpsUrlIsAReceiverUrl(String url) {
        assertEquals(url, ReceiverUrl.parse(url).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://mottak.example.no", "ftp://mottak.example.no", "mottak.example.no/portability",
            "https:///no-host", "https://user:secret@mottak.example.no", "https://mottak.example.no/#part", "https://a b",
            "", " " })
    void anythingElseIsRefusedNamingUrl(String url) {
        assertEquals("url", assertThrows(InvalidInputException.class, () -> ReceiverUrl.parse(url)).field());
    }

    @Test
    void aUrlLongerThanItsLimitIsRefusedNamingUrl() {
        String base = "https://mottak.example.no/";
        String longest = base + "a".repeat(ReceiverUrl.MAX_LENGTH - base.length());
        assertEquals(longest, ReceiverUrl.parse(longest).toString());
        assertEquals("url", assertThrows(InvalidInputException.class, () -> ReceiverUrl.parse(longest + "a")).field());
    }
}
