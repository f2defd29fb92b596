package jp.jobcoach.workspace.domain;

import java.time.Instant;

/** One kept version of a support plan. Revisions are numbered from 1 and never change once made. */
public record PlanRevision(int number, SupportPlanContent content, String authorKey, Instant createdAt) {
}
