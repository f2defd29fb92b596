package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LabelledTest {

    @Test
    public void enumKeysAreLowerCaseWithDashes() {
        assertEquals("jobcoach.role.in-company-coach", CaseRole.IN_COMPANY_COACH.i18nKey());
        assertEquals("jobcoach.category.task-analysis", DataCategory.TASK_ANALYSIS.i18nKey());
        assertEquals("jobcoach.phase.follow-up", Labelled.enumKey("jobcoach.phase.", CasePhase.FOLLOW_UP));
    }
}
