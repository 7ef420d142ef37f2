package no.los.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class TransientFailureTest {

    @Test
    void aLostConnectionDeepInTheCausesPassesByItself() {
        assertTrue(TransientFailure.isTransient(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("connection refused", "08001")))));
        assertTrue(TransientFailure.isTransient(new RuntimeException(new SQLTransientConnectionException("pool"))));
    }

    @Test
    void deadlocksAndSerialisationFailuresPassByThemselves() {
        assertTrue(TransientFailure.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailure.isTransient(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void brokenDataAndBugsDoNot() {
        assertFalse(TransientFailure.isTransient(new SQLException("null value in column", "23502")));
        assertFalse(TransientFailure.isTransient(new NullPointerException()));
    }
}
