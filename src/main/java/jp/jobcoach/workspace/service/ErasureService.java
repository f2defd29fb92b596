package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.AUDIT;

import java.util.List;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Retention;
import jp.jobcoach.workspace.domain.Tombstone;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.AuditEventStore;
import jp.jobcoach.workspace.store.CaseErasure;
import jp.jobcoach.workspace.store.SettingStore;

/**
 * Deleting cases: on request, by occupational health on the case or an administrator (the people who review the
 * audit log), with a reason; and at the end of retention, by the daily job. Either leaves a tombstone in the audit
 * log and nothing else (store/CaseErasure).
 */
@Named
public class ErasureService {
    /** The longest reason kept on a tombstone. */
    public static final int REASON_MAX = 1_000;
    /** Cases erased per transaction batch of the job; the next batch starts where the query finds the rest. */
    static final int BATCH = 100;

    private final CaseGuard guard;
    private final CurrentUser currentUser;
    private final CaseErasure erasure;
    private final AuditEventStore audit;
    private final SettingStore settings;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public ErasureService(CaseGuard guard, CurrentUser currentUser, CaseErasure erasure, AuditEventStore audit,
                          SettingStore settings, Writes writes, TimeSource time) {
        this.guard = guard;
        this.currentUser = currentUser;
        this.erasure = erasure;
        this.audit = audit;
        this.settings = settings;
        this.writes = writes;
        this.time = time;
    }

    /**
     * Deletes a case on request. The guard runs first and outside the erasure's transaction, so that the erasure
     * starts with its DELETE (store/CaseErasure#erase).
     *
     * @throws ValidationException   without a reason, or with one longer than {@link #REASON_MAX}
     * @throws AccessDeniedException for members who do not review the audit log
     * @throws NotFoundException     for non-members, and when the case was deleted meanwhile
     */
    public Tombstone requestDeletion(long caseId, String reason) {
        GuardedCase on = guard.require(caseId, AUDIT, VIEW);
        ValidationException.throwIfAny(new Check().required("reason", reason).maxLength("reason", reason, REASON_MAX)
                .errors());
        Tombstone tombstone = new Tombstone(caseId, on.actorKey(), reason.strip(), time.now());
        if (!writes.run(() -> erase(tombstone))) {
            throw new NotFoundException("case " + caseId);
        }
        return tombstone;
    }

    /**
     * Deletes every case closed longer ago than the retention period, in batches; run by the daily job. Idempotent:
     * a case erased by another run, here or on another node, is not found again or is skipped.
     *
     * @return how many cases this run deleted
     */
    public int eraseExpired() {
        Retention retention = retention();
        int erased = 0;
        List<Long> due;
        do {
            due = erasure.closedBefore(retention.closedBefore(time.now(), time.zone()), BATCH);
            for (long caseId : due) {
                Tombstone tombstone = new Tombstone(caseId, Tombstone.RETENTION, retention.reason(), time.now());
                erased += writes.run(() -> erase(tombstone)) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return erased;
    }

    private boolean erase(Tombstone tombstone) {
        boolean erased = erasure.erase(tombstone.caseId());
        if (erased) {
            audit.appendTombstone(tombstone);
        }
        return erased;
    }

    /** The retention period in force: the administrator's, or {@link Retention#DEFAULT}. */
    public Retention retention() {
        return settings.get(SettingStore.RETENTION_YEARS).map(Integer::valueOf).map(Retention::new)
                .orElse(Retention.DEFAULT);
    }

    /** Whether the actor may change the retention period (and see the tombstones): administrators. */
    public boolean mayManageRetention() {
        return currentUser.isAdministrator();
    }

    /** The retention period in force, as administrators see it. @throws AccessDeniedException for anyone else */
    public Retention retentionSetting() {
        requireAdministrator();
        return retention();
    }

    /**
     * @throws AccessDeniedException for anyone but an administrator
     * @throws ValidationException   for a period outside 1 to 30 years
     */
    public Retention setRetention(Integer years) {
        requireAdministrator();
        ValidationException.throwIfAny(Retention.check(years));
        writes.run(() -> {
            settings.put(SettingStore.RETENTION_YEARS, String.valueOf(years));
            return null;
        });
        return new Retention(years);
    }

    /** The newest tombstones of deleted cases, at most {@link AuditService#MAX_PAGE}, for administrators. */
    public List<Tombstone> tombstones(int limit) {
        requireAdministrator();
        return audit.tombstones(Math.max(1, Math.min(limit, AuditService.MAX_PAGE)));
    }

    private void requireAdministrator() {
        guard.actorKey();
        if (!mayManageRetention()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
