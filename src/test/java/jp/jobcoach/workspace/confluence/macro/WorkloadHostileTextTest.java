package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import jp.jobcoach.workspace.web.rest.WorkloadResource;
import org.junit.Test;

/**
 * Hostile text through every text field of the workload (issue 17): a task's title, the week's note, an assigner whose
 * very user key is hostile, and an accommodation with limits whose title and step label are hostile. The week view,
 * its forms and the case panel's signals show it escaped and isolated in every output and both languages; the REST
 * JSON gives it back exactly.
 */
public class WorkloadHostileTextTest extends MacroTestSupport {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final List<String> PAYLOADS = List.of(SCRIPT, ATTRIBUTE_BREAKER, "javascript:alert(1)", "abc\u202Edef",
            "😀", "𠮷", SCRIPT + ATTRIBUTE_BREAKER + "abc\u202Edef😀𠮷");
    private static final String LONG = (SCRIPT + ATTRIBUTE_BREAKER).repeat(300).substring(0, 10_000);
    private static final LocalDate WEEK = WorkWeek.weekOf(TODAY);

    @Test
    public void everyPayloadIsShownEscapedAndRoundTripsThroughJson() {
        for (String text : PAYLOADS) {
            long id = caseWith(text, text);
            assertShownSafely(text, text, id);
            assertJsonRoundTrips(text, text, id);
        }
        long id = caseWith("𠮷", LONG);
        assertShownSafely("𠮷", LONG, id);
        assertJsonRoundTrips("𠮷", LONG, id);
    }

    private long caseWith(String name, String text) {
        long id = caseWithEveryRole().id();
        actAs(CaseRole.COUNSELOR);
        teams.add(id, TeamMember.of(name, CaseRole.SUPERVISOR));
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        accommodations.create(id, new Accommodation(name, text, List.of(AccommodationStep.planned(name, TODAY,
                CapacityLimits.dailyHours(7))), List.of(), List.of(), text, new CapacityLimits(6.0, true, true, 4)));
        user.key = name;
        // due yesterday and open: the holding-on signal names it, on the week view and the case panel
        workload.plan(id, WEEK, 0, Arrays.asList(6.0, 6.0, 6.0, 0.0, 0.0, 0.0, 0.0),
                List.of(WeekTask.planned(name, 2, TODAY.minusDays(1).isBefore(WEEK) ? WEEK : TODAY.minusDays(1), name)), text);
        return id;
    }

    private void assertShownSafely(String name, String text, long id) {
        Map<String, String> parameters = Map.of("case", String.valueOf(id));
        for (Locale language : LANGUAGES) {
            user.locale = language;
            for (String output : OUTPUT_TYPES) {
                for (CaseRole role : List.of(CaseRole.SUPERVISOR, CaseRole.WORKER)) {
                    actAs(role);
                    String week = new WorkloadMacro(support, cases, workload).execute(parameters, "", onPage(5000, output));
                    assertControlsOnlyWhereInteractive(output, week);
                    assertSafe(name, week);
                    assertSafe(text, week);
                    assertSafe("Name of " + name, week);
                }
                actAs(CaseRole.SUPERVISOR);
                String panel = new CaseMacro(support, panels).execute(parameters, "", onPage(5000, output));
                assertTrue("the panel names the task held past due", panel.contains("jobcoach-signal-holding-on"));
                assertSafe(name, panel);
                actAs(CaseRole.OCCUPATIONAL_HEALTH);
                String accommodationList = new AccommodationsMacro(support, cases, accommodations, time)
                        .execute(parameters, "", onPage(5000, output));
                assertSafe(name, accommodationList);
            }
        }
        user.locale = Locale.ENGLISH;
    }

    private static void assertSafe(String expected, String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("href=\"javascript:"));
        assertFalse(html.contains("'>"));
        assertFalse("no Velocity left over", html.contains("##") || html.contains("$week") || html.contains("$signal"));
        assertTrue("escaped and isolated", html.contains(TypedText.shown(expected)));
    }

    private void assertJsonRoundTrips(String name, String text, long id) {
        actAs(CaseRole.SUPERVISOR);
        WorkloadResource resource = new WorkloadResource(workload, new jp.jobcoach.workspace.web.rest.ErrorResponses(
                RestTestSupport::fromBundles, user), RestTestSupport::fromBundles, user, cases,
                new jp.jobcoach.workspace.web.view.Views(RestTestSupport::fromBundles, user, people, () -> "/confluence",
                        jp.jobcoach.workspace.testhost.TestHost.TEMPLATES));
        JsonObject week = JsonParser.parseString((String) resource.week(id, WEEK.toString()).getEntity()).getAsJsonObject();
        JsonObject value = week.getAsJsonObject("week").getAsJsonObject("value");
        assertEquals(name, value.getAsJsonArray("tasks").get(0).getAsJsonObject().get("title").getAsString());
        assertEquals(name, value.getAsJsonArray("tasks").get(0).getAsJsonObject().get("assignedBy").getAsString());
        assertEquals(text, value.get("note").getAsString());
        String html = (String) resource.weekHtml(id, WEEK.toString()).getEntity();
        assertSafe(name, html);
        assertSafe(text, html);
    }
}
