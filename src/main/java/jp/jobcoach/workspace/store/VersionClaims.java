package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;

/**
 * The one guard of every write that two people can make at once (decision #6): cases, accommodations, visits,
 * interviews, plan revisions and plan agreements, and the filing of a case's pages. Checking a version in Java
 * cannot stop two transactions that both read the old one; claiming the new version in a unique row can: the
 * database lets one claim commit and makes the other wait for it and then fail on the key, whatever the node.
 * Every refusal is a {@link StaleWriteException}, which the service layer (service/Writes) answers with the
 * record as it is now.
 */
final class VersionClaims {
    private VersionClaims() {
    }

    /**
     * Checks that the record is still at {@code expectedVersion} and claims the next version.
     *
     * @throws StaleWriteException when it is not, or when a concurrent write claimed it first
     */
    static void claimNext(ActiveObjects ao, String record, Object id, int storedVersion, int expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new StaleWriteException(record + " " + id, null);
        }
        claim(ao, record, id, expectedVersion + 1);
    }

    /**
     * Claims the first version of something that is made once, such as the slot of a case's page of one kind.
     *
     * @throws StaleWriteException when a concurrent write claimed it first
     */
    static void claimFirst(ActiveObjects ao, String record, Object id) {
        claim(ao, record, id, 1);
    }

    /**
     * Refuses a write that names an older state than the stored one, without claiming anything: an agreement to a
     * plan revision that was superseded meanwhile adds nothing anyone else could lose.
     *
     * @throws StaleWriteException when {@code stored} is not {@code expected}
     */
    static void requireCurrent(String record, Object id, int stored, int expected) {
        if (stored != expected) {
            throw new StaleWriteException(record + " " + id, null);
        }
    }

    private static void claim(ActiveObjects ao, String record, Object id, int version) {
        try {
            ao.create(VersionClaimEntity.class, new DBParam("CLAIM_KEY", record + ":" + id + ":" + version));
        } catch (RuntimeException duplicate) {
            // the only way this insert fails on a well-formed key; on PostgreSQL it also ends the transaction
            throw new StaleWriteException(record + " " + id, duplicate);
        }
    }
}
