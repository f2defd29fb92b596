package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.INTERVIEWS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.view.InterviewsView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-interviews}: the retention interviews of a case, their trend, and the forms with the guide. A
 * browser gets the first page (the newest in full, the rest compact, "more" for older pages); static output has
 * no "more", so it gets a longer first page: the newest in full and up to {@link #STATIC_CAP} in all.
 */
public class InterviewsMacro extends CaseBlockMacro {
    /** Interviews read for a browser: the newest in full and the first compact rows. */
    static final int FIRST_PAGE = PageRequest.DEFAULT_SIZE;
    /** Interviews an export or mail shows at most: it cannot page. */
    static final int STATIC_CAP = PageRequest.MAX_SIZE;

    private final CaseService cases;
    private final InterviewService interviews;
    private final TimeSource time;

    @Inject
    public InterviewsMacro(MacroSupport support, CaseService cases, InterviewService interviews, TimeSource time) {
        super(support, InterviewsView.MACRO);
        this.cases = cases;
        this.interviews = interviews;
        this.time = time;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        Page<Stored<RetentionInterview>> page = interviews.page(on, PageRequest.first(view.interactive() ? FIRST_PAGE : STATIC_CAP));
        // the carry-over draft is read only where a form will show it: it is the editors' starting point
        Optional<RetentionInterview> draft = view.interactive() && on.may(INTERVIEWS, EDIT)
                ? Optional.of(interviews.draft(on, draftDate(page.items()))) : Optional.empty();
        return InterviewsView.render(view, new InterviewsView.Model(caseId, page, draft, on.team(),
                interviews.showsWorkerAccount(on)));
    }

    /** Today, unless an interview was already recorded for a later day: a new one cannot come before it. */
    private LocalDate draftDate(List<Stored<RetentionInterview>> newestFirst) {
        LocalDate today = time.today();
        return newestFirst.isEmpty() || !newestFirst.get(0).value().date().isAfter(today) ? today
                : newestFirst.get(0).value().date();
    }
}
