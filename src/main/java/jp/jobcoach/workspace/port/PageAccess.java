package jp.jobcoach.workspace.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the host knows about pages: who may view them, and where they sit in their tree. */
public interface PageAccess {

    /** A page as shown in a link, and the space it is in (new pages of a case go into the same space). */
    record PageLink(long id, String title, String url, String spaceKey) {
    }

    /** Whether {@code userKey} may view the page; false for a page that does not exist. */
    boolean canView(String userKey, long pageId);

    /**
     * Of {@code pageIds}, those {@code userKey} may view, decided in one permission check for all of them (a list of
     * cases, a timeline's commented pages); pages that do not exist are not among them.
     */
    Set<Long> viewablePageIds(String userKey, Collection<Long> pageIds);

    Optional<PageLink> page(long pageId);

    /** The page itself, then its parent, up to the root of its tree; empty for a page that does not exist. */
    List<Long> selfAndAncestorIds(long pageId);
}
