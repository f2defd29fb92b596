package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SupportTypeTest {

    @Test
    public void defaultsFollowTheUsualPractice() {
        assertEquals(4, SupportType.CONSULTATION.defaultMonths());
        assertEquals(VisitFrequency.perMonth(2), SupportType.CONSULTATION.defaultFrequency());
        assertEquals(3, SupportType.JOB_PERFORMANCE.defaultMonths());
        assertEquals(VisitFrequency.perWeek(2), SupportType.JOB_PERFORMANCE.defaultFrequency());
        assertEquals(6, SupportType.JOINT.defaultMonths());
        assertEquals(VisitFrequency.perMonth(2), SupportType.JOINT.defaultFrequency());
    }

    @Test
    public void japaneseLabelsAreTheServiceNames() {
        assertEquals("相談支援中心型", DomainBundles.JAPANESE.getProperty(SupportType.CONSULTATION.i18nKey()));
        assertEquals("職務遂行支援型", DomainBundles.JAPANESE.getProperty(SupportType.JOB_PERFORMANCE.i18nKey()));
        assertEquals("協同支援型", DomainBundles.JAPANESE.getProperty(SupportType.JOINT.i18nKey()));
    }
}
