package jp.jobcoach.workspace.domain;

/** What an audited person did to a record. READ is audited only for health and condition data. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, EXPORT
}
