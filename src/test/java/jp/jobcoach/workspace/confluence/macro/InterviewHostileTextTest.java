package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.view.InterviewsView;
import org.junit.Test;

/**
 * Hostile text in every text field of an interview (notes, absence reason, a participant's and an owner's
 * typed name, actions and their progress notes) and of a comment on the timeline (page title, excerpt, link):
 * shown escaped and isolated in bdi, in the page, its forms (the new actions' rows among them, issue 15), the
 * editor opened on demand, and static output.
 */
public class InterviewHostileTextTest extends MacroTestSupport {
    private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "abc\u202Edef", "😀𠮷");

    @Test
    public void interviewFieldsAreEscapedInPageFormsAndStaticOutput() {
        for (String text : PAYLOADS) {
            caseId = caseWithEveryRole().id();
            actAs(CaseRole.IN_COMPANY_COACH);
            interviews.create(caseId, interview(text, RETURN));
            var second = interviews.create(caseId, interview(text, RETURN.plusDays(14)));
            for (Locale language : LANGUAGES) {
                user.locale = language;
                for (String output : OUTPUT_TYPES) {
                    String html = new InterviewsMacro(support, cases, interviews, time)
                            .execute(Map.of("case", String.valueOf(caseId)), "", onPage(5000, output));
                    assertSafe(html);
                    assertControlsOnlyWhereInteractive(output, html);
                    assertTrue(output + ": " + text, html.contains(TypedText.shown(text)));
                }
                // the editor opened on demand and shown in place after a save: its action rows, their buttons,
                // the carried action's note, the confirmation
                String editor = InterviewsView.renderOpened(views.forViewer(true), caseId, second, cases.get(caseId).team(),
                        true, true);
                assertSafe(editor);
                assertTrue(editor.contains("value=\"" + jp.jobcoach.workspace.web.html.Html.attr(text) + "\"") && editor.contains("jobcoach-row-add"));
            }
            user.locale = Locale.ENGLISH;
        }
    }

    @Test
    public void commentTitleExcerptAndLinkAreEscapedOnTheTimeline() {
        for (String text : PAYLOADS) {
            actAs(CaseRole.CENTER_COACH);
            timeline.recordComment(new TimelineService.NewComment(text.length(), ROOT_PAGE + 234, text,
                    keyOf(CaseRole.CENTER_COACH), "<p>" + text + "</p>", "javascript:alert(1)", Instant.parse("2026-04-20T01:00:00Z")));
            for (Locale language : LANGUAGES) {
                user.locale = language;
                for (String output : OUTPUT_TYPES) {
                    String html = new TimelineMacro(support, timeline).execute(Map.of(), "", onCasePage(output));
                    assertSafe(html);
                    assertControlsOnlyWhereInteractive(output, html);
                    assertTrue(html.contains("href=\"#\""));
                }
            }
            user.locale = Locale.ENGLISH;
        }
    }

    private static RetentionInterview interview(String text, java.time.LocalDate day) {
        return RetentionInterview.draft(day, List.of(Participant.of(keyOf(CaseRole.IN_COMPANY_COACH), CaseRole.IN_COMPANY_COACH),
                        new Participant(PersonRef.named(text), CaseRole.SUPERVISOR)))
                .withParticipants(List.of(Participant.of(keyOf(CaseRole.IN_COMPANY_COACH), CaseRole.IN_COMPANY_COACH),
                        new Participant(PersonRef.named(text), CaseRole.SUPERVISOR)), text)
                .withRatings(ConditionRatings.none().with(ConditionItem.STRESS, 3))
                .withNotes(new InterviewNotes(text, text, text, text, text))
                .withNewActions(List.of(AgreedAction.agree("a", PersonRef.named(text), text, day.plusDays(7))));
    }

    private static void assertSafe(String html) {
        assertFalse(html, html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("href=\"javascript:"));
        assertFalse(html.contains("'>"));
    }
}
