package jp.jobcoach.workspace.web.view;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PageAudience;
import jp.jobcoach.workspace.service.CasePageRestrictions.Status;

/**
 * Who can see the case's pages, said plainly where the pages are listed and on the start form: the team by name,
 * the pages that only some roles may open, and, while the pages are not yet restricted, that they are not, with a
 * retry for the members who change the team (docs/decisions.md #15). Part of the model of
 * {@code templates/jobcoach/case-pages.vm} and {@code start-case.vm} ({@code #jcPageAudience} of macros.vm).
 */
final class PageAudienceView {
    private PageAudienceView() {
    }

    /** The case panel's: the team as it is, and the retry where the pages wait for their restrictions. */
    static Map<String, Object> model(ViewContext view, long caseId, Status status, boolean mayRetry) {
        ViewText text = view.text();
        String names = status.viewers().stream().map(text::person).map(ViewText::isolated).sorted()
                .collect(Collectors.joining(", "));
        boolean retry = view.interactive() && mayRetry && status.pending();
        return Map.of("who", text.message("jobcoach.web.restrictions.team", names),
                "narrower", narrower(text, status.narrower()),
                "pending", status.pending(),
                "offersRetry", retry,
                "retry", retry ? new Form("jobcoach-restrict-" + caseId, "POST", "/cases/" + caseId + "/pages/restrictions")
                        .secondary().render(null, text.message("jobcoach.web.restrictions.retry")) : Map.of());
    }

    /** The start form's: the case is not open yet, so the team will be the person starting it and whom they add. */
    static Map<String, Object> beforeStart(ViewText text) {
        return Map.of("who", text.message("jobcoach.web.restrictions.start"), "narrower", narrower(text, PageAudience.narrowerPages()),
                "pending", false, "offersRetry", false, "retry", Map.of());
    }

    private static List<String> narrower(ViewText text, Map<CasePageKind, ? extends Collection<CaseRole>> pages) {
        return pages.entrySet().stream().map(page -> text.message("jobcoach.web.restrictions.narrower",
                text.label(page.getKey()), page.getValue().stream().map(text::label).collect(Collectors.joining(", ")))).toList();
    }
}
