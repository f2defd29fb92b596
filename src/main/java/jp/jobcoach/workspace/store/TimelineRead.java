package jp.jobcoach.workspace.store;

import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;

/**
 * What one round of timeline reading asks of each kind's table, all of it decided by the caller.
 *
 * @param after        read only what comes after this position (absent: from the newest)
 * @param authors      whose visits, interviews, plan revisions and lifted steps may be read; the role filter
 *                     pushed into SQL, so a page is never cut short by rows the merge would drop
 * @param commentRoles      the roles, stored with each comment, whose comments may be read
 * @param commentPages      the pages whose comments may be read: those the viewer may view
 * @param commentCategories the data categories, stored with each comment (its page's), that the viewer may view
 * @param limit             at most this many rows per kind
 */
public record TimelineRead(long caseId, TimelineCursor after, Visibility<String> authors,
                           Visibility<CaseRole> commentRoles, Visibility<Long> commentPages,
                           Visibility<DataCategory> commentCategories, int limit) {
}
