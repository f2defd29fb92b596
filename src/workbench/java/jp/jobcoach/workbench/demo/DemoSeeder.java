package jp.jobcoach.workbench.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PagePermissions;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.plugin.PluginContainer;

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
                records.seed(story, casePage);
            }
        }
    }

    /** The worker's case page tree; returns the case page, the root the case record links to. */
    private long workerPages(long parent, WorkbenchUser worker) {
        String name = worker.fullName();
        long casePage = pages.createPage(SPACE_KEY, parent, name + "さんの復職支援",
                "<p>" + name + "さんの復職支援ケースです。</p><ac:structured-macro ac:name=\"jobcoach-case\"/>", "tanaka.naoki");
        pages.createPage(SPACE_KEY, casePage, name + "さんの支援計画", "<ac:structured-macro ac:name=\"jobcoach-plan\"/>", "tanaka.naoki");
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
