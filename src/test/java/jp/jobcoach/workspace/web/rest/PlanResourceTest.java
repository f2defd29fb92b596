package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.web.Json;
import org.junit.Before;
import org.junit.Test;

public class PlanResourceTest extends RestTestSupport {
    private PlanResource resource;

    @Before
    public void setUp() {
        resource = new PlanResource(plans, cases, errors, views);
    }

    private String revision(int version, String situation) {
        return Json.write(Map.of("version", version, "plan", planContent(situation)));
    }

    @Test
    public void reviseAgreeListAndDiff() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(0, body(resource.current(caseId)).get("version").getAsInt());
        assertEquals(200, resource.revise(caseId, revision(0, "first")).getStatus());
        actAs(CaseRole.WORKER);
        Response agreed = resource.agree(caseId, "{\"revision\":1,\"role\":\"WORKER\"}");
        assertEquals(200, agreed.getStatus());
        assertEquals(1, body(agreed).getAsJsonArray("agreements").size());

        actAs(CaseRole.COUNSELOR);
        JsonObject revised = body(resource.revise(caseId, revision(1, "second")));
        assertEquals(2, revised.get("version").getAsInt());
        assertEquals("[\"WORKER\"]", revised.get("toAgreeAgain").toString());
        assertFalse(revised.get("agreed").getAsBoolean());
        JsonObject revisions = body(resource.revisions(caseId, null, null));
        assertEquals("newest first", 2, revisions.getAsJsonArray("revisions").get(0).getAsJsonObject().get("number").getAsInt());
        assertEquals(1, revisions.getAsJsonArray("agreements").size());
        JsonObject firstOfOne = body(resource.revisions(caseId, "1", null));
        assertEquals(1, firstOfOne.getAsJsonArray("revisions").size());
        JsonObject secondOfOne = body(resource.revisions(caseId, "1", firstOfOne.get("next").getAsString()));
        assertEquals(1, secondOfOne.getAsJsonArray("revisions").get(0).getAsJsonObject().get("number").getAsInt());
        assertFalse("the last page", secondOfOne.has("next"));
        assertEquals("cursor", firstErrorField(resource.revisions(caseId, null, "2026-01-01~3")));
        JsonObject diff = body(resource.diff(caseId, 1, 2));
        assertEquals("currentSituation", diff.getAsJsonArray("changes").get(0).getAsJsonObject().get("field").getAsString());
    }

    @Test
    public void olderRevisionsComeAsRenderedRowsAndEachOpensWithWhatItChanged() {
        actAs(CaseRole.COUNSELOR);
        for (int basedOn = 0; basedOn < 3; basedOn++) {
            resource.revise(caseId, revision(basedOn, "situation " + (basedOn + 1)));
        }
        Response rows = resource.olderRows(caseId, "1", "3");
        assertEquals(200, rows.getStatus());
        String fragment = (String) rows.getEntity();
        assertTrue(fragment.contains("data-next=\"2\"") && fragment.contains("data-open=\"/cases/" + caseId + "/plan/revisions/2\""));
        String opened = (String) resource.opened(caseId, 2).getEntity();
        assertTrue(opened.contains("<article class=\"jobcoach-plan-revision\" id=\"jobcoach-plan-" + caseId + "-revision-2\">"));
        assertTrue(opened.contains("<h4>Changes from revision 1 to 2</h4>") && opened.contains("<bdi>situation 2</bdi></ins>"));
        assertEquals(404, resource.opened(caseId, 1).getStatus());
        assertEquals(400, resource.olderRows(caseId, "0", null).getStatus());
        actAs(CaseRole.HR);
        assertEquals(403, resource.olderRows(caseId, null, null).getStatus());
        assertEquals(403, resource.opened(caseId, 2).getStatus());
    }

    @Test
    public void staleRevisionGets409WithTheCurrentPlan() {
        actAs(CaseRole.CENTER_COACH);
        resource.revise(caseId, revision(0, "first"));
        Response stale = resource.revise(caseId, revision(0, "mine"));
        assertEquals(409, stale.getStatus());
        assertTrue(body(stale).getAsJsonObject("current").getAsJsonArray("revisions").size() == 1);
        assertEquals(409, resource.agree(caseId, "{\"revision\":7,\"role\":\"CENTER_COACH\"}").getStatus());
    }

    @Test
    public void invalidInputGets400() {
        actAs(CaseRole.CENTER_COACH);
        assertEquals(400, resource.revise(caseId, "{\"version\":0}").getStatus());
        resource.revise(caseId, revision(0, "first"));
        Response wrongRole = resource.agree(caseId, "{\"revision\":1,\"role\":\"WORKER\"}");
        assertEquals(400, wrongRole.getStatus());
        assertEquals("role", firstErrorField(wrongRole));
        assertEquals("role", firstErrorField(resource.agree(caseId, "{\"revision\":1,\"role\":\"<b>\"}")));
    }

    /** The counselor records a paper agreement over REST; field errors are translated, others are refused. */
    @Test
    public void theCounselorRecordsAnAgreementOnPaper() {
        actAs(CaseRole.COUNSELOR);
        resource.revise(caseId, revision(0, "first"));
        user.locale = java.util.Locale.JAPANESE;
        Response future = resource.agreeOnPaper(caseId, "{\"revision\":1,\"role\":\"WORKER\",\"signedOn\":\""
                + TODAY.plusDays(1) + "\",\"method\":\"SIGNED_BY_POST\"}");
        assertEquals(400, future.getStatus());
        assertEquals("signedOn", firstErrorField(future));
        assertTrue(future.getEntity().toString(), future.getEntity().toString().contains("未来の日付"));
        assertEquals("method", firstErrorField(resource.agreeOnPaper(caseId,
                "{\"revision\":1,\"role\":\"WORKER\",\"signedOn\":\"" + TODAY + "\",\"method\":\"FAX\"}")));
        assertEquals("role", firstErrorField(resource.agreeOnPaper(caseId,
                "{\"revision\":1,\"role\":\"CENTER_COACH\",\"signedOn\":\"" + TODAY + "\",\"method\":\"SIGNED_BY_POST\"}")));
        String paper = "{\"revision\":1,\"role\":\"SUPERVISOR\",\"signedOn\":\"" + TODAY
                + "\",\"method\":\"SIGNED_IN_PERSON\",\"signer\":\"山田 部長\"}";
        Response recorded = resource.agreeOnPaper(caseId, paper);
        assertEquals(200, recorded.getStatus());
        com.google.gson.JsonObject given = body(recorded).getAsJsonArray("agreements").get(0).getAsJsonObject();
        assertEquals(keyOf(CaseRole.COUNSELOR), given.get("userKey").getAsString());
        assertEquals("山田 部長", given.getAsJsonObject("onPaper").get("signer").getAsString());
        assertFalse(body(recorded).getAsJsonArray("missingParties").toString().contains("COMPANY"));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertEquals(403, resource.agreeOnPaper(caseId, paper).getStatus());
    }

    @Test
    public void hrSeesNoPlanStrangersNoCaseAndMissingRevisionsAreNotFound() {
        actAs(CaseRole.COUNSELOR);
        assertEquals(404, resource.revisions(caseId, null, null).getStatus());
        resource.revise(caseId, revision(0, "first"));
        assertEquals(404, resource.diff(caseId, 1, 9).getStatus());
        actAs(CaseRole.WORKER);
        assertEquals(403, resource.revise(caseId, revision(1, "mine")).getStatus());
        actAs(CaseRole.HR);
        assertEquals(403, resource.current(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.current(caseId).getStatus());
    }

    /**
     * The printed plan (支援計画書): one static A4 page in the reader's language with its sections in order, the new
     * fields, the planned fading of visits, and per party an agreement in the product, on paper (told apart), or lines
     * to sign; an older revision says it is not the current one and shows its own agreements.
     */
    @Test
    public void thePrintedPlanFollowsTheUsualStructureOnA4InTheReadersLanguage() {
        actAs(CaseRole.COUNSELOR);
        assertEquals("no plan yet", 404, resource.print(caseId, null).getStatus());
        resource.revise(caseId, Json.write(Map.of("version", 0, "plan", Map.of("currentSituation", "午後に疲れが出やすい",
                "centerGoals", "社内の支えへ引き継ぐ", "plannedSupport", Map.of("CONSULTATION", "月2回の相談"),
                "timeline", Map.of("phases", Map.of("INTENSIVE", Map.of("start", "2026-04-01", "end", "2026-05-31"),
                                "TRANSITION", Map.of("start", "2026-06-01", "end", "2026-08-31")),
                        "visits", Map.of("INTENSIVE", Map.of("count", 3, "per", "WEEK"),
                                "TRANSITION", Map.of("count", 2, "per", "MONTH")))))));
        actAs(CaseRole.WORKER);
        resource.agree(caseId, "{\"revision\":1,\"role\":\"WORKER\"}");
        actAs(CaseRole.COUNSELOR);
        resource.agreeOnPaper(caseId, "{\"revision\":1,\"role\":\"SUPERVISOR\",\"signedOn\":\"" + TODAY
                + "\",\"method\":\"SIGNED_IN_PERSON\",\"signer\":\"山田 部長\"}");
        user.locale = java.util.Locale.JAPANESE;

        Response printed = resource.print(caseId, null);
        assertEquals(200, printed.getStatus());
        assertTrue(printed.getMediaType().toString().startsWith("text/html"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'", printed.getHeaderString("Content-Security-Policy"));
        String page = (String) printed.getEntity();
        assertTrue(page.contains("<html lang=\"ja\">") && page.contains("@page{size:A4 portrait;"));
        assertFalse("no scripts, no forms", page.contains("<script") || page.contains("<form") || page.contains("<button"));
        int[] order = {page.indexOf("1. ケースの概要"), page.indexOf("2. 現状と支援の方向性"), page.indexOf("<bdi>午後に疲れが出やすい</bdi>"),
                page.indexOf("3. それぞれの目標と課題"), page.indexOf("目標（センター）"), page.indexOf("<bdi>社内の支えへ引き継ぐ</bdi>"),
                page.indexOf("4. 支援の内容と予定"), page.indexOf("<bdi>月2回の相談</bdi>"), page.indexOf("支援の段階と訪問予定"),
                page.indexOf("5. 関係機関・協力者"), page.indexOf("6. 同意")};
        for (int i = 0; i < order.length; i++) {
            assertTrue("part " + i + " in its place", order[i] > (i == 0 ? 0 : order[i - 1]));
        }
        String phases = page.substring(page.indexOf("支援の段階と訪問予定"), page.indexOf("5. 関係機関・協力者"));
        assertTrue("visits fade from phase to phase", phases.indexOf("集中") < phases.indexOf("週あたり3回")
                && phases.indexOf("週あたり3回") < phases.indexOf("月あたり2回") && phases.contains("ナチュラルサポート"));
        String agreement = page.substring(page.indexOf("6. 同意"));
        assertTrue("the worker agreed in the product", agreement.contains("class=\"agreement agreement-product\"") && agreement.contains("製品上で同意"));
        assertTrue("the company on paper, told apart", agreement.contains("class=\"agreement agreement-paper\"") && agreement.contains("書面で同意")
                && agreement.contains("<bdi>山田 部長</bdi>") && agreement.contains(TODAY.toString()));
        assertTrue("the center has not agreed: lines to sign", agreement.contains("class=\"agreement agreement-blank\"") && agreement.contains("氏名（署名）"));
        assertFalse("the current revision", page.contains("class=\"notice\""));

        actAs(CaseRole.CENTER_COACH);
        resource.revise(caseId, revision(1, "second"));
        String older = (String) resource.print(caseId, "1").getEntity();
        assertTrue(older, older.contains("これは第1版です。現在の計画は第2版です。"));
        assertTrue("revision 1 keeps its own agreements", older.contains("class=\"agreement agreement-product\""));
        String current = (String) resource.print(caseId, null).getEntity();
        assertFalse("nobody agreed revision 2 yet", current.contains("class=\"agreement agreement-product\"") || current.contains("class=\"agreement agreement-paper\""));

        assertEquals(404, resource.print(caseId, "9").getStatus());
        Response notANumber = resource.print(caseId, "abc");
        assertEquals(400, notANumber.getStatus());
        assertEquals("revision", firstErrorField(notANumber));
        assertEquals(400, resource.print(caseId, "0").getStatus());
        actAs(CaseRole.HR);
        assertEquals("HR sees no plan", 403, resource.print(caseId, null).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.print(caseId, null).getStatus());
    }

    /** The new fields round-trip, and their rules answer 400 on the field, in the reader's language, changing nothing. */
    @Test
    public void visitsPerPhaseAndTheCentersGoalsAreKeptAndChecked() {
        actAs(CaseRole.COUNSELOR);
        String good = Json.write(Map.of("version", 0, "plan", Map.of("centerGoals", "センターの目標", "plannedSupport", Map.of(),
                "timeline", Map.of("phases", Map.of("INTENSIVE", Map.of("start", "2026-04-01", "end", "2026-05-31")),
                        "visits", Map.of("INTENSIVE", Map.of("count", 3, "per", "WEEK"))))));
        JsonObject saved = body(resource.revise(caseId, good)).getAsJsonObject("current").getAsJsonObject("content");
        assertEquals("センターの目標", saved.get("centerGoals").getAsString());
        assertEquals(3, saved.getAsJsonObject("timeline").getAsJsonObject("visits").getAsJsonObject("INTENSIVE").get("count").getAsInt());

        user.locale = java.util.Locale.JAPANESE;
        Response withoutDates = resource.revise(caseId, Json.write(Map.of("version", 1, "plan", Map.of("plannedSupport", Map.of(),
                "timeline", Map.of("phases", Map.of(), "visits", Map.of("FOLLOW_UP", Map.of("count", 1, "per", "MONTH")))))));
        assertEquals(400, withoutDates.getStatus());
        assertEquals("visits[FOLLOW_UP].count", firstErrorField(withoutDates));
        assertTrue(withoutDates.getEntity().toString(), withoutDates.getEntity().toString().contains("フォローアップ"));
        Response tooMany = resource.revise(caseId, Json.write(Map.of("version", 1, "plan", Map.of("plannedSupport", Map.of(),
                "timeline", Map.of("phases", Map.of("INTENSIVE", Map.of("start", "2026-04-01", "end", "2026-05-31")),
                        "visits", Map.of("INTENSIVE", Map.of("count", 9, "per", "WEEK")))))));
        assertEquals("visits[INTENSIVE].count", firstErrorField(tooMany));
        assertEquals("an unknown unit", "visits[INTENSIVE].per", firstErrorField(resource.revise(caseId, "{\"version\":1,\"plan\":{\"plannedSupport\":{},"
                + "\"timeline\":{\"phases\":{},\"visits\":{\"INTENSIVE\":{\"count\":1,\"per\":\"DAY\"}}}}}")));
        assertEquals("nothing changed", 1, body(resource.current(caseId)).get("version").getAsInt());
    }

    /** The macro as it renders now, for its script after a save: the same guard as the macro. */
    @Test
    public void thePlanMacroRendersForItsScriptAfterASave() {
        actAs(CaseRole.COUNSELOR);
        resource.revise(caseId, revision(0, "first"));
        String rendered = (String) resource.rendered(caseId).getEntity();
        assertTrue(rendered.contains("data-jobcoach-body") && rendered.contains("data-jobcoach-announce")
                && rendered.contains("id=\"jobcoach-plan-" + caseId + "-current-1\""));
        assertTrue("its forms update it in place", rendered.contains("data-jobcoach-refresh=\"/cases/" + caseId + "/plan/html\""));
        assertTrue("the print link", rendered.contains("/confluence/rest/jobcoach/1.0/cases/" + caseId + "/plan/print"));
        actAs(CaseRole.HR);
        assertEquals(403, resource.rendered(caseId).getStatus());
        user.key = "stranger";
        assertEquals(404, resource.rendered(caseId).getStatus());
    }
}
