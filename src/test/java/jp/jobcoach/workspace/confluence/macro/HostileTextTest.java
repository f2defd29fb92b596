package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.LEAVE;
import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.web.Csv;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.rest.AccommodationResource;
import jp.jobcoach.workspace.web.rest.ErrorResponses;
import jp.jobcoach.workspace.web.rest.ExportResource;
import jp.jobcoach.workspace.web.rest.CaseResource;
import jp.jobcoach.workspace.web.rest.PlanResource;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import jp.jobcoach.workspace.web.rest.TeamResource;
import jp.jobcoach.workspace.web.rest.VisitResource;
import org.junit.Test;

/**
 * Hostile text through every text field of case, team, plan, accommodations and visits, written through the
 * services; then every macro must show it escaped (user text isolated in bdi) and the REST JSON must give it back
 * exactly, and the CSV exports must carry it as one cell each.
 */
public class HostileTextTest extends MacroTestSupport {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String JS_URL = "javascript:alert(1)";
    private static final String RTL = "abc\u202Edef";
    private static final String EMOJI = "😀";
    private static final String RARE_KANJI = "𠮷";
    /** 10,000 characters of markup: the longest text a long field takes. */
    private static final String LONG = (SCRIPT + ATTRIBUTE_BREAKER).repeat(300).substring(0, 10_000);
    private static final List<String> SHORT = List.of(SCRIPT, ATTRIBUTE_BREAKER, JS_URL, RTL, EMOJI, RARE_KANJI,
            SCRIPT + ATTRIBUTE_BREAKER + JS_URL + RTL + EMOJI + RARE_KANJI);

    @Test
    public void everyPayloadIsShownEscapedAndRoundTripsThroughJson() {
        for (String text : SHORT) {
            long id = caseWith(text, text);
            assertRenderedSafely(text, text, id);
            assertJsonRoundTrips(text, text, id);
            assertCsvCarries(text, text, id);
        }
    }

    @Test
    public void tenThousandCharactersOfMarkupInLongFields() {
        long id = caseWith(RARE_KANJI, LONG);
        assertRenderedSafely(RARE_KANJI, LONG, id);
        assertJsonRoundTrips(RARE_KANJI, LONG, id);
        assertCsvCarries(RARE_KANJI, LONG, id);
    }

    /** A case whose name-like fields hold {@code name} and whose long text fields hold {@code text}. */
    private long caseWith(String name, String text) {
        long id = caseWithEveryRole().id();
        actAs(CaseRole.COUNSELOR);
        cases.update(id, 1, new SupportCase(new WorkerRef("worker-x", name), name, LEAVE, RETURN,
                List.of(PlannedSupport.withDefaults(SupportType.JOINT, RETURN)), null, null));
        // a member whose very user key is hostile: their name shows in the team, remove buttons and the audit log
        teams.add(id, TeamMember.of(name, CaseRole.OCCUPATIONAL_HEALTH));
        plans.revise(id, 0, new SupportPlanContent(text, text, text, text, text, text, text,
                Map.of(SupportType.JOINT, text), text,
                PlanTimeline.empty().with(PlanPhase.INTENSIVE, RETURN, RETURN.plusMonths(1))
                        .withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(3))));
        // the signer's name as typed from the paper, shown in the plan's agreement row
        plans.agreeOnPaper(id, 1, CaseRole.WORKER, new PaperAgreement(TODAY, AgreementMethod.SIGNED_IN_PERSON, name));
        user.key = name;
        accommodations.create(id, new Accommodation(name, text, List.of(AccommodationStep.planned(name, RETURN)),
                List.of(RETURN), List.of(), text));
        actAs(CaseRole.CENTER_COACH);
        // the signed-in coach's own earlier visit: the panel then shows what came since, the hostile hand-over included
        visits.create(id, new VisitRecord(RETURN.minusDays(1), List.of(keyOf(CaseRole.CENTER_COACH)), VisitKind.MEETING,
                null, null, null, null));
        visits.create(id, new VisitRecord(RETURN, List.of(name), VisitKind.MEETING, text, text, text, text, text));
        visits.plan(id, new PlannedVisit(RETURN, keyOf(CaseRole.CENTER_COACH), text));
        // a calendar subscription named by its owner, listed in the calendar's subscription panel
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        feedService().create(id, jp.jobcoach.workspace.domain.calendar.FeedNames.INITIALS, name);
        return id;
    }

    /** The case panel shows the name-like fields; plan and visits show the long texts too. */
    private void assertRenderedSafely(String name, String text, long id) {
        Map<String, String> parameters = Map.of("case", String.valueOf(id));
        for (Locale language : LANGUAGES) {
            user.locale = language;
            for (String output : OUTPUT_TYPES) {
                assertRenderedSafely(name, text, parameters, output);
            }
        }
        user.locale = Locale.ENGLISH;
    }

    /** Each macro as a role that gets its forms, so the values in inputs and textareas are checked too. */
    private void assertRenderedSafely(String name, String text, Map<String, String> parameters, String output) {
        actAs(CaseRole.COUNSELOR);
        String casePanel = rendered(output, new CaseMacro(support, panels).execute(parameters, "", onPage(5000, output)));
        assertSafe(name, casePanel);
        assertSafe("Name of " + name, casePanel);
        String plan = rendered(output, new PlanMacro(support, cases, plans).execute(parameters, "", onPage(5000, output)));
        assertSafe(text, plan);
        assertSafe(name, plan);
        actAs(CaseRole.CENTER_COACH);
        assertSafe(text, rendered(output, new VisitsMacro(support, cases, visits).execute(parameters, "", onPage(5000, output))));
        // "since your last visit" on the panel: the partner's hand-over as typed
        String coachPanel = rendered(output, new CaseMacro(support, panels).execute(parameters, "", onPage(5000, output)));
        assertTrue(coachPanel.contains("jobcoach-since"));
        assertSafe(text, coachPanel);
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String accommodationList = rendered(output,
                new AccommodationsMacro(support, cases, accommodations, time).execute(parameters, "", onPage(5000, output)));
        assertSafe(name, accommodationList);
        assertSafe(text, accommodationList);
        assertSafe("Name of " + name, rendered(output, new AuditMacro(support, audits, erasures).execute(parameters, "", onPage(5000, output))));
        // the printed plan (issue 15 §13): every text of the revision, the worker's name and department, the signer's name
        actAs(CaseRole.COUNSELOR);
        long caseId = Long.parseLong(parameters.get("case"));
        String printed = (String) new PlanResource(plans, cases, new ErrorResponses(RestTestSupport::fromBundles, user),
                views).print(caseId, null).getEntity();
        assertControlsOnlyWhereInteractive("pdf", printed);
        assertSafe(text, printed);
        assertSafe(name, printed);
        // the calendar: the visit's coach by name, the accommodation's title in its items' detail, the feed's name
        String calendar = rendered(output, scheduleMacro().execute(parameters, "", onPage(5000, output)));
        if (!jp.jobcoach.workspace.web.view.ViewContext.isStatic(output)) {
            assertSafe(name, calendar);
        }
        assertTrue(calendar, calendar.contains("data-date=\"" + RETURN + "\""));
        assertSafe(name, calendar.replace(TypedText.shown(name + " — " + name), TypedText.shown(name)));
    }

    private static String rendered(String output, String html) {
        assertControlsOnlyWhereInteractive(output, html);
        return html;
    }

    private static void assertSafe(String expected, String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("href=\"javascript:"));
        assertFalse(html.contains("'>"));
        assertTrue("escaped and isolated", html.contains(TypedText.shown(expected)));
    }

    private void assertJsonRoundTrips(String name, String text, long id) {
        ErrorResponses errors = new ErrorResponses(RestTestSupport::fromBundles, user);
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        JsonObject stored = json(new CaseResource(cases, errors).get(id)).getAsJsonObject().getAsJsonObject("value");
        assertEquals(name, stored.getAsJsonObject("worker").get("displayName").getAsString());
        assertEquals(name, stored.get("department").getAsString());
        List<String> memberKeys = new ArrayList<>();
        json(new TeamResource(teams, errors).list(id)).getAsJsonObject().getAsJsonArray("members")
                .forEach(member -> memberKeys.add(member.getAsJsonObject().get("userKey").getAsString()));
        assertTrue(memberKeys.contains(name));
        JsonObject accommodation = json(new AccommodationResource(accommodations, errors, cases, time, views).list(id)).getAsJsonObject()
                .getAsJsonArray("accommodations").get(0).getAsJsonObject().getAsJsonObject("value");
        assertEquals(name, accommodation.get("title").getAsString());
        assertEquals(text, accommodation.get("stopConditions").getAsString());
        JsonObject plan = json(new PlanResource(plans, cases, errors, views).current(id)).getAsJsonObject()
                .getAsJsonObject("current").getAsJsonObject("content");
        assertEquals(text, plan.get("cooperatingParties").getAsString());
        assertEquals(text, plan.get("centerGoals").getAsString());
        assertEquals(text, plan.getAsJsonObject("plannedSupport").get("JOINT").getAsString());
        JsonObject visit = json(new VisitResource(visits, cases, errors, views).list(id, null, null)).getAsJsonObject().getAsJsonArray("visits")
                .get(0).getAsJsonObject().getAsJsonObject("value");
        assertEquals(text, visit.get("nextSteps").getAsString());
        assertEquals(text, visit.get("handOver").getAsString());
        JsonObject planned = json(new VisitResource(visits, cases, errors, views).planned(id, null, null)).getAsJsonObject()
                .getAsJsonArray("planned").get(0).getAsJsonObject().getAsJsonObject("plannedVisit").getAsJsonObject("value");
        assertEquals(text, planned.get("note").getAsString());
        assertEquals(name, visit.getAsJsonArray("coachKeys").get(0).getAsString());
    }

    /** The CSV exports (issue 15 §12) carry each text as one cell, as it was written, whatever it holds. */
    private void assertCsvCarries(String name, String text, long id) {
        ExportResource exports = new ExportResource(visits, interviews, accommodations, plans,
                new ErrorResponses(RestTestSupport::fromBundles, user), views);
        actAs(CaseRole.CENTER_COACH);
        String visitFile = streamed(exports.visits(id));
        assertTrue(visitFile.contains(cell(text)));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        String accommodationFile = streamed(exports.accommodations(id));
        assertTrue(accommodationFile.startsWith(Csv.BOM + "Title,") && accommodationFile.contains("\r\n" + cell(name) + ","));
        assertTrue(accommodationFile.contains(cell(text)));
    }

    /** {@code text} as a CSV cell. */
    private static String cell(String text) {
        String line = Csv.line(List.of(text));
        return line.substring(0, line.length() - 2);
    }

    private static String streamed(Response csv) {
        assertEquals(200, csv.getStatus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ((StreamingOutput) csv.getEntity()).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The body, which must never carry a raw angle bracket (Gson writes them as \u003c). */
    private static JsonElement json(Response response) {
        assertEquals(200, response.getStatus());
        String body = (String) response.getEntity();
        assertFalse(body.contains("<") || body.contains(">"));
        return JsonParser.parseString(body);
    }
}
