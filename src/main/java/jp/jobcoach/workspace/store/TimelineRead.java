package jp.jobcoach.workspace.store;

import java.util.Set;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;

/**
 * What one round of timeline reading asks of each kind's table.
 *
 * @param after        read only what comes after this position (absent: from the newest)
 * @param authorKeys   only records by these people (absent: anyone); the role filter pushed into SQL, so a
 *                     page is never cut short by rows the merge would drop
 * @param roles        for comments, whose role was stored with them: only these (empty: any)
 * @param visiblePages for comments: only those on these pages, the ones the viewer may view
 * @param limit        at most this many rows per kind
 * @param roleOf       the role an author is shown with
 */
public record TimelineRead(long caseId, TimelineCursor after, Set<String> authorKeys, Set<CaseRole> roles,
                           Set<Long> visiblePages, int limit, Function<String, CaseRole> roleOf) {
}
