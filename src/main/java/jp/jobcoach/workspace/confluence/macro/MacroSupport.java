package jp.jobcoach.workspace.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.service.AccessDeniedException;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.NotFoundException;
import jp.jobcoach.workspace.web.view.InterviewsView;
import jp.jobcoach.workspace.web.view.TaskAnalysisView;
import jp.jobcoach.workspace.web.view.TimelineView;
import jp.jobcoach.workspace.web.view.ViewContext;
import jp.jobcoach.workspace.web.view.Views;

/**
 * What every case macro does around its own view: find the case (the {@code case} parameter, else the page's
 * nearest case root), decide between interactive and static output, and turn "no case", "not found" and
 * "not allowed" into the same neutral box, so a page never tells a non-member anything about a case. It also
 * requires the macro's web resources, which have no context: only pages that show our macros load them.
 */
@Named
public class MacroSupport {
    public static final String CASE_PARAMETER = "case";
    /** jobcoach.css and jobcoach.js, which sends every macro's forms (atlassian-plugin.xml). */
    public static final String CORE_RESOURCES = "jp.jobcoach.workspace:jobcoach-resources";
    /** jobcoach-interviews.css and .js, for the interview form; they depend on the core resources. */
    public static final String INTERVIEW_RESOURCES = "jp.jobcoach.workspace:jobcoach-interviews-resources";
    /** jobcoach-timeline.css and .js, for the timeline; they depend on the core resources. */
    public static final String TIMELINE_RESOURCES = "jp.jobcoach.workspace:jobcoach-timeline-resources";
    /** jobcoach-task-analysis.css and .js, for the task-analysis grid; they depend on the core resources. */
    public static final String TASK_ANALYSIS_RESOURCES = "jp.jobcoach.workspace:jobcoach-task-analysis-resources";
    /** jobcoach-workload.css and .js, for the workload's week view; they depend on the core resources. */
    public static final String WORKLOAD_RESOURCES = "jp.jobcoach.workspace:jobcoach-workload-resources";
    /** jobcoach-schedule.css and .js, for the calendar; they depend on the core resources. */
    public static final String SCHEDULE_RESOURCES = "jp.jobcoach.workspace:jobcoach-schedule-resources";
    /** The resources a macro needs beside the core ones. */
    private static final Map<String, String> OWN_RESOURCES = Map.of(InterviewsView.MACRO, INTERVIEW_RESOURCES,
            TimelineView.MACRO, TIMELINE_RESOURCES, TaskAnalysisView.MACRO, TASK_ANALYSIS_RESOURCES,
            jp.jobcoach.workspace.web.view.WorkloadView.MACRO, WORKLOAD_RESOURCES,
            jp.jobcoach.workspace.web.view.ScheduleView.MACRO, SCHEDULE_RESOURCES);

    private final CaseService cases;
    private final CurrentUser currentUser;
    private final PageBuilderService pageBuilder;
    private final Views views;

    /** Renders one case's view once the case is known; the services it calls do the access checks. */
    @FunctionalInterface
    public interface CaseRenderer {
        String render(long caseId, ViewContext view);
    }

    @Inject
    public MacroSupport(CaseService cases, CurrentUser currentUser, @ComponentImport PageBuilderService pageBuilder,
                        Views views) {
        this.cases = cases;
        this.currentUser = currentUser;
        this.pageBuilder = pageBuilder;
        this.views = views;
    }

    /** Renders a page without a case; see {@link #render(String, Map, ConversionContext, CaseRenderer, PageRenderer)}. */
    @FunctionalInterface
    public interface PageRenderer {
        String render(long pageId, ViewContext view);
    }

    public String render(String macroName, Map<String, String> parameters, ConversionContext context,
                         CaseRenderer renderer) {
        return render(macroName, parameters, context, renderer, null);
    }

    /**
     * As {@link #render(String, Map, ConversionContext, CaseRenderer)}, but a page that has no case (and names
     * none) is rendered by {@code withoutCase} for a signed-in viewer in a browser: the case blueprint's home
     * page offers to start its case there. Everyone else, and every export, still gets the neutral box.
     */
    public String render(String macroName, Map<String, String> parameters, ConversionContext context,
                         CaseRenderer renderer, PageRenderer withoutCase) {
        requireWebResources(macroName);
        ViewContext view = views.forViewer(!ViewContext.isStatic(context.getOutputType()));
        try {
            Optional<Long> caseId = caseId(parameters, context);
            if (caseId.isPresent()) {
                return renderer.render(caseId.get(), view);
            }
            return withoutCase != null && mayStartCase(parameters, context, view)
                    ? withoutCase.render(context.getEntity().getId(), view) : view.noAccess(macroName);
        } catch (NotFoundException hidden) {
            return view.noAccess(macroName);
        } catch (AccessDeniedException denied) {
            // a member kept from this part by their role or the worker's consent is told what and why
            return denied.withheld().map(withheld -> view.withheld(macroName, withheld)).orElseGet(() -> view.noAccess(macroName));
        }
    }

    /**
     * For every output and outcome, the neutral box included: its look is in jobcoach.css, and whether the viewer
     * sees the case must not show in what the page loads.
     */
    private void requireWebResources(String macroName) {
        RequiredResources page = pageBuilder.assembler().resources();
        page.requireWebResource(CORE_RESOURCES);
        if (OWN_RESOURCES.containsKey(macroName)) {
            page.requireWebResource(OWN_RESOURCES.get(macroName));
        }
    }

    /** Anyone signed in may open a case (CaseService decides in which role), so the form adds no power. */
    private boolean mayStartCase(Map<String, String> parameters, ConversionContext context, ViewContext view) {
        boolean namesACase = parameters != null && parameters.get(CASE_PARAMETER) != null && !parameters.get(CASE_PARAMETER).isBlank();
        return !namesACase && context.getEntity() != null && view.interactive() && currentUser.userKey().isPresent();
    }

    private Optional<Long> caseId(Map<String, String> parameters, ConversionContext context) {
        String given = parameters == null ? null : parameters.get(CASE_PARAMETER);
        if (given != null && !given.isBlank()) {
            try {
                return Optional.of(Long.parseLong(given.strip()));
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        }
        return context.getEntity() == null ? Optional.empty() : cases.caseOfPage(context.getEntity().getId());
    }
}
