package jp.jobcoach.workspace.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.web.Csv;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.rest.ErrorResponses;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import jp.jobcoach.workspace.web.rest.TaskAnalysisResource;
import org.junit.Test;

/**
 * The hostile-text battery ({@link HostileTextTest}'s payloads) through every text field of task analyses: the
 * analysis (title, goal, where and when, instructor), each step (action, tool or place, key point, cue, supporter,
 * aids), a session (note, recorder's user key) and a step's note in a session. The macro (every output type, both
 * languages), its refresh, the case panel and the timeline show them escaped and isolated; the REST JSON gives them
 * back exactly; the CSV carries each as one cell.
 */
public class TaskAnalysisHostileTextTest extends MacroTestSupport {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKER = "\"'><img src=x onerror=alert(1)>";
    private static final String JS_URL = "javascript:alert(1)";
    private static final String RTL = "abc\u202Edef";
    private static final String EMOJI = "😀";
    private static final String RARE_KANJI = "𠮷";
    private static final String LONG = (SCRIPT + ATTRIBUTE_BREAKER).repeat(300).substring(0, 10_000);
    private static final List<String> SHORT = List.of(SCRIPT, ATTRIBUTE_BREAKER, JS_URL, RTL, EMOJI, RARE_KANJI,
            SCRIPT + ATTRIBUTE_BREAKER + JS_URL + RTL + EMOJI + RARE_KANJI);

    @Test
    public void everyPayloadInEveryFieldIsShownEscapedAndRoundTrips() throws IOException {
        for (String text : SHORT) {
            battery(text, text);
        }
    }

    @Test
    public void tenThousandCharactersOfMarkupInTheLongFields() throws IOException {
        battery(RARE_KANJI, LONG);
    }

    private void battery(String name, String text) throws IOException {
        long id = caseWithEveryRole().id();
        actAs(CaseRole.COUNSELOR);
        teams.add(id, TeamMember.of(name, CaseRole.IN_COMPANY_COACH));
        user.key = name;
        Stored<TaskAnalysis> analysis = tasks.create(id, new TaskAnalysis(name, text, name, name, 3, AnalysisStatus.ACTIVE,
                List.of(new TaskStep(0, name, name, text, text, name, text, false))));
        long step = analysis.value().steps().get(0).id();
        tasks.recordSession(id, analysis.id(), new TaskSession(TODAY, null, null, 10, text,
                List.of(new StepObservation(step, 3, 1, text))));

        Map<String, String> parameters = Map.of("case", String.valueOf(id));
        TaskAnalysisMacro macro = new TaskAnalysisMacro(support, cases, tasks, time);
        for (Locale language : LANGUAGES) {
            user.locale = language;
            for (String output : OUTPUT_TYPES) {
                actAs(CaseRole.CENTER_COACH);
                String html = macro.execute(parameters, "", onPage(5000, output));
                assertControlsOnlyWhereInteractive(output, html);
                assertSafe(name, html);
                assertSafe(text, html);
                assertSafe("Name of " + name, html);
                String panel = new CaseMacro(support, panels).execute(parameters, "", onPage(5000, output));
                assertSafe(name, panel);
                String timelineHtml = new TimelineMacro(support, timeline).execute(parameters, "", onPage(5000, output));
                assertSafe(name, timelineHtml);
                assertTrue(timelineHtml.contains(language == Locale.JAPANESE ? "自立率 0%" : "Independence rate 0%"));
                // the case calendar: the session on its day, the analysis's title as typed in its product-only detail
                String calendar = scheduleMacro().execute(parameters, "", onPage(5000, output));
                assertControlsOnlyWhereInteractive(output, calendar);
                assertTrue(calendar, calendar.contains("jobcoach-calendar-ta-session"));
                assertSafe(name, calendar);
            }
        }
        user.locale = Locale.ENGLISH;

        ErrorResponses errors = new ErrorResponses(RestTestSupport::fromBundles, user);
        TaskAnalysisResource resource = new TaskAnalysisResource(tasks, errors, views, time);
        String refreshed = (String) resource.sheetHtml(id, analysis.id()).getEntity();
        assertSafe(name, refreshed);
        assertSafe(text, refreshed);

        String body = (String) resource.sheet(id, analysis.id()).getEntity();
        assertFalse(body.contains("<") || body.contains(">"));
        JsonObject sheet = JsonParser.parseString(body).getAsJsonObject();
        JsonObject value = sheet.getAsJsonObject("analysis").getAsJsonObject("value");
        for (String field : List.of("title", "setting", "instructor")) {
            assertEquals(field, name, value.get(field).getAsString());
        }
        assertEquals(text, value.get("goal").getAsString());
        JsonObject stored = value.getAsJsonArray("steps").get(0).getAsJsonObject();
        for (String field : List.of("action", "toolPlace", "supporter")) {
            assertEquals(field, name, stored.get(field).getAsString());
        }
        for (String field : List.of("keyPoint", "cue", "aids")) {
            assertEquals(field, text, stored.get(field).getAsString());
        }
        JsonObject session = sheet.getAsJsonArray("sessions").get(0).getAsJsonObject().getAsJsonObject("session")
                .getAsJsonObject("value");
        assertEquals(name, session.get("recorderKey").getAsString());
        assertEquals(text, session.get("note").getAsString());
        assertEquals(text, session.getAsJsonArray("observations").get(0).getAsJsonObject().get("note").getAsString());

        Response csv = resource.export(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) csv.getEntity()).write(out);
        String file = out.toString(StandardCharsets.UTF_8);
        assertTrue(file.contains("\r\n" + cell(name) + ","));
        assertTrue(file.contains(cell(text)));
        assertTrue(file.contains(cell("Name of " + name)));
    }

    private static void assertSafe(String expected, String html) {
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("href=\"javascript:"));
        assertFalse(html.contains("'>"));
        assertTrue("escaped and isolated", html.contains(TypedText.shown(expected)));
    }

    private static String cell(String text) {
        String line = Csv.line(List.of(text));
        return line.substring(0, line.length() - 2);
    }
}
