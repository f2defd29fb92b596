package jp.jobcoach.workbench.web;

import com.atlassian.user.User;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.jobcoach.workbench.host.PageStore.StoredPage;

/** The space's page tree as nested lists, showing only pages the user may view (and not below a hidden one). */
final class PageTree {
    private PageTree() {
    }

    static String html(Site site, User user, String spaceKey, long currentPageId) {
        List<StoredPage> all = site.pages().pagesOf(spaceKey);
        Map<Long, List<StoredPage>> byParent = all.stream().filter(page -> page.parentId() != null)
                .collect(Collectors.groupingBy(StoredPage::parentId));
        List<StoredPage> roots = all.stream().filter(page -> page.parentId() == null).toList();
        return "<div class=\"wb-tree-title\">Pages / ページ</div>" + level(site, user, roots, byParent, currentPageId);
    }

    private static String level(Site site, User user, List<StoredPage> pages, Map<Long, List<StoredPage>> byParent, long currentPageId) {
        StringBuilder out = new StringBuilder("<ul class=\"wb-tree\">");
        for (StoredPage page : pages) {
            if (site.permissions().pageIfVisible(user, page.id()) == null) {
                continue;
            }
            out.append("<li").append(page.id() == currentPageId ? " class=\"wb-current\"" : "").append("><a href=\"/pages/")
                    .append(page.id()).append("\">").append(Html.escape(page.title())).append("</a>")
                    .append(level(site, user, Objects.requireNonNullElse(byParent.get(page.id()), List.of()), byParent, currentPageId))
                    .append("</li>");
        }
        return out.append("</ul>").toString();
    }
}
