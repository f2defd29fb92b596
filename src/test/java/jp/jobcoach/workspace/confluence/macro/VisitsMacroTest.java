package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.visitBy;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import org.junit.Before;
import org.junit.Test;

public class VisitsMacroTest extends MacroTestSupport {
    private VisitsMacro macro;

    @Before
    public void setUp() {
        macro = new VisitsMacro(support, cases, visits);
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void listsNewestFirstWithCreateAndEditForms() {
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, ownVisit(RETURN));
        visits.create(caseId, new VisitRecord(RETURN.plusDays(7), java.util.List.of("coach-a"), VisitKind.OJT,
                "later visit", null, null, null));
        String html = render("display");
        assertTrue(html.indexOf("<h4>2026-04-08") < html.indexOf("<h4>2026-04-01"));
        assertTrue(html.contains("data-method=\"POST\" data-path=\"/cases/" + caseId + "/visits\""));
        assertTrue(html.contains("data-method=\"PUT\""));
        assertTrue(html.contains("data-conflict-root=\"value\""));
        assertTrue("message strings for the script come from the bundles", html.contains("data-msg-conflict=\"Someone else"));
        assertTrue("the case's center coaches by name and slot", html.contains(">Name of CENTER_COACH (Primary)</label>"));
        assertTrue("a coach of the visit who is not on the team stays chosen",
                html.contains("value=\"coach-b\" data-type=\"each\" checked"));
    }

    /**
     * Issue 15 §7 and §3: the newest hand-over comes first, for the coach who visits next; the visit forms save in place
     * (the macro's body rendered again, so the hand-over and the tally follow) with a hand-over field; planned visits list with where they stand, and a form to plan one.
     */
    @Test
    public void theHandOverComesFirstAndTheFormsSaveInPlace() {
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, new VisitRecord(RETURN, java.util.List.of("CENTER_COACH"), VisitKind.OJT, null, null, null,
                null, "Ask the boss about overtime"));
        visits.plan(caseId, new jp.jobcoach.workspace.domain.PlannedVisit(RETURN.plusDays(7), "CENTER_COACH", "joint interview"));
        String html = render("display");
        int handOver = html.indexOf("class=\"jobcoach-section jobcoach-handover");
        assertTrue(html, handOver > 0 && handOver < html.indexOf("jobcoach-planned"));
        assertTrue(html.contains("Hand-over from the visit of 2026-04-01 (Name of CENTER_COACH)"));
        String rendered = "data-jobcoach-refresh=\"/cases/" + caseId + "/visits/overview/html\"";
        assertTrue("the new visit's form updates the macro around the visit it made",
                html.contains(rendered + " data-jobcoach-anchor=\"jobcoach-visit-{0}\""));
        assertTrue("a planned visit's form too", html.contains(rendered + " data-jobcoach-anchor=\"jobcoach-planned-visit-{0}\""));
        assertFalse("no visit in the body saves only its record", html.contains("data-jobcoach-record"));
        assertTrue(html.contains("data-jobcoach-body") && html.contains("data-jobcoach-announce"));
        assertFalse("no script hooks in static output", render("pdf").contains("data-jobcoach-body"));
        assertTrue(html.contains("name=\"visit.handOver\""));
        assertTrue(html.contains("<div data-new-record>"));
        assertTrue(html.contains("data-path=\"/cases/" + caseId + "/visits/planned\""));
        assertTrue(html, html.contains("joint interview") && html.contains(">Planned</span>"));
        String pdf = render("pdf");
        assertTrue(pdf.contains("Ask the boss about overtime"));
        assertFalse("no forms in static output", pdf.contains("<form"));
    }

    /** Issue 15 §7: a coach records a visit on the day, usually their own: the new form starts so. */
    @Test
    public void theNewVisitStartsTodayWithTheSignedInCoachTicked() {
        actAs(CaseRole.CENTER_COACH);
        String html = render("display");
        String form = html.substring(html.indexOf("data-path=\"/cases/" + caseId + "/visits\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertTrue(form, form.contains("type=\"date\"") && form.contains("value=\"" + TODAY + "\""));
        assertTrue(form, form.contains("value=\"CENTER_COACH\" data-type=\"each\" checked"));
        actAs(CaseRole.IN_COMPANY_COACH);
        String other = render("display");
        other = other.substring(other.indexOf("data-path=\"/cases/" + caseId + "/visits\""));
        other = other.substring(0, other.indexOf("</form>"));
        assertFalse("no center coach is ticked for someone who is not one", other.contains("checked"));
    }

    @Test
    public void everyVisitHasAVersionCheckedDeleteButtonThatAsksFirst() {
        actAs(CaseRole.CENTER_COACH);
        var stored = visits.create(caseId, ownVisit(RETURN));
        String html = render("display");
        assertTrue(html.contains("data-method=\"DELETE\" data-path=\"/cases/" + caseId + "/visits/" + stored.id()
                + "?version=" + stored.version() + "\""));
        assertTrue(html.contains("data-confirm=\"Delete the visit record of 2026-04-01?"));
        assertTrue("a conflict on delete says to reload, not to save again", html.contains("data-msg-conflict=\"Someone else changed this record"));
        assertFalse(render("pdf").contains("DELETE"));
    }

    @Test
    public void aVisitOffersItsEditAndDeleteFormsOnlyToItsCoachesAndTheCounselor() {
        actAs(CaseRole.CENTER_COACH);
        var others = visits.create(caseId, new VisitRecord(RETURN, java.util.List.of("coach-a"), VisitKind.OJT,
                "coach a's visit", null, null, null));
        String deletePath = "data-path=\"/cases/" + caseId + "/visits/" + others.id() + "?version=";
        assertFalse("another coach's visit: no forms the service would refuse", render("display").contains(deletePath));
        actAs(CaseRole.COUNSELOR);
        assertTrue("the counselor may correct it", render("display").contains(deletePath));
    }

    @Test
    public void readersWithoutEditGetNoFormsAndStaticOutputNone() {
        actAs(CaseRole.COUNSELOR);
        assertFalse(render("display").contains("<form"));
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, ownVisit(RETURN));
        String email = render("email");
        assertTrue(email.contains("line care"));
        assertFalse(email.contains("<form"));
    }

    @Test
    public void rolesWithoutVisitAccessReadWhatIsWithheldAndWhyStrangersGetTheNeutralBox() {
        for (CaseRole role : new CaseRole[] {CaseRole.HR, CaseRole.WORKER, CaseRole.SUPERVISOR}) {
            actAs(role);
            String html = render("display");
            assertTrue(role.name() + html, html.contains("This part of the case (Visit records) is not shown to your role: visit records"
                    + " are the coaches’ working notes from their visits to the workplace. It is shared with: In-company job coach,"
                    + " Center job coach, Counselor, Occupational health staff."));
            assertFalse(html.contains("you do not have access"));
        }
        user.key = "stranger";
        assertTrue(render("display").contains("you do not have access"));
    }

    @Test
    public void theNewestShowInFullWithTheirFormsTheOlderAsCompactRowsAndTheTallyStays() {
        actAs(CaseRole.CENTER_COACH);
        for (int i = 0; i < 30; i++) {
            visits.create(caseId, ownVisit(RETURN.plusDays(i)));
        }
        String html = render("display");
        assertEquals(3, html.split("<article class=\"jobcoach-visit\"", -1).length - 1);
        assertEquals("edit forms of the visits in full only", 3, html.split("data-method=\"PUT\"", -1).length - 1);
        assertTrue("an older visit: date, kind, coaches, and a button that opens it", html.contains("<td>" + RETURN.plusDays(26)
                + "</td><td>Work observation</td><td><bdi>"));
        assertTrue(html.contains("data-open=\"/cases/" + caseId + "/visits/"));
        assertTrue("more", html.contains("jobcoach-older-more\" data-cursor=\"" + RETURN.plusDays(10) + "~"));
        assertTrue("the tally", html.contains("jobcoach-tally") || html.contains("Planned"));
        String pdf = render("pdf");
        assertTrue(pdf.contains("<td>" + RETURN + "</td>"));
        assertFalse(pdf.contains("<button"));
    }

    /** A visit the signed-in center coach made, which they may change. */
    private static VisitRecord ownVisit(java.time.LocalDate date) {
        return visitBy(date, "CENTER_COACH");
    }
}
