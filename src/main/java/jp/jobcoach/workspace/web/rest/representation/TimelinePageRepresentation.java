package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;

/** {@code GET /cases/{id}/timeline}: a page of entries, newest first; {@code next} absent on the last page. */
public record TimelinePageRepresentation(List<Entry> entries, String next) {

    /** @param nameOf the display name of a user key, so that a script paging the timeline shows names, not keys */
    public static TimelinePageRepresentation from(TimelinePage page, Function<String, String> nameOf) {
        return new TimelinePageRepresentation(Mapping.list(page.entries(), entry -> Entry.from(entry, page, nameOf)),
                page.next().map(TimelineCursor::encode).orElse(null));
    }

    /**
     * One thing that happened on the case. {@code authorName} is absent with the author; {@code removable} is
     * present, true, on the viewer's own comments only, so it is a Boolean.
     */
    public record Entry(TimelineKind kind, long sourceId, Instant at, String authorKey, String authorName,
                        CaseRole authorRole, String title, String excerpt, String link, Long sourcePageId,
                        Boolean removable) {

        static Entry from(TimelineEntry entry, TimelinePage page, Function<String, String> nameOf) {
            return new Entry(entry.kind(), entry.sourceId(), entry.at(), entry.authorKey(),
                    Mapping.nullable(entry.authorKey(), nameOf), entry.authorRole(), entry.title(), entry.excerpt(),
                    entry.link(), entry.sourcePageId(), page.removable(entry) ? Boolean.TRUE : null);
        }
    }
}
