package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.web.CasePageDraft;

/**
 * {@code GET /cases/{id}/pages/missing}: {@code {"parentPageId", "spaceKey", "homeTitle", "pages": [{kind, titles,
 * body}]}}, what the browser creates through Confluence's own REST API (docs/decisions.md #9), and the title the start
 * form gives the home page (docs/decisions.md #16).
 */
public record MissingPagesRepresentation(long parentPageId, String spaceKey, String homeTitle, List<Draft> pages) {

    public static MissingPagesRepresentation from(MissingPages missing, String homeTitle, List<CasePageDraft> drafts) {
        return new MissingPagesRepresentation(missing.parentPageId(), missing.spaceKey(), homeTitle,
                Mapping.list(drafts, draft -> new Draft(draft.kind(), draft.titles(), draft.body())));
    }

    /** The titles to try in order and the body in storage format. */
    public record Draft(CasePageKind kind, List<String> titles, String body) {
    }
}
