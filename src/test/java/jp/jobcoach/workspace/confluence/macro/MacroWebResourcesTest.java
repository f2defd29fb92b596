package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.confluence.macro.MacroSupport.CORE_RESOURCES;
import static jp.jobcoach.workspace.confluence.macro.MacroSupport.INTERVIEW_RESOURCES;
import static jp.jobcoach.workspace.confluence.macro.MacroSupport.TIMELINE_RESOURCES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import com.atlassian.webresource.api.assembler.RequiredResources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

/**
 * Each macro requires the web resources its markup needs, as the web resources have no context: the core ones
 * always, the interview script and styles for the interview form, the timeline's for the timeline. The same for every output
 * and whatever the viewer may see, so what a page loads tells nothing about the case.
 */
public class MacroWebResourcesTest extends MacroTestSupport {
    private static final List<String> OUTPUT_TYPES = List.of("display", "preview", "pdf", "word", "email", "html_export");
    private static final Set<String> CORE = Set.of(CORE_RESOURCES);
    private static final Set<String> CORE_AND_INTERVIEWS = Set.of(CORE_RESOURCES, INTERVIEW_RESOURCES);
    private static final Set<String> CORE_AND_TIMELINE = Set.of(CORE_RESOURCES, TIMELINE_RESOURCES);

    private Map<CaseBlockMacro, Set<String>> macrosAndTheirResources() {
        return Map.of(new TaskAnalysisMacro(support, cases, tasks, time), Set.of(CORE_RESOURCES, MacroSupport.TASK_ANALYSIS_RESOURCES),
                caseMacro(), CORE,
                new PlanMacro(support, cases, plans), CORE,
                new VisitsMacro(support, cases, visits), CORE,
                new AccommodationsMacro(support, cases, accommodations, time), CORE,
                new AuditMacro(support, audits, erasures), CORE,
                new InterviewsMacro(support, cases, interviews, time), CORE_AND_INTERVIEWS,
                new TimelineMacro(support, timeline), CORE_AND_TIMELINE,
                new WorkloadMacro(support, cases, workload), Set.of(CORE_RESOURCES, MacroSupport.WORKLOAD_RESOURCES),
                scheduleMacro(), Set.of(CORE_RESOURCES, MacroSupport.SCHEDULE_RESOURCES));
    }

    @Test
    public void aTeamMemberGetsEachMacrosResourcesForEveryOutput() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        assertEachMacroRequiresItsResources();
    }

    @Test
    public void theNeutralBoxRequiresTheSameResources() {
        user.key = "stranger";
        assertEachMacroRequiresItsResources();
    }

    @Test
    public void theStartTheCaseFormRequiresTheCoreResources() {
        actAs(CaseRole.COUNSELOR);
        RequiredResources page = newPage();
        String html = caseMacro().execute(Map.of(), "", onPage(5000, "display"));
        assertTrue(html, html.contains("data-path=\"/cases\""));
        assertEquals(CORE, requiredOn(page));
    }

    private void assertEachMacroRequiresItsResources() {
        macrosAndTheirResources().forEach((macro, resources) -> {
            for (String output : OUTPUT_TYPES) {
                RequiredResources page = newPage();
                macro.execute(Map.of(), "", onCasePage(output));
                assertEquals(macro.getClass().getSimpleName() + " for " + output, resources, requiredOn(page));
            }
        });
    }

    /** The page builder's resources as a new page starts: nothing required yet. */
    private RequiredResources newPage() {
        RequiredResources page = pageBuilder.assembler().resources();
        clearInvocations(page);
        return page;
    }

    private static Set<String> requiredOn(RequiredResources page) {
        return mockingDetails(page).getInvocations().stream().filter(call -> call.getMethod().getName().equals("requireWebResource"))
                .map(call -> (String) call.getArgument(0)).collect(Collectors.toSet());
    }
}
