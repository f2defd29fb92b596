package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Date;
import jp.jobcoach.workspace.domain.CasePageKind;
import net.java.ao.DBParam;
import org.junit.Test;

/** Comments stored before they carried their page's category get it, where the plugin's own tables tell it. */
public class Upgrade001CommentCategoriesTest extends StoreTestSupport {
    private static final long HOME = 1000L;

    @Test
    public void commentsOnTheHomePageAndOnFiledPagesTakeTheirCategoryAndTheOthersStayHealth() {
        long caseId = new CaseStore(ao).create(StoreFixtures.supportCase().withRootPage(HOME), StoreFixtures.YEAR).id();
        CasePageStore pages = new CasePageStore(ao);
        pages.file(caseId, CasePageKind.CONDITION, 1100);
        pages.file(caseId, CasePageKind.PLAN, 1200);
        long onHome = unrecorded(caseId, HOME, 1);
        long onCondition = unrecorded(caseId, 1100, 2);
        long onPlan = unrecorded(caseId, 1200, 3);
        long belowThePlan = unrecorded(caseId, 1201, 4);
        long recorded = unrecorded(caseId, HOME, 5);
        TimelineCommentEntity scheduled = ao.get(TimelineCommentEntity.class, (int) recorded);
        scheduled.setCategory("SCHEDULE");
        scheduled.save();

        Upgrade001CommentCategories upgrade = new Upgrade001CommentCategories();
        upgrade.upgrade(ModelVersion.valueOf("0"), ao);
        upgrade.upgrade(upgrade.getModelVersion(), ao);

        assertEquals("CASE", categoryOf(onHome));
        assertEquals("HEALTH", categoryOf(onCondition));
        assertEquals("PLAN", categoryOf(onPlan));
        assertNull("only Confluence knows where this page sits: read as HEALTH", categoryOf(belowThePlan));
        assertEquals("a recorded category is kept", "SCHEDULE", categoryOf(recorded));
        assertEquals(ModelVersion.valueOf("1"), upgrade.getModelVersion());
    }

    private long unrecorded(long caseId, long pageId, long commentId) {
        return ao.create(TimelineCommentEntity.class, new DBParam("CASE_ID", caseId), new DBParam("PAGE_ID", pageId),
                new DBParam("COMMENT_ID", commentId), new DBParam("EXCERPT", "コメント"),
                new DBParam("CREATED_AT", new Date(StoreFixtures.T0.toEpochMilli()))).getID();
    }

    private String categoryOf(long id) {
        return ao.find(TimelineCommentEntity.class, net.java.ao.Query.select().where("ID = ?", id))[0].getCategory();
    }
}
