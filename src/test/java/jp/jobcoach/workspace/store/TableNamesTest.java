package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.testhost.TestHost;
import net.java.ao.schema.Table;
import org.junit.Test;

/**
 * The tables are the installed data: an entity class may be renamed, its table never (AO would make a new, empty
 * one). Every entity names its table with {@code @Table}, and the names stay these.
 */
public class TableNamesTest {
    private static final Map<String, String> TABLES = new TreeMap<>(Map.ofEntries(
            Map.entry("AccommodationEntity", "ACCOMMODATION"), Map.entry("AccommodationStepEntity", "ACCOM_STEP"),
            Map.entry("ActionReviewEntity", "ACTION_REVIEW"), Map.entry("AgreedActionEntity", "AGREED_ACTION"),
            Map.entry("AgreementEntity", "PLAN_AGREEMENT"), Map.entry("AuditEventEntity", "AUDIT_EVENT"),
            Map.entry("CasePageEntity", "CASE_PAGE"), Map.entry("CaseSupportEntity", "CASE_SUPPORT"),
            Map.entry("ConsentGrantEntity", "CONSENT_GRANT"),
            Map.entry("InterviewEntity", "INTERVIEW"), Map.entry("InterviewParticipantEntity", "IV_PARTICIPANT"),
            Map.entry("InterviewSaveEntity", "IV_SAVE"), Map.entry("PhaseChangeEntity", "PHASE_CHANGE"),
            Map.entry("PlanRevisionEntity", "PLAN_REVISION"), Map.entry("SentReminderEntity", "SENT_REMINDER"),
            Map.entry("SupportCaseEntity", "CASE_FILE"), Map.entry("TeamMemberEntity", "TEAM_MEMBER"),
            Map.entry("TimelineCommentEntity", "TL_COMMENT"), Map.entry("VersionClaimEntity", "VERSION_CLAIM"),
            Map.entry("VisitRecordEntity", "VISIT_RECORD"), Map.entry("PlannedVisitEntity", "PLANNED_VISIT"),
            Map.entry("SettingEntity", "SETTING"),
            Map.entry("TaskAnalysisEntity", "TASK_ANALYSIS"), Map.entry("TaskStepEntity", "TA_STEP"),
            Map.entry("TaskSessionEntity", "TA_SESSION"), Map.entry("TaskLevelEntity", "TA_LEVEL"),
            Map.entry("WorkWeekEntity", "WORK_WEEK"), Map.entry("WeekTaskEntity", "WEEK_TASK"),
            Map.entry("CalendarFeedEntity", "CAL_FEED"), Map.entry("CalendarLedgerEntity", "CAL_LEDGER")));

    @Test
    public void everyEntityKeepsItsTable() {
        Map<String, String> declared = Arrays.stream(TestHost.aoEntities()).collect(Collectors.toMap(Class::getSimpleName,
                entity -> entity.isAnnotationPresent(Table.class) ? entity.getAnnotation(Table.class).value() : "(no @Table)",
                (a, b) -> a, TreeMap::new));
        assertEquals(TABLES, declared);
    }
}
