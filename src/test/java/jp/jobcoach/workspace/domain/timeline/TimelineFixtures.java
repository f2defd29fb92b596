package jp.jobcoach.workspace.domain.timeline;

import java.time.Instant;
import jp.jobcoach.workspace.domain.CaseRole;

final class TimelineFixtures {

    static final Instant T0 = Instant.parse("2025-05-13T09:00:00Z");

    private TimelineFixtures() {
    }

    static TimelineEntry entry(TimelineKind kind, long id, long minutes, CaseRole role) {
        return new TimelineEntry(kind, id, T0.plusSeconds(60 * minutes), "user-" + id, role, "title " + id,
                "excerpt " + id, "/pages/" + id, kind == TimelineKind.COMMENT ? 500L : null);
    }
}
