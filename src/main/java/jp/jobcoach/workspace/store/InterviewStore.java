package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;
import static jp.jobcoach.workspace.store.Columns.name;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
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
import net.java.ao.Query;

/**
 * Retention interviews with their participants, actions and action reviews. A save claims its new version
 * ({@link VersionClaims}), replaces the child rows and records who saved when in {@link InterviewSaveEntity}, the
 * interview's save history. Reading any number of interviews takes four statements.
 */
@Named
public class InterviewStore {
    private final ActiveObjects ao;

    @Inject
    public InterviewStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Stored<RetentionInterview> create(long caseId, RetentionInterview value, String authorKey, Instant at) {
        InterviewEntity row = ao.create(InterviewEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("IV_DATE", day(value.date())),
                new DBParam("STATUS", value.status().name()),
                new DBParam("AUTHOR_KEY", authorKey),
                new DBParam("CREATED_AT", Date.from(at)),
                new DBParam("VERSION", 1));
        recordSave(row.getID(), 1, authorKey, at);
        return write(row, value);
    }

    public Optional<Stored<RetentionInterview>> find(long id) {
        return Ids.asInt(id).map(key -> ao.get(InterviewEntity.class, key)).map(row -> read(List.of(row)).get(0));
    }

    /** Newest first (by date, then id). */
    public List<Stored<RetentionInterview>> forCase(long caseId) {
        return read(List.of(ao.find(InterviewEntity.class, newestFirst(caseId))));
    }

    /** The newest interview of the case: the one the next interview carries over from. */
    public Optional<Stored<RetentionInterview>> latest(long caseId) {
        InterviewEntity[] rows = ao.find(InterviewEntity.class, newestFirst(caseId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(read(List.of(rows)).get(0));
    }

    /** Dates and next dates of every interview of every case, in one statement: what the reminder rule reads. */
    public List<InterviewReminder.Scheduled> scheduled() {
        return scheduled(ao.find(InterviewEntity.class, Query.select().order("CASE_ID, ID")));
    }

    public List<InterviewReminder.Scheduled> scheduled(long caseId) {
        return scheduled(ao.find(InterviewEntity.class, Query.select().where("CASE_ID = ?", caseId).order("ID")));
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
        row.setVersion(expectedVersion + 1);
        deleteChildren(id);
        return write(row, value);
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

    private Stored<RetentionInterview> write(InterviewEntity row, RetentionInterview value) {
        InterviewNotes notes = value.notes();
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
        long id = row.getID();
        for (int index = 0; index < value.participants().size(); index++) {
            addParticipant(id, index, value.participants().get(index));
        }
        addActions(row, value.carriedActions(), true);
        addActions(row, value.newActions(), false);
        return new Stored<>(id, row.getCaseId(), row.getVersion(), value.stored(id, row.getVersion()));
    }

    private void addParticipant(long interviewId, int position, Participant participant) {
        ao.create(InterviewParticipantEntity.class,
                new DBParam("INTERVIEW_ID", interviewId),
                new DBParam("POSITION", position),
                new DBParam("USER_KEY", participant.person().userKey()),
                new DBParam("DISPLAY_NAME", participant.person().displayName()),
                new DBParam("MEMBER_ROLE", participant.role().name()));
    }

    private void addActions(InterviewEntity interview, List<AgreedAction> actions, boolean carried) {
        for (int index = 0; index < actions.size(); index++) {
            AgreedAction action = actions.get(index);
            PersonRef owner = action.owner();
            AgreedActionEntity row = ao.create(AgreedActionEntity.class,
                    new DBParam("INTERVIEW_ID", (long) interview.getID()),
                    new DBParam("CASE_ID", interview.getCaseId()),
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
            addReviews(interview.getID(), row.getID(), action.history());
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

    private static Query newestFirst(long caseId) {
        return Query.select().where("CASE_ID = ?", caseId).order("IV_DATE DESC, ID DESC");
    }

    /** The interviews of {@code rows} with their children: three more statements however many there are. */
    private List<Stored<RetentionInterview>> read(List<InterviewEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(row -> (long) row.getID()).toArray();
        String in = "INTERVIEW_ID IN (" + Columns.placeholders(ids.length) + ")";
        Map<Long, List<InterviewParticipantEntity>> participants = grouped(
                ao.find(InterviewParticipantEntity.class, Query.select().where(in, ids).order("POSITION")),
                InterviewParticipantEntity::getInterviewId);
        Map<Long, List<AgreedActionEntity>> actions = grouped(
                ao.find(AgreedActionEntity.class, Query.select().where(in, ids).order("POSITION")),
                AgreedActionEntity::getInterviewId);
        Map<Long, List<ActionReviewEntity>> reviews = grouped(
                ao.find(ActionReviewEntity.class, Query.select().where(in, ids).order("POSITION")),
                ActionReviewEntity::getActionRowId);
        return rows.stream().map(row -> toStored(row, participants.getOrDefault((long) row.getID(), List.of()),
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

    private static List<InterviewReminder.Scheduled> scheduled(InterviewEntity[] rows) {
        return Columns.map(rows, row -> new InterviewReminder.Scheduled(row.getCaseId(), row.getID(),
                day(row.getIvDate()), day(row.getNextDate())));
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
