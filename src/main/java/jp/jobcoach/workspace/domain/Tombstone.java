package jp.jobcoach.workspace.domain;

import java.time.Instant;

/**
 * What is left of a deleted case: that it existed, when and by whom it was deleted, and why. Nothing of its content,
 * not even the worker's name, so the tombstone itself reveals no one's return from leave.
 *
 * @param actorKey whoever deleted it, or {@link #RETENTION} when its retention period ended
 */
public record Tombstone(long caseId, String actorKey, String reason, Instant deletedAt) {
    /** The actor of deletions at the end of retention: the job, on nobody's request. */
    public static final String RETENTION = "jobcoach:retention";
    /** The record type of tombstones in the audit log. */
    public static final String RECORD_TYPE = "case-deleted";
}
