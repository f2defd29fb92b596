package jp.jobcoach.workspace.service;

import java.time.LocalDate;

/**
 * Where a case stands with its retention interviews, for the case panel and dashboards.
 *
 * @param daysOverdue how many days the next interview is late; absent when it is not
 */
public record InterviewSchedule(LocalDate last, LocalDate next, Long daysOverdue) {
    public boolean isOverdue() {
        return daysOverdue != null;
    }
}
