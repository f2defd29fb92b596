package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class FieldLabelTest {

    @Test
    public void oneLabelServesEveryRowOfAList() {
        assertEquals("jobcoach.field.steps.approvedBy", new FieldLabel("steps[2].approvedBy").i18nKey());
        assertEquals("jobcoach.field.phases.start", new FieldLabel("phases[TRANSITION].start").i18nKey());
        assertEquals("jobcoach.field.returnDate", new FieldLabel("returnDate").i18nKey());
    }
}
