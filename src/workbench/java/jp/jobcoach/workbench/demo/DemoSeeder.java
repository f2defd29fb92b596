package jp.jobcoach.workbench.demo;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PagePermissions;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.plugin.PluginContainer;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PageTitles;

/**
 * The demo data, made by code on a new database: the SAKURA space with one page tree per returned worker whose
 * pages hold the plugin's macros, and each worker's case records (see {@link DemoCaseRecords}). Each worker's case
 * pages are visible only to that case's team. Sato's and Suzuki's cases were opened with their names in the page
 * titles; Takahashi's with the neutral case number, as new cases are by default (docs/decisions.md #16).
 */
public final class DemoSeeder {
    public static final String SPACE_KEY = "SAKURA";
    public static final String SPACE_NAME = "Demo 株式会社さくら物流 (SAKURA)";
    private static final List<String> SUPPORT_TEAM = List.of("tanaka.naoki", "ito.yumi", "watanabe.makoto", "yamamoto.daisuke",
            "nakamura.megumi", "kobayashi.sho", "kato.rie");
    private static final List<String[]> COMMENTS = List.of(
            new String[] {"tanaka.naoki", "前回の面談記録を拝見しました。月末の黄信号に早めに気づけたのは大きな前進です。次回は8時間勤務への移行条件を一緒に確認しましょう。"},
            new String[] {"ito.yumi", "小休止の記録が続いていて良いと思います。上司の方には、追加の依頼を通す流れを続けていただくようお伝えください。"});
    /** Nothing of the worker: the case panel and the timeline, which show it to the team only. */
    private static final String HOME_BODY = "<ac:structured-macro ac:name=\"jobcoach-case\"/><ac:structured-macro ac:name=\"jobcoach-timeline\"/>";
    private final PageStore pages;
    private final PagePermissions permissions;

    public DemoSeeder(PageStore pages, PagePermissions permissions) {
        this.pages = pages;
        this.permissions = permissions;
    }

    /** Case records are the Job Coach plugin's; a host started with another plugin (tests) gets pages only. */
    public void seed(PluginContainer plugin, String pluginKey) {
        pages.createSpace(SPACE_KEY, SPACE_NAME);
        long home = pages.createPage(SPACE_KEY, null, "さくら物流 復職支援ホーム",
                "<p>株式会社さくら物流と就労支援センターの共有スペースです（架空のデモデータ）。</p>", "admin");
        long cases = pages.createPage(SPACE_KEY, home, "復職支援ケース", "<p>復職者ごとのケースページです。</p>", "admin");
        DemoCaseRecords records = new DemoCaseRecords(plugin);
        for (DemoCaseRecords.Story story : DemoCaseRecords.STORIES) {
            WorkbenchUser worker = DemoUsers.byName(story.worker()).orElseThrow();
            boolean named = story.titles() == PageTitles.WORKER_NAME || !DemoCaseRecords.PLUGIN_KEY.equals(pluginKey);
            long casePage = homePage(cases, worker, named ? worker.fullName() + "さんの復職支援" : "新しい支援ケース " + (DemoCaseRecords.STORIES.indexOf(story) + 1));
            if (DemoCaseRecords.PLUGIN_KEY.equals(pluginKey)) {
                long caseId = records.seed(story, casePage);
                String caseName = records.caseName(caseId);
                if (!named) {
                    // as the start form does: the home page takes the case's title once the case has its number
                    pages.updateBody(casePage, 1, caseName, HOME_BODY);
                }
                macroPages(casePage, named ? worker.fullName() + "さんの" : caseName + "：");
                long interviewsPage = records.casePages(caseId, pages);
                if (story.phase() == CasePhase.SUPPORT) {
                    comments(plugin, interviewsPage);
                }
            } else {
                macroPages(casePage, worker.fullName() + "さんの");
            }
        }
    }

    /**
     * The center coaches' comments on the interviews page, made as the page's comment form makes them: stored,
     * then published as CommentCreateEvent, so the plugin's listener puts them on the case's timeline.
     */
    private void comments(PluginContainer plugin, long interviewsPageId) {
        Page interviewsPage = pages.getPage(interviewsPageId);
        EventPublisher events = plugin.get(EventPublisher.class);
        for (int i = 0; i < COMMENTS.size(); i++) {
            String[] comment = COMMENTS.get(i);
            WorkbenchUser coach = DemoUsers.byName(comment[0]).orElseThrow();
            Instant at = Instant.now().minus(Duration.ofDays(9L * (COMMENTS.size() - i))).minus(Duration.ofHours(5));
            events.publish(new CommentCreateEvent(this, pages.addComment(interviewsPage, coach, comment[1], at)));
        }
    }

    /**
     * The worker's case home page, the root the case record links to, visible to the worker and the support team
     * until the case restricts it (then to its team, which is the same people). The case's own pages (plan,
     * interviews, ...) are made once the case exists.
     */
    private long homePage(long parent, WorkbenchUser worker, String title) {
        long casePage = pages.createPage(SPACE_KEY, parent, title, HOME_BODY, "tanaka.naoki");
        Set<String> team = new HashSet<>(SUPPORT_TEAM);
        team.add(worker.username());
        permissions.restrict(casePage, Kind.VIEW, team);
        return casePage;
    }

    /** Pages for the plugin's other macros below the home page, titled as the case's pages are. */
    private void macroPages(long casePage, String titlePrefix) {
        pages.createPage(SPACE_KEY, casePage, titlePrefix + "訪問記録", "<ac:structured-macro ac:name=\"jobcoach-visits\"/>", "ito.yumi");
        pages.createPage(SPACE_KEY, casePage, titlePrefix + "就業上の配慮", "<ac:structured-macro ac:name=\"jobcoach-accommodations\"/>",
                "nakamura.megumi");
        pages.createPage(SPACE_KEY, casePage, titlePrefix + "監査ログ", "<ac:structured-macro ac:name=\"jobcoach-audit\"/>", "nakamura.megumi");
    }
}
