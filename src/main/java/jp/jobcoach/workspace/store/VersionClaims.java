package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;

/**
 * The guard of a versioned write against a concurrent one. Checking the version in Java cannot stop two
 * transactions that both read the old version; claiming the new version in a unique row can: the database lets
 * one claim commit and makes the other wait for it and then fail on the key, whatever the node.
 */
final class VersionClaims {
    private VersionClaims() {
    }

    /**
     * Checks that the record is still at {@code expectedVersion} and claims the next version.
     *
     * @throws StaleWriteException when it is not, or when a concurrent write claimed it first
     */
    static void claimNext(ActiveObjects ao, String record, long id, int storedVersion, int expectedVersion) {
        String name = record + " " + id;
        if (storedVersion != expectedVersion) {
            throw new StaleWriteException(name, null);
        }
        try {
            ao.create(VersionClaimEntity.class, new DBParam("CLAIM_KEY", record + ":" + id + ":" + (expectedVersion + 1)));
        } catch (RuntimeException duplicate) {
            // the only way this insert fails on a well-formed key; on PostgreSQL it also ends the transaction
            throw new StaleWriteException(name, duplicate);
        }
    }
}
