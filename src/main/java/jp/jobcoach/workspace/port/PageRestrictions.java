package jp.jobcoach.workspace.port;

import java.util.List;
import java.util.Set;

/**
 * The host's page restrictions, as user lists: who may view a page and who may edit it. An empty list is no
 * restriction of that kind (the page is as open as its space and its ancestors let it be).
 */
public interface PageRestrictions {

    /** One page's user restrictions, by user key. */
    record Restriction(long pageId, Set<String> viewers, Set<String> editors) {
        public Restriction {
            viewers = Set.copyOf(viewers);
            editors = Set.copyOf(editors);
        }
    }

    /**
     * Makes each page's user restrictions exactly these lists, acting as {@code actorKey}, who must be allowed to
     * restrict every one of them; all pages in one transaction. A page that no longer exists is skipped.
     *
     * @throws Refused when the actor may not restrict one of the pages (nothing is changed then), or the host fails
     */
    void restrict(String actorKey, List<Restriction> wanted);

    /** The page's own user restrictions (not those it inherits); empty lists for a page that does not exist. */
    Restriction restrictionOf(long pageId);

    /** The restrictions could not be set; the message is for the log, not for users. */
    class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
