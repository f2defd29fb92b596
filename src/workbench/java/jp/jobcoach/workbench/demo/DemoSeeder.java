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

/**
 * The demo data, made by code on a new database: the SAKURA space with one page tree per returned worker whose
 * pages hold the plugin's macros, and each worker's case records (see {@link DemoCaseRecords}). Each worker's case
 * pages are visible only to that worker and the support team.
 */
public final class DemoSeeder {
    public static final String SPACE_KEY = "SAKURA";
    public static final String SPACE_NAME = "Demo 株式会社さくら物流 (SAKURA)";
    private static final List<String> SUPPORT_TEAM = List.of("tanaka.naoki", "ito.yumi", "watanabe.makoto", "yamamoto.daisuke",
            "nakamura.megumi", "kobayashi.sho", "kato.rie");
    private static final List<String[]> COMMENTS = List.of(
            new String[] {"tanaka.naoki", "前回の面談記録を拝見しました。月末の黄信号に早めに気づけたのは大きな前進です。次回は8時間勤務への移行条件を一緒に確認しましょう。"},
            new String[] {"ito.yumi", "小休止の記録が続いていて良いと思います。上司の方には、追加の依頼を通す流れを続けていただくようお伝えください。"});
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
            long casePage = workerPages(cases, DemoUsers.byName(story.worker()).orElseThrow());
            if (DemoCaseRecords.PLUGIN_KEY.equals(pluginKey)) {
                long caseId = records.seed(story, casePage);
                long interviewsPage = records.casePages(caseId, pages);
                if (story.phase() == CasePhase.SUPPORT) {
                    comments(plugin, interviewsPage);
                }
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
     * The worker's case home page, and pages for the plugin's other macros; returns the home page, the root the
     * case record links to. The case's own pages (plan, interviews, ...) are made once the case exists.
     */
    private long workerPages(long parent, WorkbenchUser worker) {
        String name = worker.fullName();
        long casePage = pages.createPage(SPACE_KEY, parent, name + "さんの復職支援",
                "<p>" + name + "さんの復職支援ケースです。</p><ac:structured-macro ac:name=\"jobcoach-case\"/>"
                        + "<ac:structured-macro ac:name=\"jobcoach-timeline\"/>", "tanaka.naoki");
        pages.createPage(SPACE_KEY, casePage, name + "さんの訪問記録", "<ac:structured-macro ac:name=\"jobcoach-visits\"/>", "ito.yumi");
        pages.createPage(SPACE_KEY, casePage, name + "さんの就業上の配慮", "<ac:structured-macro ac:name=\"jobcoach-accommodations\"/>",
                "nakamura.megumi");
        pages.createPage(SPACE_KEY, casePage, name + "さんの監査ログ", "<ac:structured-macro ac:name=\"jobcoach-audit\"/>", "nakamura.megumi");
        Set<String> team = new HashSet<>(SUPPORT_TEAM);
        team.add(worker.username());
        permissions.restrict(casePage, Kind.VIEW, team);
        return casePage;
    }

}
