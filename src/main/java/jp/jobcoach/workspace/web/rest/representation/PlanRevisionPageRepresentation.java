package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.service.PlanRevisions;

/**
 * {@code GET /cases/{id}/plan/revisions}: a page of the revisions in full, newest first, the agreements given to
 * them, and {@code next}, the cursor of the following page (absent on the last).
 */
public record PlanRevisionPageRepresentation(List<PlanRepresentation.Revision> revisions,
                                             List<PlanRepresentation.AgreementGiven> agreements, String next) {

    public static PlanRevisionPageRepresentation from(PlanRevisions page) {
        return new PlanRevisionPageRepresentation(Mapping.list(page.revisions().items(), PlanRepresentation.Revision::from),
                Mapping.list(page.agreements(), PlanRepresentation.AgreementGiven::from),
                page.revisions().next().map(PageCursor::encode).orElse(null));
    }
}
