package jp.jobcoach.workspace.domain;

import java.time.Instant;

/** One kept version of a support plan. Revisions are numbered from 1 and never change once made. */
public record PlanRevision(int number, SupportPlanContent content, String authorKey, Instant createdAt) {

    /** What a list of older revisions shows of one: who wrote it when, without its texts. */
    public record Summary(int number, String authorKey, Instant createdAt) {
    }

    public Summary summary() {
        return new Summary(number, authorKey, createdAt);
    }
}
