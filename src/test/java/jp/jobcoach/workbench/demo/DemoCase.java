package jp.jobcoach.workbench.demo;

import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workspace.service.CaseService;

/** The demo's main case, 佐藤 花子's, as the HTTP and browser tests find it in a workbench seeded with the demo. */
public final class DemoCase {
    /** The title of its home page in the demo space. */
    public static final String HOME_TITLE = "佐藤 花子さんの復職支援";

    private DemoCase() {
    }

    /** Its home page's id. */
    public static long page(Workbench workbench) {
        return workbench.host().pages().pageByTitle(DemoSeeder.SPACE_KEY, HOME_TITLE).orElseThrow().getId();
    }

    /** Its case id, as the plugin finds the case of its home page. */
    public static long id(Workbench workbench) {
        return workbench.component(CaseService.class).caseOfPage(page(workbench)).orElseThrow();
    }
}
