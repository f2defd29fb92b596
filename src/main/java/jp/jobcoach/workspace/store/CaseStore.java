package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;
import static jp.jobcoach.workspace.store.Columns.name;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.WorkerRef;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

/** Cases with their support types, and the history of their phase moves. */
@Named
public class CaseStore {
    private static final String MEMBER = "m.USER_KEY = ?";
    /** The claims of case numbers (store/VersionClaims): {@code case-number:2026:000007:1}. */
    private static final String NUMBER_CLAIM = "case-number";
    /** A person's cases, newest first. */
    private static final Keyset BY_ID = Keyset.byId("c.ID");
    private static final Keyset SUPPORTS_BY_CASE = Keyset.byId("s.CASE_ID");

    private final ActiveObjects ao;

    @Inject
    public CaseStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * One INSERT of the case with all its columns, then its support types. The case gets the next number of
     * {@code year}; two cases opened at once cannot both take it, as the number is claimed first.
     *
     * @throws StaleWriteException when a concurrent create took the same number (the caller tries again)
     */
    public Stored<SupportCase> create(SupportCase requested, int year) {
        SupportCase value = requested.numbered(new CaseNumber(year, lastNumber(year) + 1));
        VersionClaims.claimFirst(ao, NUMBER_CLAIM, numberClaimId(value.number()));
        Map<String, Object> columns = new HashMap<>();
        columns.put("LABEL_YEAR", value.number().year());
        columns.put("LABEL_NUMBER", value.number().sequence());
        columns.put("PAGE_TITLES", value.titles().name());
        columns.put("WORKER_KEY", value.worker().userKey());
        columns.put("WORKER_NAME", value.worker().displayName());
        columns.put("DEPARTMENT", value.department());
        columns.put("LEAVE_START", day(value.leaveStart()));
        columns.put("RETURN_DATE", day(value.returnDate()));
        columns.put("PHASE", value.phase().name());
        columns.put("ROOT_PAGE_ID", value.rootPageId());
        columns.put("VERSION", 1);
        SupportCaseEntity row = ao.create(SupportCaseEntity.class, columns);
        return addSupports(row.getID(), 1, value);
    }

    /**
     * The last number given in {@code year}, read from the numbers' claims rather than from the cases: a case deleted
     * later does not give its number back, so a number names one case for good. The claim ids are zero-padded to six
     * digits, so that they sort as numbers do.
     */
    private int lastNumber(int year) {
        String prefix = NUMBER_CLAIM + ":" + year + ":";
        VersionClaimEntity[] last = ao.find(VersionClaimEntity.class,
                Query.select().where("CLAIM_KEY LIKE ?", prefix + "%").order("CLAIM_KEY DESC").limit(1));
        return last.length == 0 ? 0 : Integer.parseInt(last[0].getClaimKey().substring(prefix.length()).split(":")[0]);
    }

    private static String numberClaimId(CaseNumber number) {
        return number.year() + ":" + String.format("%06d", number.sequence());
    }

    /** Whether the case's pages still wait for their restrictions; false for a case that does not exist. */
    public boolean restrictionsPending(long caseId) {
        return Ids.asInt(caseId).map(key -> ao.get(SupportCaseEntity.class, key))
                .map(row -> Boolean.TRUE.equals(row.getRestrictPending())).orElse(false);
    }

    /** Records whether the case's pages wait for their restrictions; not a versioned write: no one edits it. */
    public void setRestrictionsPending(long caseId, boolean pending) {
        Ids.asInt(caseId).map(key -> ao.get(SupportCaseEntity.class, key))
                .filter(row -> Boolean.TRUE.equals(row.getRestrictPending()) != pending)
                .ifPresent(row -> {
                    row.setRestrictPending(pending);
                    row.save();
                });
    }

    public Optional<Stored<SupportCase>> find(long caseId) {
        return Ids.asInt(caseId).map(key -> ao.get(SupportCaseEntity.class, key)).map(this::toStored);
    }

    /**
     * Writes {@code value} over the case if it is still at {@code expectedVersion}.
     *
     * @throws StaleWriteException when someone else wrote it first, here or on another node
     */
    public Stored<SupportCase> update(long caseId, int expectedVersion, SupportCase value) {
        SupportCaseEntity row = ao.get(SupportCaseEntity.class, (int) caseId);
        VersionClaims.claimNext(ao, "case", caseId, row.getVersion(), expectedVersion);
        row.setVersion(expectedVersion + 1);
        row.setWorkerKey(value.worker().userKey());
        row.setWorkerName(value.worker().displayName());
        row.setDepartment(value.department());
        row.setLeaveStart(day(value.leaveStart()));
        row.setReturnDate(day(value.returnDate()));
        row.setPhase(value.phase().name());
        row.setRootPageId(value.rootPageId());
        row.save();
        ao.deleteWithSQL(CaseSupportEntity.class, "CASE_ID = ?", caseId);
        return addSupports(caseId, expectedVersion + 1, value);
    }

    /** The cases whose page tree starts at one of {@code pageIds}, e.g. a page and its ancestors. */
    public List<Stored<SupportCase>> findByRootPages(Collection<Long> pageIds) {
        return Columns.chunks(pageIds).stream()
                .flatMap(chunk -> Arrays.stream(ao.find(SupportCaseEntity.class,
                        Query.select().where("ROOT_PAGE_ID IN (" + Columns.placeholders(chunk.size()) + ")", chunk.toArray()))))
                .map(this::toStored).toList();
    }

    /**
     * The cases {@code userKey} is on in any role, newest first (by id, descending): at most {@code limit} after
     * {@code after} (none: from the newest), with their support types. Two statements joined on the team, the
     * second kept to the page's range of ids, so neither sends the cases' ids nor reads rows beyond the page (a
     * coach on a thousand cases would send a thousand).
     */
    public List<Stored<SupportCase>> ofMember(String userKey, PageCursor after, int limit) {
        SupportCaseEntity[] rows = ao.find(SupportCaseEntity.class, BY_ID.after(
                joinedOnMember(SupportCaseEntity.class, "c", "c.ID"), MEMBER, List.of(userKey), after).distinct().limit(limit));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<PlannedSupport>> supports = supports(ao.find(CaseSupportEntity.class, SUPPORTS_BY_CASE.between(
                joinedOnMember(CaseSupportEntity.class, "s", "s.CASE_ID"), MEMBER, List.of(userKey),
                PageCursor.afterId(rows[0].getID()), PageCursor.afterId(rows[rows.length - 1].getID()))
                .distinct().order("s.ID")));
        return Columns.map(rows, row -> toStored(row, supports.getOrDefault((long) row.getID(), List.of())));
    }

    /**
     * Rows of {@code type} joined to the team memberships of their case, to be kept to one member's ({@link #MEMBER});
     * read DISTINCT, as one may hold two roles on a case.
     */
    private static Query joinedOnMember(Class<? extends Entity> type, String alias, String caseColumn) {
        return Query.select().alias(type, alias).alias(TeamMemberEntity.class, "m")
                .join(TeamMemberEntity.class, "m.CASE_ID = " + caseColumn);
    }

    public void addPhaseChange(long caseId, PhaseChange change) {
        ao.create(PhaseChangeEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("FROM_PHASE", change.from().name()),
                new DBParam("TO_PHASE", change.to().name()),
                new DBParam("USER_KEY", change.byUserKey()),
                new DBParam("CHANGED_AT", Date.from(change.at())));
    }

    /** Oldest first. */
    public List<PhaseChange> phaseChanges(long caseId) {
        PhaseChangeEntity[] rows = ao.find(PhaseChangeEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("CHANGED_AT, ID"));
        return Columns.map(rows, row -> new PhaseChange(constant(CasePhase.class, row.getFromPhase()),
                constant(CasePhase.class, row.getToPhase()), row.getUserKey(), row.getChangedAt().toInstant()));
    }

    /** The case's support types, and the case as stored: what was written, not read back. */
    private Stored<SupportCase> addSupports(long caseId, int version, SupportCase value) {
        value.supports().forEach(support -> addSupport(caseId, support));
        return new Stored<>(caseId, caseId, version, value);
    }

    private void addSupport(long caseId, PlannedSupport support) {
        ao.create(CaseSupportEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("SUPPORT_TYPE", support.type().name()),
                new DBParam("START_DATE", day(support.period().start())),
                new DBParam("END_DATE", day(support.period().end())),
                new DBParam("VISIT_COUNT", support.frequency().count()),
                new DBParam("VISIT_PER", name(support.frequency().per())));
    }

    private Stored<SupportCase> toStored(SupportCaseEntity row) {
        CaseSupportEntity[] supports = ao.find(CaseSupportEntity.class,
                Query.select().where("CASE_ID = ?", (long) row.getID()).order("ID"));
        return toStored(row, supports(supports).getOrDefault((long) row.getID(), List.of()));
    }

    private static Map<Long, List<PlannedSupport>> supports(CaseSupportEntity[] rows) {
        return Arrays.stream(rows).collect(Collectors.groupingBy(CaseSupportEntity::getCaseId,
                Collectors.mapping(CaseStore::toSupport, Collectors.toCollection(ArrayList::new))));
    }

    private static PlannedSupport toSupport(CaseSupportEntity row) {
        return new PlannedSupport(constant(SupportType.class, row.getSupportType()),
                new DateRange(day(row.getStartDate()), day(row.getEndDate())),
                new VisitFrequency(row.getVisitCount(), constant(VisitFrequency.Unit.class, row.getVisitPer())));
    }

    private static Stored<SupportCase> toStored(SupportCaseEntity row, List<PlannedSupport> supports) {
        CaseNumber number = row.getLabelYear() == null || row.getLabelNumber() == null ? null
                : new CaseNumber(row.getLabelYear(), row.getLabelNumber());
        // a case from before the choice existed was titled by the worker's name, and its pages still are
        PageTitles titles = row.getPageTitles() == null ? PageTitles.WORKER_NAME : constant(PageTitles.class, row.getPageTitles());
        SupportCase value = new SupportCase(new WorkerRef(row.getWorkerKey(), row.getWorkerName()), row.getDepartment(),
                day(row.getLeaveStart()), day(row.getReturnDate()), supports,
                constant(CasePhase.class, row.getPhase()), row.getRootPageId(), number, titles);
        return new Stored<>(row.getID(), row.getID(), row.getVersion(), value);
    }
}
