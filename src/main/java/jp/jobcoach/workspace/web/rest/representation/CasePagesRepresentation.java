package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.port.PageAccess.PageLink;
import jp.jobcoach.workspace.service.CasePageService.CasePage;

/** {@code GET /cases/{id}/pages}: {@code {"pages": [{kind, exists, link}]}} in kind order. */
public record CasePagesRepresentation(List<Page> pages) {

    public static CasePagesRepresentation from(List<CasePage> pages) {
        return new CasePagesRepresentation(Page.all(pages));
    }

    /** One kind of page; {@code link} absent when none is filed, it was deleted, or the caller may not view it. */
    public record Page(CasePageKind kind, boolean exists, Link link) {

        /** Also the {@code current} of a 409 on filing: the pages as they are now. */
        public static List<Page> all(List<CasePage> pages) {
            return Mapping.list(pages, page -> new Page(page.kind(), page.exists(), Mapping.nullable(page.link(), Link::from)));
        }
    }

    /** {@code {"id", "title", "url", "spaceKey"}}: a Confluence page. */
    public record Link(long id, String title, String url, String spaceKey) {

        static Link from(PageLink link) {
            return new Link(link.id(), link.title(), link.url(), link.spaceKey());
        }
    }
}
