package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import org.junit.Test;

public class RetentionInterviewTest {

    static final LocalDate DAY = LocalDate.of(2025, 5, 13);

    static final List<Participant> TEAM = List.of(Participant.of("worker-1", CaseRole.WORKER),
            Participant.of("icc-1", CaseRole.IN_COMPANY_COACH), Participant.of("boss-1", CaseRole.SUPERVISOR));

    static RetentionInterview sample() {
        return RetentionInterview.draft(DAY, TEAM)
                .withRatings(new ConditionRatings(Map.of(ConditionItem.SLEEP_QUALITY, 3, ConditionItem.FATIGUE, 3)))
                .withNotes(new InterviewNotes("夕方になると疲れる", "午前中は集中できている", "1日6時間、伝票入力",
                        "急ぎの仕事を断れない", "質問が増えてきた"))
                .withNewActions(List.of(AgreedAction.agree("a-1", PersonRef.user("worker-1"), "15時に休憩を取る",
                        DAY.plusWeeks(2))))
                .withNextDate(DAY.plusWeeks(2));
    }

    @Test
    public void aCompleteInterviewIsValid() {
        assertEquals(List.of(), sample().validate());
        assertEquals(InterviewStatus.DRAFT, sample().status());
        assertTrue(sample().hasParticipant("boss-1"));
        assertFalse(sample().hasParticipant("someone-else"));
    }

    @Test
    public void theWorkerTakesPartOrTheInterviewSaysWhyNot() {
        List<Participant> withoutWorker = TEAM.subList(1, 3);
        RetentionInterview noWorker = sample().withParticipants(withoutWorker, null);
        assertHasError(noWorker.validate(), "workerAbsentReason", RetentionInterview.WORKER_ABSENT_REASON);
        assertEquals(List.of(), sample().withParticipants(withoutWorker, "体調不良で欠席。電話で様子を確認").validate());
        assertHasError(sample().withParticipants(withoutWorker, "x".repeat(Check.NAME_MAX + 1)).validate(),
                "workerAbsentReason", Check.TOO_LONG);
    }

    @Test
    public void atLeastOneCoachTakesPart() {
        RetentionInterview noCoach = sample().withParticipants(List.of(Participant.of("worker-1", CaseRole.WORKER),
                Participant.of("boss-1", CaseRole.SUPERVISOR)), null);
        assertHasError(noCoach.validate(), "participants", RetentionInterview.NO_COACH);
        RetentionInterview centerOnly = sample().withParticipants(List.of(
                new Participant(PersonRef.named("本人（アカウントなし）"), CaseRole.WORKER),
                Participant.of("jc-1", CaseRole.CENTER_COACH)), null);
        assertEquals(List.of(), centerOnly.validate());
    }

    @Test
    public void participantsAreNamedOnceAndBounded() {
        List<Participant> twice = new ArrayList<>(TEAM);
        twice.add(Participant.of("boss-1", CaseRole.HR));
        assertHasError(sample().withParticipants(twice, null).validate(), "participants[3].person.userKey",
                RetentionInterview.DUPLICATE_PARTICIPANT);
        List<Participant> crowd = new ArrayList<>(TEAM);
        IntStream.range(0, RetentionInterview.MAX_PARTICIPANTS).forEach(i -> crowd.add(Participant.of("p" + i,
                CaseRole.SUPERVISOR)));
        FieldError tooMany = assertHasError(sample().withParticipants(crowd, null).validate(), "participants",
                RetentionInterview.TOO_MANY);
        assertArrayEquals(new Object[] {RetentionInterview.MAX_PARTICIPANTS}, tooMany.args());
        assertHasError(sample().withParticipants(List.of(new Participant(PersonRef.named(""), null),
                Participant.of("icc-1", CaseRole.IN_COMPANY_COACH)), "欠席").validate(),
                "participants[0].role", Check.REQUIRED);
    }

    @Test
    public void theNextInterviewComesAfterThisOne() {
        assertHasError(sample().withNextDate(DAY).validate(), "nextDate", Check.MUST_BE_AFTER);
        FieldError before = assertHasError(sample().withNextDate(DAY.minusDays(1)).validate(), "nextDate",
                Check.MUST_BE_AFTER);
        assertEquals("jobcoach.field.date", ((jp.jobcoach.workspace.domain.FieldLabel) before.args()[0]).i18nKey());
        assertEquals(List.of(), sample().withNextDate(null).validate());
        assertHasError(new RetentionInterview(null, 0, null, TEAM, null, null, null, List.of(), List.of(), null,
                null).validate(), "date", Check.REQUIRED);
    }

    @Test
    public void newActionsAreBoundedAndNotDueBeforeTheInterview() {
        RetentionInterview early = sample().withNewActions(List.of(
                AgreedAction.agree("a-1", PersonRef.user("worker-1"), "x", DAY.minusDays(1))));
        assertHasError(early.validate(), "newActions[0].dueDate", Check.NOT_BEFORE);
        assertHasError(sample().withNewActions(List.of(AgreedAction.agree("a-1", null, "", null))).validate(),
                "newActions[0].what", Check.REQUIRED);
        List<AgreedAction> many = IntStream.rangeClosed(0, RetentionInterview.MAX_NEW_ACTIONS)
                .mapToObj(i -> AgreedAction.agree("a-" + i, PersonRef.user("worker-1"), "x", null)).toList();
        assertHasError(sample().withNewActions(many).validate(), "newActions", RetentionInterview.TOO_MANY);
        assertHasError(sample().withNewActions(List.of(AgreedAction.agree("a-1", null, "x", null))).validate(),
                "newActions[0].owner.displayName", Check.REQUIRED);
    }

    @Test
    public void ratingsAndNotesAreCheckedUnderTheirFields() {
        RetentionInterview wrong = sample().withRatings(new ConditionRatings(Map.of(ConditionItem.STRESS, 7)))
                .withNotes(new InterviewNotes(null, null, null, "心".repeat(Check.LONG_TEXT_MAX + 1), null));
        List<FieldError> errors = wrong.validate();
        assertHasError(errors, "ratings[STRESS]", ConditionRatings.OUT_OF_RANGE);
        assertHasError(errors, "notes.worries", Check.TOO_LONG);
    }

    @Test
    public void theWorkerTakingPartAndAnAbsenceReasonExcludeEachOther() {
        RetentionInterview both = sample().withParticipants(List.of(Participant.of("worker-1", CaseRole.WORKER),
                Participant.of("icc-1", CaseRole.IN_COMPANY_COACH)), "体調不良");
        assertHasError(both.validate(), "workerAbsentReason", RetentionInterview.PRESENT_AND_ABSENT);
        assertEquals("a blank reason is no reason", List.of(), both.withParticipants(both.participants(), " ").validate());
    }

    @Test
    public void aContinuedActionIsProposedTheNextInterviewElseTwoWeeksOn() {
        assertEquals(DAY.plusWeeks(2), sample().withNextDate(null).proposedDueDate());
        assertEquals(DAY.plusDays(10), sample().withNextDate(DAY.plusDays(10)).proposedDueDate());
        assertEquals("a next date before the interview is no plan", DAY.plusWeeks(2),
                sample().withNextDate(DAY.minusDays(1)).proposedDueDate());
    }

    @Test
    public void hostileTextIsStoredAsTyped() {
        for (String text : DomainBundles.HOSTILE) {
            RetentionInterview interview = sample().withNotes(new InterviewNotes(text, text, text, text, text))
                    .withParticipants(List.of(new Participant(PersonRef.named(text), CaseRole.WORKER),
                            Participant.of("icc-1", CaseRole.IN_COMPANY_COACH)), null);
            assertEquals(List.of(), interview.validate());
            RetentionInterview absent = interview.withParticipants(List.of(Participant.of("icc-1", CaseRole.IN_COMPANY_COACH)), text);
            assertEquals(List.of(), absent.validate());
            assertEquals(text, absent.workerAbsentReason());
            assertEquals(text, interview.notes().workerAccount());
            assertEquals(text, interview.participants().get(0).person().displayName());
        }
    }

    @Test
    public void aFirstInterviewWithNothingCarriedCanBeFinal() {
        RetentionInterview done = sample().markFinal();
        assertEquals(InterviewStatus.FINAL, done.status());
        assertRefused(() -> sample().withNextDate(DAY).markFinal(), "nextDate", Check.MUST_BE_AFTER);
    }

    @Test
    public void storingGivesIdAndVersion() {
        RetentionInterview stored = sample().stored(42L, 3);
        assertEquals(Long.valueOf(42L), stored.id());
        assertEquals(3, stored.version());
        ConditionScaleTest.assertThrows(() -> sample().stored(1L, -1));
    }

    @Test
    public void anActionIdAppearsOnce() {
        AgreedAction action = AgreedAction.agree("a-1", PersonRef.user("w"), "x", null);
        ConditionScaleTest.assertThrows(() -> sample().withNewActions(List.of(action, action)));
    }

    @Test
    public void onlyCarriedActionsCanBeResolved() {
        assertRefused(() -> sample().resolve("a-1", ActionStatus.DONE, null, null), "carriedActions",
                RetentionInterview.UNKNOWN_ACTION);
    }
}
