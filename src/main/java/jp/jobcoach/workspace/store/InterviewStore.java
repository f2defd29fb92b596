package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;
import static jp.jobcoach.workspace.store.Columns.name;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.interview.ActionReview;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.InterviewReminder;
import jp.jobcoach.workspace.domain.interview.InterviewStatus;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Retention interviews with their participants, actions and action reviews. A save claims its new version
 * ({@link VersionClaims}), replaces the child rows and records who saved when in {@link InterviewSaveEntity}, the
 * interview's save history. A case's interviews are read a page at a time in four statements: the page's rows
 * by the keyset (case, date, id), then their child rows by a join on the interviews of that same range, never by
 * a list of the interviews' ids, so neither statements nor rows grow with the history.
 */
@Named
public class InterviewStore {
    private static final String SCHEDULE_COLUMNS = "ID, CASE_ID, IV_DATE, NEXT_DATE";
    private static final Keyset NEWEST_FIRST = new Keyset("IV_DATE", "ID");
    /** The same order over the interviews joined to their child rows. */
    private static final Keyset JOINED_PAGE = new Keyset("iv.IV_DATE", "iv.ID");

    private final ActiveObjects ao;

    @Inject
    public InterviewStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** One INSERT of the interview with all its columns, then its child rows. */
    public Stored<RetentionInterview> create(long caseId, RetentionInterview value, String authorKey, Instant at) {
        Map<String, Object> columns = columns(value);
        columns.put("CASE_ID", caseId);
        columns.put("AUTHOR_KEY", authorKey);
        columns.put("CREATED_AT", Date.from(at));
        columns.put("VERSION", 1);
        InterviewEntity row = ao.create(InterviewEntity.class, columns);
        recordSave(row.getID(), 1, authorKey, at);
        return addChildren(row.getID(), caseId, 1, value);
    }

    public Optional<Stored<RetentionInterview>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(InterviewEntity.class, key)).map(this::readOne);
    }

    /**
     * Newest first (by date, then id): at most {@code limit} interviews after {@code after} (none: from the newest),
     * with their child rows.
     */
    public List<Stored<RetentionInterview>> page(long caseId, PageCursor after, int limit) {
        InterviewEntity[] rows = ao.find(InterviewEntity.class,
                NEWEST_FIRST.after(Query.select(), "CASE_ID = ?", List.of(caseId), after).limit(limit));
        return rows.length == 0 ? List.of() : read(rows, ChildRows.between(caseId, cursor(rows[0]), cursor(rows[rows.length - 1])));
    }

    /** Where a list that ends with {@code stored} goes on. */
    public static PageCursor cursor(Stored<RetentionInterview> stored) {
        return PageCursor.after(stored.value().date(), stored.id());
    }

    private static PageCursor cursor(InterviewEntity row) {
        return PageCursor.after(day(row.getIvDate()), row.getID());
    }

    /** The newest interview of the case: the one the next interview carries over from. */
    public Optional<Stored<RetentionInterview>> latest(long caseId) {
        InterviewEntity[] rows = ao.find(InterviewEntity.class,
                NEWEST_FIRST.after(Query.select(), "CASE_ID = ?", List.of(caseId), null).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(readOne(rows[0]));
    }

    /**
     * The id of the case's draft on {@code date}, if there is one: one indexed read of ids only, so that a second
     * draft for the same meeting is refused before it is made.
     */
    public Optional<Long> draftOn(long caseId, LocalDate date) {
        InterviewEntity[] rows = ao.find(InterviewEntity.class, Query.select("ID").where("CASE_ID = ? AND IV_DATE = ? AND STATUS = ?",
                caseId, day(date), InterviewStatus.DRAFT.name()).order("ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of((long) rows[0].getID());
    }

    /**
     * Dates and next dates of every interview of every case, in one statement that reads only those columns:
     * what the reminder rule reads.
     */
    public List<InterviewReminder.Scheduled> scheduled() {
        return scheduled(Query.select(SCHEDULE_COLUMNS).order("CASE_ID, ID"));
    }

    /** The dates of the case's latest interview (by date, then id): one row, whatever the history. */
    public Optional<InterviewReminder.Scheduled> latestScheduled(long caseId) {
        return scheduled(Query.select(SCHEDULE_COLUMNS).where("CASE_ID = ?", caseId).order(NEWEST_FIRST.order()).limit(1))
                .stream().findFirst();
    }

    /**
     * Writes {@code value} over the interview if it is still at {@code expectedVersion}.
     *
     * @throws StaleWriteException when someone else saved it first, here or on another node
     */
    public Stored<RetentionInterview> update(long id, int expectedVersion, RetentionInterview value, String userKey,
                                             Instant at) {
        InterviewEntity row = ao.get(InterviewEntity.class, (int) id);
        VersionClaims.claimNext(ao, "interview", id, row.getVersion(), expectedVersion);
        recordSave(row.getID(), expectedVersion + 1, userKey, at);
        InterviewNotes notes = value.notes();
        row.setVersion(expectedVersion + 1);
        row.setIvDate(day(value.date()));
        row.setNextDate(day(value.nextDate()));
        row.setStatus(value.status().name());
        row.setWorkerAbsent(value.workerAbsentReason());
        row.setRatings(ratings(value.ratings()));
        row.setWorkerAccount(notes.workerAccount());
        row.setWorkStatus(notes.workStatus());
        row.setWorkVolume(notes.workVolume());
        row.setWorries(notes.worries());
        row.setCompanyObs(notes.companyObservations());
        row.save();
        deleteChildren(id);
        return addChildren(id, row.getCaseId(), expectedVersion + 1, value);
    }

    /** The columns a save writes, as {@link #update} sets them one by one (AO has no update from a map). */
    private static Map<String, Object> columns(RetentionInterview value) {
        InterviewNotes notes = value.notes();
        Map<String, Object> columns = new HashMap<>();
        columns.put("IV_DATE", day(value.date()));
        columns.put("NEXT_DATE", day(value.nextDate()));
        columns.put("STATUS", value.status().name());
        columns.put("WORKER_ABSENT", value.workerAbsentReason());
        columns.put("RATINGS", ratings(value.ratings()));
        columns.put("WORKER_ACCOUNT", notes.workerAccount());
        columns.put("WORK_STATUS", notes.workStatus());
        columns.put("WORK_VOLUME", notes.workVolume());
        columns.put("WORRIES", notes.worries());
        columns.put("COMPANY_OBS", notes.companyObservations());
        return columns;
    }

    /** The save history: who saved which version when (the version itself was claimed before). */
    private void recordSave(long interviewId, int version, String userKey, Instant at) {
        ao.create(InterviewSaveEntity.class,
                new DBParam("SAVE_KEY", interviewId + ":" + version),
                new DBParam("INTERVIEW_ID", interviewId),
                new DBParam("USER_KEY", userKey),
                new DBParam("SAVED_AT", Date.from(at)));
    }

    private void deleteChildren(long id) {
        ao.deleteWithSQL(ActionReviewEntity.class, "INTERVIEW_ID = ?", id);
        ao.deleteWithSQL(AgreedActionEntity.class, "INTERVIEW_ID = ?", id);
        ao.deleteWithSQL(InterviewParticipantEntity.class, "INTERVIEW_ID = ?", id);
    }

    /** The interview's child rows, and the interview as stored: what was written, not read back. */
    private Stored<RetentionInterview> addChildren(long id, long caseId, int version, RetentionInterview value) {
        for (int index = 0; index < value.participants().size(); index++) {
            addParticipant(id, index, value.participants().get(index));
        }
        addActions(id, caseId, value.carriedActions(), true);
        addActions(id, caseId, value.newActions(), false);
        return new Stored<>(id, caseId, version, value.stored(id, version));
    }

    private void addParticipant(long interviewId, int position, Participant participant) {
        ao.create(InterviewParticipantEntity.class,
                new DBParam("INTERVIEW_ID", interviewId),
                new DBParam("POSITION", position),
                new DBParam("USER_KEY", participant.person().userKey()),
                new DBParam("DISPLAY_NAME", participant.person().displayName()),
                new DBParam("MEMBER_ROLE", participant.role().name()));
    }

    private void addActions(long interviewId, long caseId, List<AgreedAction> actions, boolean carried) {
        for (int index = 0; index < actions.size(); index++) {
            AgreedAction action = actions.get(index);
            PersonRef owner = action.owner();
            AgreedActionEntity row = ao.create(AgreedActionEntity.class,
                    new DBParam("INTERVIEW_ID", interviewId),
                    new DBParam("CASE_ID", caseId),
                    new DBParam("ACTION_KEY", action.id()),
                    new DBParam("CARRIED", carried),
                    new DBParam("POSITION", index),
                    new DBParam("OWNER_KEY", owner == null ? null : owner.userKey()),
                    new DBParam("OWNER_NAME", owner == null ? null : owner.displayName()),
                    new DBParam("WHAT", action.what()),
                    new DBParam("DUE_DATE", day(action.dueDate())),
                    new DBParam("STATUS", name(action.status())),
                    new DBParam("PROGRESS_NOTE", action.progressNote()),
                    new DBParam("ORIGIN_IV_ID", action.originInterviewId()));
            addReviews(interviewId, row.getID(), action.history());
        }
    }

    private void addReviews(long interviewId, long actionRowId, List<ActionReview> history) {
        for (int index = 0; index < history.size(); index++) {
            ActionReview review = history.get(index);
            ao.create(ActionReviewEntity.class,
                    new DBParam("ACTION_ROW_ID", actionRowId),
                    new DBParam("INTERVIEW_ID", interviewId),
                    new DBParam("POSITION", index),
                    new DBParam("REVIEW_IV_ID", review.interviewId()),
                    new DBParam("REVIEW_DATE", day(review.interviewDate())),
                    new DBParam("OUTCOME", review.outcome().name()),
                    new DBParam("NOTE", review.note()));
        }
    }

    /**
     * Which interviews' child rows one read takes, in list order: those of a page of a case's interviews, through
     * a join on INTERVIEW kept to the page's range of the keyset, or one interview's.
     */
    private record ChildRows(Query participants, Query actions, Query reviews) {
        static ChildRows between(long caseId, PageCursor newest, PageCursor oldest) {
            return new ChildRows(
                    joinedOnPage(InterviewParticipantEntity.class, "p", caseId, newest, oldest).order("p.POSITION"),
                    joinedOnPage(AgreedActionEntity.class, "a", caseId, newest, oldest).order("a.POSITION"),
                    joinedOnPage(ActionReviewEntity.class, "r", caseId, newest, oldest).order("r.POSITION"));
        }

        static ChildRows ofInterview(long interviewId) {
            return new ChildRows(ofOne(interviewId), ofOne(interviewId), ofOne(interviewId));
        }

        private static Query joinedOnPage(Class<? extends Entity> child, String alias, long caseId, PageCursor newest,
                                          PageCursor oldest) {
            return JOINED_PAGE.between(Query.select().alias(child, alias).alias(InterviewEntity.class, "iv")
                            .join(InterviewEntity.class, "iv.ID = " + alias + ".INTERVIEW_ID"),
                    "iv.CASE_ID = ?", List.of(caseId), newest, oldest);
        }

        private static Query ofOne(long interviewId) {
            return Query.select().where("INTERVIEW_ID = ?", interviewId).order("POSITION");
        }
    }

    private Stored<RetentionInterview> readOne(InterviewEntity row) {
        return read(new InterviewEntity[] {row}, ChildRows.ofInterview(row.getID())).get(0);
    }

    /** The interviews of {@code rows} with their children: three more statements however many there are. */
    private List<Stored<RetentionInterview>> read(InterviewEntity[] rows, ChildRows children) {
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<InterviewParticipantEntity>> participants = grouped(
                ao.find(InterviewParticipantEntity.class, children.participants()), InterviewParticipantEntity::getInterviewId);
        Map<Long, List<AgreedActionEntity>> actions = grouped(
                ao.find(AgreedActionEntity.class, children.actions()), AgreedActionEntity::getInterviewId);
        Map<Long, List<ActionReviewEntity>> reviews = grouped(
                ao.find(ActionReviewEntity.class, children.reviews()), ActionReviewEntity::getActionRowId);
        return Arrays.stream(rows).map(row -> toStored(row, participants.getOrDefault((long) row.getID(), List.of()),
                actions.getOrDefault((long) row.getID(), List.of()), reviews)).toList();
    }

    private static <T> Map<Long, List<T>> grouped(T[] rows, java.util.function.Function<T, Long> key) {
        return Arrays.stream(rows).collect(Collectors.groupingBy(key, Collectors.toList()));
    }

    private static Stored<RetentionInterview> toStored(InterviewEntity row, List<InterviewParticipantEntity> participants,
                                                       List<AgreedActionEntity> actions,
                                                       Map<Long, List<ActionReviewEntity>> reviews) {
        InterviewNotes notes = new InterviewNotes(row.getWorkerAccount(), row.getWorkStatus(), row.getWorkVolume(),
                row.getWorries(), row.getCompanyObs());
        List<AgreedAction> carried = new ArrayList<>();
        List<AgreedAction> agreed = new ArrayList<>();
        for (AgreedActionEntity action : actions) {
            (action.isCarried() ? carried : agreed).add(toAction(action, reviews.getOrDefault((long) action.getID(), List.of())));
        }
        RetentionInterview value = new RetentionInterview((long) row.getID(), row.getVersion(), day(row.getIvDate()),
                participants.stream().map(InterviewStore::toParticipant).toList(), row.getWorkerAbsent(),
                ratings(row.getRatings()), notes, carried, agreed, day(row.getNextDate()),
                constant(InterviewStatus.class, row.getStatus()));
        return new Stored<>(row.getID(), row.getCaseId(), row.getVersion(), value);
    }

    private static Participant toParticipant(InterviewParticipantEntity row) {
        return new Participant(new PersonRef(row.getUserKey(), row.getDisplayName()),
                constant(CaseRole.class, row.getMemberRole()));
    }

    private static AgreedAction toAction(AgreedActionEntity row, List<ActionReviewEntity> reviews) {
        PersonRef owner = row.getOwnerKey() == null && row.getOwnerName() == null ? null
                : new PersonRef(row.getOwnerKey(), row.getOwnerName());
        List<ActionReview> history = reviews.stream().map(review -> new ActionReview(review.getReviewIvId(),
                day(review.getReviewDate()), constant(ActionStatus.class, review.getOutcome()), review.getNote())).toList();
        return new AgreedAction(row.getActionKey(), owner, row.getWhat(), day(row.getDueDate()),
                constant(ActionStatus.class, row.getStatus()), row.getProgressNote(), row.getOriginIvId(), history);
    }

    /**
     * Streamed, because {@code find} of a {@code @Preload} entity reads every column whatever the query selects;
     * a stream reads only {@link #SCHEDULE_COLUMNS}.
     */
    private List<InterviewReminder.Scheduled> scheduled(Query query) {
        List<InterviewReminder.Scheduled> scheduled = new ArrayList<>();
        ao.stream(InterviewEntity.class, query, row -> scheduled.add(new InterviewReminder.Scheduled(row.getCaseId(),
                row.getID(), day(row.getIvDate()), day(row.getNextDate()))));
        return scheduled;
    }

    /** {@code FATIGUE=3,STRESS=2}: item names and ratings, in item order. */
    static String ratings(ConditionRatings ratings) {
        return ratings.ratings().entrySet().stream().map(entry -> entry.getKey().name() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }

    static ConditionRatings ratings(String text) {
        Map<ConditionItem, Integer> ratings = new EnumMap<>(ConditionItem.class);
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                String[] itemAndRating = pair.split("=", 2);
                ratings.put(ConditionItem.valueOf(itemAndRating[0]), Integer.valueOf(itemAndRating[1]));
            }
        }
        return new ConditionRatings(ratings);
    }
}
