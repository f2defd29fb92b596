package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import org.junit.Before;
import org.junit.Test;

/** The visits macro's body for its script after a save ({@code GET …/visits/overview/html}): the macro's guard. */
public class VisitResourceTest extends RestTestSupport {
    private static final String COACH = keyOf(CaseRole.CENTER_COACH);
    private VisitResource resource;

    @Before
    public void setUp() {
        resource = new VisitResource(visits, cases, errors, views);
    }

    @Test
    public void theVisitsMacroRendersForItsScriptAfterASave() {
        actAs(CaseRole.CENTER_COACH);
        Stored<PlannedVisit> planned = visits.plan(caseId, new PlannedVisit(RETURN.plusDays(7), COACH, "上司と面談"));
        Stored<VisitRecord> visit = visits.create(caseId, new VisitRecord(RETURN, List.of(COACH), VisitKind.OJT,
                "observed", null, null, null, "次回は残業の扱いを確認"));

        Response response = resource.rendered(caseId);
        assertEquals(200, response.getStatus());
        String rendered = (String) response.getEntity();
        assertTrue("the body it replaces and the line that announces the save, outside it",
                rendered.contains("data-jobcoach-body") && rendered.contains("data-jobcoach-announce")
                        && rendered.indexOf("data-jobcoach-announce") > rendered.lastIndexOf("jobcoach-older"));
        assertTrue("its forms update it in place",
                rendered.contains("data-jobcoach-refresh=\"/cases/" + caseId + "/visits/overview/html\""));
        assertFalse("no form reloads the page or saves only its record",
                rendered.contains("data-jobcoach-record"));
        assertTrue("the saved visit keeps its id", rendered.contains("id=\"jobcoach-visit-" + visit.id() + "\""));
        assertTrue("a new one is found by the id the answer gives", rendered.contains("data-jobcoach-anchor=\"jobcoach-visit-{0}\"")
                && rendered.contains("data-jobcoach-anchor=\"jobcoach-planned-visit-{0}\""));
        assertTrue("each planned visit keeps its row's id", rendered.contains("<tr id=\"jobcoach-planned-visit-" + planned.id() + "\">"));
        assertTrue("the hand-over", rendered.contains("次回は残業の扱いを確認"));
        assertTrue("a cancel announces the day", rendered.contains("Cancelled the visit planned for " + RETURN.plusDays(7)));

        actAs(CaseRole.COUNSELOR);
        assertEquals("the counselor reads visits", 200, resource.rendered(caseId).getStatus());
        actAs(CaseRole.HR);
        assertEquals("HR does not see visits", 403, resource.rendered(caseId).getStatus());
        user.key = "stranger";
        assertEquals("not a member: no such case", 404, resource.rendered(caseId).getStatus());
    }

    /** A visit opened on demand below the older rows is not in the body: it is saved as a record, as before. */
    @Test
    public void aVisitOpenedOnDemandSavesAsItsRecord() {
        actAs(CaseRole.CENTER_COACH);
        Stored<VisitRecord> visit = visits.create(caseId, new VisitRecord(RETURN, List.of(COACH), VisitKind.OJT,
                "observed", null, null, null));
        String opened = (String) resource.opened(caseId, visit.id()).getEntity();
        assertTrue(opened, opened.contains("data-jobcoach-record=\"/cases/" + caseId + "/visits/" + visit.id() + "\""));
        assertTrue("its delete updates the macro", opened.contains("data-jobcoach-anchor=\"jobcoach-visits-section-" + caseId + "\""));
    }
}
