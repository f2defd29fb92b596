package jp.jobcoach.workspace.domain;

/**
 * A domain value as kept: its row id, the case it belongs to, and the version a later write must name.
 * For a case itself, {@code caseId} is its own id.
 */
public record Stored<T>(long id, long caseId, int version, T value) {
}
