package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.web.view.AccommodationsView;
import jp.jobcoach.workspace.web.view.ViewContext;

/** {@code jobcoach-accommodations}: the accommodations of a case with their steps and reviews, and their forms. */
public class AccommodationsMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final AccommodationService accommodations;
    private final TimeSource time;

    @Inject
    public AccommodationsMacro(MacroSupport support, CaseService cases, AccommodationService accommodations, TimeSource time) {
        super(support, AccommodationsView.MACRO);
        this.cases = cases;
        this.accommodations = accommodations;
        this.time = time;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        return AccommodationsView.render(view, new AccommodationsView.Model(caseId, accommodations.list(caseId),
                time.today(), time.now(), on.actorKey(), on.may(ACCOMMODATIONS, EDIT)));
    }
}
