package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.store.Stored;
import jp.jobcoach.workspace.web.view.AccommodationsView;

/** {@code jobcoach-accommodations}: the accommodations of a case with their steps and reviews, and their forms. */
public class AccommodationsMacro implements Macro {
    private final MacroSupport support;
    private final CaseService cases;
    private final AccommodationService accommodations;
    private final TimeSource time;

    @Inject
    public AccommodationsMacro(MacroSupport support, CaseService cases, AccommodationService accommodations, TimeSource time) {
        this.support = support;
        this.cases = cases;
        this.accommodations = accommodations;
        this.time = time;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(AccommodationsView.MACRO, parameters, context, (caseId, view) -> {
            var list = accommodations.list(caseId);
            var due = accommodations.dueForReview(caseId).stream().map(Stored::id).collect(Collectors.toSet());
            boolean mayEdit = cases.get(caseId).may(ACCOMMODATIONS, EDIT);
            return AccommodationsView.render(view, new AccommodationsView.Model(caseId, list, due, time.today(), mayEdit));
        });
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
