package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Before;
import org.junit.Test;

public class AccommodationsMacroTest extends MacroTestSupport {
    private AccommodationsMacro macro;

    @Before
    public void setUp() {
        macro = new AccommodationsMacro(support, cases, accommodations, time);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    private Stored<Accommodation> withOneStepLifted() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        Accommodation value = accommodation();
        Stored<Accommodation> created = accommodations.create(caseId, new Accommodation(value.title(), "説明", value.steps(),
                List.of(TODAY), List.of(), "眠れない日が続いたら止める"));
        return accommodations.liftStep(caseId, created.id(), created.version(), 0, RETURN.plusMonths(1));
    }

    @Test
    public void showsStepsWithApproverByNameReviewDueAndStopConditions() {
        withOneStepLifted();
        actAs(CaseRole.WORKER);
        String html = render("display");
        assertTrue(html.contains("6h→7h") && html.contains("7h→8h"));
        assertTrue("approver by name", html.contains("Name of OCCUPATIONAL_HEALTH"));
        assertTrue(html.contains("Not yet lifted"));
        assertTrue("the badge names the review that is due", html.contains("Review of " + TODAY + " due"));
        assertTrue(html.contains("眠れない日が続いたら止める"));
        assertFalse("the worker sees, does not edit", html.contains("<form"));
    }

    @Test
    public void editorsLiftTheNextStepRecordAReviewEditAndDelete() {
        Stored<Accommodation> stored = withOneStepLifted();
        for (CaseRole role : new CaseRole[] {CaseRole.OCCUPATIONAL_HEALTH, CaseRole.HR}) {
            actAs(role);
            String html = render("display");
            String base = "/cases/" + caseId + "/accommodations/" + stored.id();
            assertTrue(role.name(), html.contains("data-path=\"" + base + "/lift\""));
            assertTrue("the next step is the second", html.contains("name=\"step\" value=\"1\""));
            assertTrue("errors land on the step's date", html.contains("data-field=\"steps[1].liftedDate\""));
            assertTrue(html.contains("Lift step: \u20687h→8h\u2069"));
            assertTrue(html.contains("data-path=\"" + base + "/review\""));
            assertTrue(html.contains("data-method=\"PUT\" data-path=\"" + base + "\""));
            assertTrue(html.contains("data-path=\"" + base + "?version=" + stored.version() + "\""));
            assertTrue("a lifted step keeps its approver when edited",
                    html.contains("name=\"accommodation.steps.#.approvedBy\" value=\"OCCUPATIONAL_HEALTH\""));
            assertTrue(html.contains("data-keep=\"accommodation.steps[]\""));
            assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/accommodations\""));
        }
    }

    /**
     * Lifting asks first with what to weigh, the stop conditions and the last review; the approver, and only they, get
     * a button that takes the lift back while its window is open.
     */
    @Test
    public void liftingAsksWithTheStopConditionsAndTheLastReviewAndTheApproverMayUndo() {
        Stored<Accommodation> stored = withOneStepLifted();
        String base = "/cases/" + caseId + "/accommodations/" + stored.id();
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String html = render("display");
        assertTrue(html, html.contains("Stop conditions: \u2068眠れない日が続いたら止める\u2069"));
        assertTrue(html.contains("Last review: none recorded yet Review of " + TODAY + " due"));
        assertTrue(html.contains("data-path=\"" + base + "/lift/undo\""));
        assertTrue("the step lifted is the first", html.contains("name=\"step\" value=\"0\""));
        assertTrue(html.contains("Undo lifting \u20686h→7h\u2069 (until "));
        actAs(CaseRole.HR);
        assertFalse("someone else's lift has no undo", render("display").contains("/lift/undo"));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        assertFalse(render("pdf").contains("/lift/undo"));
    }

    /** A right-to-left override in a step's label must not reorder the words of the button that lifts it. */
    @Test
    public void aStepLabelIsIsolatedInTheLiftButtonAndTheDeleteQuestion() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String reversing = "abc\u202Edef";
        accommodations.create(caseId, new Accommodation(reversing, "説明", List.of(AccommodationStep.planned(reversing, RETURN)),
                List.of(TODAY), List.of(), "—"));
        String html = render("display");
        assertTrue(html, html.contains(">Lift step: \u2068" + reversing + "\u2069</button>"));
        assertTrue(html.contains("data-confirm=\"Delete the accommodation &quot;\u2068" + reversing + "\u2069&quot;?"));
    }

    @Test
    public void readersStaticOutputAndStrangers() {
        withOneStepLifted();
        for (CaseRole role : new CaseRole[] {CaseRole.CENTER_COACH, CaseRole.SUPERVISOR, CaseRole.COUNSELOR}) {
            actAs(role);
            assertFalse(role.name(), render("display").contains("<form"));
        }
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String pdf = render("pdf");
        assertTrue(pdf.contains("6h→7h"));
        assertFalse(pdf.contains("<form"));
        user.key = "stranger";
        assertTrue(render("display").contains("you do not have access"));
    }
}
