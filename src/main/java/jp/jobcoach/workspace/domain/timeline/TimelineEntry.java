package jp.jobcoach.workspace.domain.timeline;

import java.time.Instant;
import java.util.Comparator;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;

/**
 * One thing on a case's timeline. Texts are kept as stored (plain text, never markup) and escaped where shown.
 *
 * @param sourceId     the id of the record within its kind (visit, interview, plan revision, accommodation
 *                     step, comment); with {@code kind} it identifies the entry
 * @param authorRole   the author's role on the case; absent when the author is not on the team (a comment by
 *                     someone outside the case)
 * @param excerpt      a short plain-text excerpt, e.g. from {@link CommentExcerpt}; may be empty
 * @param link         where the entry opens: a page, or an anchor on one
 * @param sourcePageId the page a comment was made on; absent for other kinds
 * @param category     the data category of the entry: its kind's, and for a comment its page's (a comment on the
 *                     condition page is HEALTH), so that only roles which may view that category see it
 */
public record TimelineEntry(TimelineKind kind, long sourceId, Instant at, String authorKey, CaseRole authorRole,
                            String title, String excerpt, String link, Long sourcePageId, DataCategory category) {

    /**
     * Newest first; for one instant by kind, then newest record first. A total order as long as
     * {@code (kind, sourceId)} is unique, so pages never repeat or skip an entry.
     */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at).reversed()
            .thenComparing(TimelineEntry::kind)
            .thenComparing(Comparator.comparingLong(TimelineEntry::sourceId).reversed());

    public TimelineEntry {
        if (kind == null || at == null || category == null) {
            throw new IllegalArgumentException("a timeline entry needs a kind, a time and a category");
        }
    }

    /** An entry in its kind's category. */
    public TimelineEntry(TimelineKind kind, long sourceId, Instant at, String authorKey, CaseRole authorRole,
                         String title, String excerpt, String link, Long sourcePageId) {
        this(kind, sourceId, at, authorKey, authorRole, title, excerpt, link, sourcePageId,
                kind == null ? null : kind.category());
    }

    /** A comment on page {@code pageId}, whose kind of case page gives it {@code category}. */
    public static TimelineEntry comment(long commentId, Instant at, String authorKey, CaseRole authorRole,
                                        String pageTitle, String excerpt, String link, long pageId,
                                        DataCategory category) {
        return new TimelineEntry(TimelineKind.COMMENT, commentId, at, authorKey, authorRole, pageTitle, excerpt,
                link, pageId, category);
    }

    /** The same entry, its author shown in {@code role} (none: not on the team). */
    public TimelineEntry withAuthorRole(CaseRole role) {
        return new TimelineEntry(kind, sourceId, at, authorKey, role, title, excerpt, link, sourcePageId, category);
    }

    public TimelineCursor position() {
        return new TimelineCursor(at, kind, sourceId);
    }
}
