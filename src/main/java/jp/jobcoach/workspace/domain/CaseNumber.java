package jp.jobcoach.workspace.domain;

/**
 * The neutral name of a case, for page titles that tell nothing about the worker: the year it was opened in and its
 * place among that year's cases, {@code 2026-0007} (docs/decisions.md #16). Given by the store when the case is
 * opened; cases opened before numbers existed have none.
 */
public record CaseNumber(int year, int sequence) {

    /** {@code 2026-0007}: four digits at least, more once a year passes 9,999 cases. */
    public String text() {
        return String.format("%d-%04d", year, sequence);
    }
}
