package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.interview;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.web.html.TypedText;
import jp.jobcoach.workspace.web.rest.ErrorResponses;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import jp.jobcoach.workspace.web.rest.TimelineResource;
import org.junit.Before;
import org.junit.Test;

public class TimelineMacroTest extends MacroTestSupport {
    private TimelineMacro macro;

    @Before
    public void setUp() {
        macro = new TimelineMacro(support, timeline);
        actAs(CaseRole.CENTER_COACH);
        visits.create(caseId, visit(RETURN));
        interviews.create(caseId, interview(RETURN.plusDays(7)));
        timeline.recordComment(new TimelineService.NewComment(77, ROOT_PAGE + 234, "面談ページ", keyOf(CaseRole.CENTER_COACH),
                "<p>次回は勤務時間を確認</p>", "/pages/1234#comment-77", Instant.parse("2026-04-20T01:00:00Z")));
    }

    private String render(String outputType) {
        return macro.execute(Map.of(), "", onCasePage(outputType));
    }

    @Test
    public void entriesNewestFirstWithCommentAuthorRoleExcerptAndLink() {
        String html = render("display");
        int comment = html.indexOf("data-kind=\"COMMENT\"");
        int interview = html.indexOf("data-kind=\"INTERVIEW\"");
        int visit = html.indexOf("data-kind=\"VISIT\"");
        assertTrue(html, comment > 0 && comment < interview && interview < visit);
        assertTrue(html.contains(TypedText.shown("Name of CENTER_COACH") + " (Center job coach)"));
        assertTrue(html.contains("<p class=\"jobcoach-timeline-excerpt\">" + TypedText.shown("次回は勤務時間を確認")));
        assertTrue(html.contains("href=\"/pages/1234#comment-77\""));
        assertTrue("codes shown translated, an interview with its kind and date", html.contains(TypedText.shown(
                "Retention interview of " + RETURN.plusDays(7) + " (Draft)")) && !html.contains("DRAFT"));
        assertTrue("filters and paging", html.contains("jobcoach-timeline-filter") && html.contains("value=\"CENTER_COACH\"")
                && html.contains("value=\"ACCOMMODATION_STEP\"") && html.contains("jobcoach-timeline-more"));
    }

    @Test
    public void inJapaneseAnInterviewReadsAsOneWithItsDate() {
        user.locale = java.util.Locale.JAPANESE;
        assertTrue(render("display").contains(TypedText.shown(RETURN.plusDays(7) + "の定着面談（下書き）")));
    }

    @Test
    public void theAuthorOfACommentGetsTheButtonThatTakesItOffTheTimelineOthersDoNot() {
        String html = render("display");
        assertTrue(html, html.contains("<button type=\"button\" class=\"aui-button aui-button-link jobcoach-timeline-remove\" "
                + "data-comment=\"77\">Remove from the timeline</button>"));
        assertTrue(html.contains("data-msg-remove-confirm=\"Take the excerpt of your comment off the timeline of this case?"));
        actAs(CaseRole.IN_COMPANY_COACH);
        assertFalse(render("display").contains("jobcoach-timeline-remove\""));
    }

    @Test
    public void theEntriesTheScriptInsertsAreRenderedAsTheMacroRendersItsOwn() {
        TimelineResource resource = new TimelineResource(timeline, new ErrorResponses(RestTestSupport::fromBundles, user),
                people, views);
        String page = render("display");
        String rendered = (String) resource.renderedPage(caseId, List.of(), List.of(), null, null).getEntity();
        assertEquals(entriesOf(page), entriesOf(rendered));
        assertTrue("the first page is all there is", rendered.contains("data-next=\"\""));
        assertFalse("no markup of entries for the script to build", page.contains("jobcoach-timeline-titles"));
    }

    /** The items of the timeline's list in {@code html}. */
    private static String entriesOf(String html) {
        int list = html.indexOf("<ol class=\"jobcoach-timeline-list\"");
        assertTrue(html, list >= 0 && html.indexOf("<li", list) > 0);
        return html.substring(html.indexOf("<li", list), html.indexOf("</ol>", list));
    }

    @Test
    public void staticOutputShowsTheFirstPageWithoutControls() {
        String html = render("pdf");
        assertTrue(html.contains("data-kind=\"COMMENT\"") && html.contains("data-kind=\"VISIT\""));
        assertFalse(html.contains("<form") || html.contains("<button") || html.contains("<input"));
    }

    @Test
    public void whatTheViewerMayNotSeeIsLeftOut() {
        actAs(CaseRole.HR);
        String html = render("display");
        assertTrue("comments are case talk", html.contains("data-kind=\"COMMENT\""));
        assertFalse(html.contains("data-kind=\"INTERVIEW\"") || html.contains("data-kind=\"VISIT\""));
        assertFalse("the filter offers no kind HR never sees", html.contains("value=\"INTERVIEW\"")
                || html.contains("value=\"VISIT\"") || html.contains("value=\"PLAN_CHANGE\""));
        assertTrue(html.contains("value=\"ACCOMMODATION_STEP\"") && html.contains("value=\"COMMENT\""));
        user.key = "stranger";
        assertTrue(render("display").contains("you do not have access"));
    }
}
