package jp.jobcoach.workbench.web;

import com.atlassian.user.User;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.host.PagePermissions.PageOutline;

/**
 * The sidebar's page tree as nested lists, opened at the current page as Confluence's page tree opens: the
 * top-level pages, the current page's ancestors with their siblings, and its children; only pages the user may
 * view (and none below a hidden one). Read in one statement, so it costs the same in a space of any size.
 */
final class PageTree {
    private PageTree() {
    }

    static String html(Site site, User user, String spaceKey, long currentPageId) {
        List<PageOutline> visible = site.permissions().visibleBranch(user, spaceKey, currentPageId);
        Map<Long, List<PageOutline>> byParent = visible.stream().filter(page -> page.parentId() != null)
                .collect(Collectors.groupingBy(PageOutline::parentId));
        List<PageOutline> roots = visible.stream().filter(page -> page.parentId() == null).toList();
        return "<div class=\"wb-tree-title\">Pages / ページ</div>" + level(roots, byParent, currentPageId);
    }

    private static String level(List<PageOutline> pages, Map<Long, List<PageOutline>> byParent, long currentPageId) {
        StringBuilder out = new StringBuilder("<ul class=\"wb-tree\">");
        for (PageOutline page : pages) {
            List<PageOutline> children = byParent.getOrDefault(page.id(), List.of());
            out.append("<li").append(page.id() == currentPageId ? " class=\"wb-current\"" : "").append("><a href=\"/pages/")
                    .append(page.id()).append("\">").append(Html.escape(page.title())).append("</a>")
                    .append(children.isEmpty() ? "" : level(children, byParent, currentPageId))
                    .append("</li>");
        }
        return out.append("</ul>").toString();
    }
}
