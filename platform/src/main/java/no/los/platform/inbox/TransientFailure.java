package no.los.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells failures that will pass by themselves (the database unreachable, a deadlock, a
 * serialisation conflict, a lock or pool timeout, an {@link OutsideSystemDown}) from failures of the event itself. An event that
 * met a passing failure is tried again from the committed offsets, never parked: parking it would
 * skip, say, a consent withdrawal because the database blinked.
 */
final class TransientFailure {

    private TransientFailure() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OutsideSystemDown) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            String name = cause.getClass().getName();
            if (name.endsWith("LockTimeoutException") || name.endsWith("PessimisticLockException")
                    || name.endsWith("JDBCConnectionException") || name.endsWith("LockAcquisitionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes 08 (connection), 40 (transaction rollback: serialisation failure, deadlock),
     * 53 (insufficient resources), 57P (operator intervention: shutdown, cancelled statement).
     */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P"));
    }
}
