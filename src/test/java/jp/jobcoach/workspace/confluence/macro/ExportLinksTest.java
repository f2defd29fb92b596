package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

/** Each record macro links to its CSV file in a browser, never in exports or mail (issue 15 §12). */
public class ExportLinksTest extends MacroTestSupport {
    private Map<String, Macro> macros() {
        return Map.of("visits", new VisitsMacro(support, cases, visits),
                "interviews", new InterviewsMacro(support, cases, interviews, time),
                "accommodations", new AccommodationsMacro(support, cases, accommodations, time),
                "plan", new PlanMacro(support, cases, plans));
    }

    @Test
    public void interactiveOutputLinksToTheFileStaticOutputDoesNot() throws Exception {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        for (Map.Entry<String, Macro> each : macros().entrySet()) {
            String file = each.getKey();
            Macro macro = each.getValue();
            String link = "href=\"/confluence/rest/jobcoach/1.0/cases/" + caseId + "/exports/" + file + ".csv\" download>Download as CSV</a>";
            assertTrue(file, macro.execute(Map.of(), "", onCasePage("display")).contains(link));
            for (String output : new String[] {"pdf", "word", "email", "html_export"}) {
                assertFalse(file + " " + output, macro.execute(Map.of(), "", onCasePage(output)).contains("/exports/"));
            }
        }
    }

    /** The workload macro links to every week as CSV, for HR too (hours only), and never in exports or mail. */
    @Test
    public void theWorkloadMacroLinksToItsCsvInABrowserOnly() throws Exception {
        Macro macro = new WorkloadMacro(support, cases, workload);
        String link = "href=\"/confluence/rest/jobcoach/1.0/cases/" + caseId + "/workload/export.csv\" download>Download as CSV</a>";
        for (CaseRole role : new CaseRole[] {CaseRole.SUPERVISOR, CaseRole.HR, CaseRole.WORKER}) {
            actAs(role);
            assertTrue(role.name(), macro.execute(Map.of(), "", onCasePage("display")).contains(link));
            for (String output : new String[] {"pdf", "word", "email", "html_export"}) {
                assertFalse(role + " " + output, macro.execute(Map.of(), "", onCasePage(output)).contains("export.csv"));
            }
        }
    }
}
