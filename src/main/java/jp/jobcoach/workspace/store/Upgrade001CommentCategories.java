package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.HashMap;
import java.util.Map;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.DataCategory;
import net.java.ao.Query;

/**
 * Model version 1: gives the comments copied to the timeline before comments carried their page's category
 * (issue 14) the category of the page they were made on, where the plugin's own tables tell it — the case's home
 * page (CASE) or a filed page of a kind (its category). A comment on another page of the tree stays without one and
 * is read as HEALTH, the most guarded (TimelineStore), since only Confluence knows where that page sits.
 *
 * <p>Active Objects runs upgrade tasks before it migrates the schema to the descriptor's entities, so the task first
 * migrates the three tables it reads and writes. It reads one case at a time, and sets only rows without a category:
 * run twice, it changes nothing the second time.
 */
public class Upgrade001CommentCategories implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("1");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(SupportCaseEntity.class, CasePageEntity.class, TimelineCommentEntity.class);
        for (SupportCaseEntity supportCase : ao.find(SupportCaseEntity.class, Query.select("ID, ROOT_PAGE_ID"))) {
            Map<Long, DataCategory> pageCategories = pageCategories(ao, supportCase);
            if (pageCategories.isEmpty()) {
                continue;
            }
            TimelineCommentEntity[] unrecorded = ao.find(TimelineCommentEntity.class, Query.select()
                    .where("CASE_ID = ? AND CATEGORY IS NULL", (long) supportCase.getID()));
            for (TimelineCommentEntity comment : unrecorded) {
                DataCategory category = pageCategories.get(comment.getPageId());
                if (category != null) {
                    comment.setCategory(category.name());
                    comment.save();
                }
            }
        }
    }

    /** The home page's category and each filed page's, by page id. */
    private static Map<Long, DataCategory> pageCategories(ActiveObjects ao, SupportCaseEntity supportCase) {
        Map<Long, DataCategory> categories = new HashMap<>();
        for (CasePageEntity filed : ao.find(CasePageEntity.class, Query.select().where("CASE_ID = ?", (long) supportCase.getID()))) {
            categories.put(filed.getPageId(), Columns.constant(CasePageKind.class, filed.getKind()).category());
        }
        if (supportCase.getRootPageId() != null) {
            categories.put(supportCase.getRootPageId(), DataCategory.CASE);
        }
        return categories;
    }
}
