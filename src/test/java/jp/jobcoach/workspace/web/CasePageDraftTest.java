package jp.jobcoach.workspace.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Test;

public class CasePageDraftTest {
    private static List<CasePageDraft> drafts(String workerName, Locale locale, CasePageKind... kinds) {
        return CasePageDraft.of(new MissingPages(1, "CASES", NUMBER, workerName, List.of(kinds)), RestTestSupport::fromBundles, locale);
    }

    private static final CaseNumber NUMBER = new CaseNumber(2026, 7);

    @Test
    public void byDefaultTitlesAndBodiesNameTheCaseByItsNumberAndNothingOfTheWorker() {
        CasePageDraft english = drafts(null, Locale.ENGLISH, CasePageKind.CONDITION).get(0);
        assertEquals("Support case 2026-0007: condition", english.title());
        assertTrue(english.body(), english.body().contains("Support case 2026-0007"));
        CasePageDraft japanese = drafts(null, Locale.JAPANESE, CasePageKind.PLAN).get(0);
        assertEquals("支援ケース 2026-0007：支援計画", japanese.title());
    }

    @Test
    public void eachKindGetsItsTemplateWithTheMacrosAndItsTitleInTheLanguageAsked() {
        List<CasePageDraft> english = drafts("山田 太郎", Locale.ENGLISH, CasePageKind.INTERVIEWS, CasePageKind.SCHEDULE);
        assertEquals("山田 太郎: retention interviews", english.get(0).title());
        assertTrue(english.get(0).body().contains("<ac:structured-macro ac:name=\"jobcoach-interviews\"/>"));
        assertTrue(english.get(0).body().contains("<ac:structured-macro ac:name=\"jobcoach-timeline\"/>"));
        assertTrue(english.get(1).body().contains("jobcoach-visits"));
        assertEquals("山田 太郎: schedule and workload", english.get(1).title());
        assertTrue("the schedule page holds the workload", english.get(1).body().contains("<ac:structured-macro ac:name=\"jobcoach-workload\"/>"));
        assertFalse("the condition page holds health data only",
                drafts(null, Locale.JAPANESE, CasePageKind.CONDITION).get(0).body().contains("jobcoach-workload"));
        assertEquals("支援ケース 2026-0007：スケジュールと業務量", drafts(null, Locale.JAPANESE, CasePageKind.SCHEDULE).get(0).title());
        assertEquals("支援ケース 2026-0007：体調", drafts(null, Locale.JAPANESE, CasePageKind.CONDITION).get(0).title());
        CasePageDraft japanese = drafts("山田 太郎", Locale.JAPANESE, CasePageKind.TASK_ANALYSIS).get(0);
        assertEquals("山田 太郎：課題分析", japanese.title());
        assertTrue("the page holds the task-analysis macro", japanese.body().contains("<ac:structured-macro ac:name=\"jobcoach-task-analysis\"/>"));
        assertFalse("every variable and text is filled in", japanese.body().contains("at:"));
    }

    @Test
    public void theWorkersNameIsTextInTheBodyAndATooLongTitleIsCutAtAWholeCharacter() {
        CasePageDraft draft = drafts("<script>x</script>" + "𠮷".repeat(300), Locale.ENGLISH, CasePageKind.PLAN).get(0);
        assertTrue(draft.body().contains("&lt;script&gt;x&lt;/script&gt;"));
        assertFalse(draft.body().contains("<script>"));
        assertEquals(CasePageDraft.TITLE_MAX, draft.title().codePointCount(0, draft.title().length()));
        assertTrue("no half of a surrogate pair", draft.title().endsWith("𠮷"));
    }

    @Test
    public void whenTheTitleIsTakenNumberedTitlesFollowInTheLanguageAsked() {
        assertEquals(List.of("山田 太郎: support plan", "山田 太郎: support plan (2)", "山田 太郎: support plan (3)",
                "山田 太郎: support plan (4)", "山田 太郎: support plan (5)"),
                drafts("山田 太郎", Locale.ENGLISH, CasePageKind.PLAN).get(0).titles());
        List<String> japanese = drafts("山田 太郎", Locale.JAPANESE, CasePageKind.PLAN).get(0).titles();
        assertEquals("山田 太郎：支援計画", japanese.get(0));
        assertEquals("山田 太郎：支援計画（2）", japanese.get(1));
    }

    @Test
    public void aTooLongTitleGivesWaySoThatItsNumberStaysAndTheTitlesStayDistinct() {
        List<String> titles = drafts("𠮷".repeat(300), Locale.JAPANESE, CasePageKind.PLAN).get(0).titles();
        for (String title : titles) {
            assertEquals(title, CasePageDraft.TITLE_MAX, title.codePointCount(0, title.length()));
        }
        assertTrue(titles.get(1), titles.get(1).endsWith("𠮷（2）"));
        assertEquals(CasePageDraft.TITLES, titles.stream().distinct().count());
    }
}
