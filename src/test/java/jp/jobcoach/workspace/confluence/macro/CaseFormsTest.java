package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import org.junit.Test;

/** CaseForms on the case panel: the edit form of the case facts and the phase buttons, for those who edit CASE. */
public class CaseFormsTest extends MacroTestSupport {
    @Test
    public void theCounselorGetsTheVersionedEditFormKeepingAccountAndPageTree() {
        actAs(CaseRole.COUNSELOR);
        String html = renderCasePanel("display");
        assertTrue(html.contains("data-method=\"PUT\" data-path=\"/cases/" + caseId + "\" data-conflict-root=\"value\""));
        assertTrue(html.contains("name=\"version\" value=\"1\" data-type=\"int\""));
        assertTrue("the worker's account is sent back", html.contains("name=\"case.worker.userKey\" value=\"worker-1\""));
        assertTrue("the page tree is sent back", html.contains("name=\"case.rootPageId\" value=\"1000\""));
        assertTrue(html.contains("name=\"case.department\" type=\"text\" value=\"経理部\""));
        assertTrue(html.contains("name=\"case.returnDate\" type=\"date\" value=\"2026-04-01\""));
    }

    @Test
    public void everySupportTypeIsAnItemUsedOnesCheckedOthersWithTheirUsualValues() {
        actAs(CaseRole.COUNSELOR);
        String html = renderCasePanel("display");
        assertTrue(html.contains("data-jobcoach-item=\"supports\""));
        assertTrue(html.contains("data-field=\"supports[#].period.start\""));
        assertTrue(html.contains("name=\"case.supports.#.type\" value=\"JOINT\""));
        int joint = html.indexOf("value=\"JOINT\"");
        assertTrue("an unused type is offered unchecked", html.lastIndexOf("data-include", joint) > 0
                && !html.substring(html.lastIndexOf("data-include", joint), joint).contains("checked"));
        assertTrue("its usual frequency is offered", html.contains("data-type=\"int\" value=\"2\"")
                || html.contains("data-type=\"int\" value=\"4\""));
    }

    @Test
    public void phaseButtonsOfferOnlyTheNeighbouringPhases() {
        actAs(CaseRole.COUNSELOR);
        String html = renderCasePanel("display");
        assertTrue(html.contains("Move on to Planning meeting"));
        assertFalse(html.contains("Move back to"));
        cases.movePhase(caseId, 1, CasePhase.PLANNING);
        html = renderCasePanel("display");
        assertTrue(html.contains("Move on to In support") && html.contains("Move back to Intake"));
        assertTrue(html.contains("name=\"phase\" value=\"SUPPORT\""));
        assertTrue("the button posts with the case's version", html.contains("name=\"version\" value=\"2\""));
        assertTrue("a move is asked first", html.contains("data-confirm=\"Move this case from “Planning meeting” to “In support”?"));
    }

    @Test
    public void readersOfTheCaseAndStaticOutputGetNoCaseControls() {
        for (CaseRole role : new CaseRole[] {CaseRole.HR, CaseRole.CENTER_COACH, CaseRole.WORKER}) {
            actAs(role);
            String html = renderCasePanel("display");
            assertFalse(role.name(), html.contains("/phase\""));
            assertFalse(role.name(), html.contains("data-path=\"/cases/" + caseId + "\""));
        }
        actAs(CaseRole.COUNSELOR);
        String pdf = renderCasePanel("pdf");
        assertFalse(pdf.contains("<form"));
        assertFalse(pdf.contains("Move on to"));
    }
}
