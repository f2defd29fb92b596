package jp.jobcoach.workspace.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CasePhase;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Deletes everything the plugin holds of one case, table by table; the caller writes the tombstone
 * (AuditEventStore#appendTombstone) in the same transaction. Adding a per-case table is one line in {@link #PARTS};
 * CaseErasureTest fails for an entity of the descriptor that no line covers.
 */
@Named
public class CaseErasure {
    /** The case's own rows, by their CASE_ID. Their children are below. */
    private static final List<Class<? extends Entity>> BY_CASE = List.of(
            AgreedActionEntity.class, InterviewEntity.class, AccommodationEntity.class, VisitRecordEntity.class,
            PlanRevisionEntity.class, AgreementEntity.class, PhaseChangeEntity.class, TeamMemberEntity.class,
            CaseSupportEntity.class, TimelineCommentEntity.class, SentReminderEntity.class, CasePageEntity.class,
            ConsentGrantEntity.class, PlannedVisitEntity.class, TaskLevelEntity.class, TaskSessionEntity.class,
            TaskStepEntity.class, TaskAnalysisEntity.class, WorkWeekEntity.class, WeekTaskEntity.class,
            CalendarFeedEntity.class, CalendarLedgerEntity.class);

    /** Rows that belong to one of the case's rows rather than to the case: deleted first, through their parent. */
    private static final List<Child> CHILDREN = List.of(
            new Child(AccommodationStepEntity.class, "ACCOMMODATION_ID", AccommodationEntity.class),
            new Child(InterviewParticipantEntity.class, "INTERVIEW_ID", InterviewEntity.class),
            new Child(ActionReviewEntity.class, "INTERVIEW_ID", InterviewEntity.class),
            new Child(InterviewSaveEntity.class, "INTERVIEW_ID", InterviewEntity.class));

    /**
     * The version claims of the case's records (store/VersionClaims): keyed by record type and the record's id, the
     * case's own and its plan's and pages' by the case id.
     */
    private static final List<Claims> CLAIMS = List.of(
            new Claims("accommodation", AccommodationEntity.class), new Claims("visit", VisitRecordEntity.class),
            new Claims("interview", InterviewEntity.class), new Claims("consent", ConsentGrantEntity.class),
            new Claims(PlannedVisitStore.RECORD, PlannedVisitEntity.class),
            new Claims("task-analysis", TaskAnalysisEntity.class), new Claims("task-session", TaskSessionEntity.class),
            new Claims(WorkloadStore.RECORD, WorkWeekEntity.class), new Claims("calendar-feed", CalendarFeedEntity.class));
    private static final List<String> CLAIMS_BY_CASE_ID = List.of("case", "plan", "case-page", "consent-pair",
            WorkloadStore.SLOT);

    private final ActiveObjects ao;
    private final AuditEventStore audit;

    @Inject
    public CaseErasure(@ComponentImport ActiveObjects ao, AuditEventStore audit) {
        this.ao = ao;
        this.audit = audit;
    }

    /**
     * Deletes the case and every row of it, in the caller's transaction. The case's row goes first: the DELETE
     * waits for any write on the case still open (each one locks that row to audit itself), and of two erasures at
     * once, on any node, the second finds the case gone and answers false, so a case is tombstoned once. The rest is
     * deleted either way: rows left of a case whose row is gone (by hand, say) would otherwise come back to the
     * retention job every night.
     *
     * @return whether there was such a case
     */
    public boolean erase(long caseId) {
        if (Ids.asInt(caseId).isEmpty()) {
            return false;
        }
        boolean existed = ao.deleteWithSQL(SupportCaseEntity.class, "ID = ?", caseId) > 0;
        for (Child child : CHILDREN) {
            for (List<Integer> chunk : Columns.chunks(idsOf(child.parent(), caseId))) {
                ao.deleteWithSQL(child.entity(), child.parentColumn() + " IN (" + Columns.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
        }
        deleteClaims(caseId);
        BY_CASE.forEach(entity -> ao.deleteWithSQL(entity, "CASE_ID = ?", caseId));
        audit.deleteCase(caseId);
        return existed;
    }

    /**
     * The cases closed before {@code cutoff}, the longest closed first, at most {@code limit}: a closed case stays
     * closed (domain/CasePhase), so its one move to CLOSED tells when.
     */
    public List<Long> closedBefore(Instant cutoff, int limit) {
        PhaseChangeEntity[] closings = ao.find(PhaseChangeEntity.class, Query.select("ID, CASE_ID")
                .where("TO_PHASE = ? AND CHANGED_AT < ?", CasePhase.CLOSED.name(), Date.from(cutoff))
                .order("CHANGED_AT, ID").limit(limit));
        return Arrays.stream(closings).map(PhaseChangeEntity::getCaseId).toList();
    }

    /** Every entity this erasure empties of a case's rows, for the test that no table is forgotten. */
    static Set<Class<?>> entities() {
        Set<Class<?>> all = new LinkedHashSet<>(List.of(SupportCaseEntity.class, AuditEventEntity.class,
                VersionClaimEntity.class));
        all.addAll(BY_CASE);
        CHILDREN.forEach(child -> all.add(child.entity()));
        return all;
    }

    private void deleteClaims(long caseId) {
        List<String> prefixes = new ArrayList<>(CLAIMS_BY_CASE_ID.stream().map(type -> type + ":" + caseId + ":").toList());
        for (Claims claims : CLAIMS) {
            idsOf(claims.record(), caseId).forEach(id -> prefixes.add(claims.type() + ":" + id + ":"));
        }
        for (List<String> chunk : Columns.chunks(prefixes)) {
            ao.deleteWithSQL(VersionClaimEntity.class,
                    String.join(" OR ", Collections.nCopies(chunk.size(), "CLAIM_KEY LIKE ?")),
                    chunk.stream().map(prefix -> prefix + "%").toArray());
        }
    }

    private List<Integer> idsOf(Class<? extends Entity> parent, long caseId) {
        return Arrays.stream(ao.find(parent, Query.select("ID").where("CASE_ID = ?", caseId))).map(Entity::getID).toList();
    }

    private record Child(Class<? extends Entity> entity, String parentColumn, Class<? extends Entity> parent) {
    }

    private record Claims(String type, Class<? extends Entity> record) {
    }
}
