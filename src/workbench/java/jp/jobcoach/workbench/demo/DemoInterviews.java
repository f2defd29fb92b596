package jp.jobcoach.workbench.demo;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.SUPERVISOR;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.ConditionItem;
import jp.jobcoach.workspace.domain.interview.ConditionRatings;
import jp.jobcoach.workspace.domain.interview.InterviewNotes;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.domain.Stored;

/**
 * The demo's retention interviews of one case, recorded by the in-company coach with a center coach of the
 * pair taking part in turn: ratings that improve slowly with a dip around a busy month end, two actions agreed
 * each time and resolved at the next interview (most done, some continued, one dropped). Every interview but
 * the latest is made final, as a coach would after the follow-up. The read benchmark records its history case's
 * interviews with it too.
 */
public final class DemoInterviews {
    /** Ratings per interview, in the order of the interviews; the fourth is the month-end dip. */
    private static final int[][] RATINGS = {
            // sleep quality, fatigue, stress, mood, appetite
            {2, 3, 3, 2, 3}, {2, 3, 2, 3, 3}, {3, 2, 2, 3, 4}, {2, 3, 3, 2, 3}, {3, 2, 2, 3, 4}};
    private static final List<ConditionItem> ITEMS = List.of(ConditionItem.SLEEP_QUALITY, ConditionItem.FATIGUE,
            ConditionItem.STRESS, ConditionItem.MOOD, ConditionItem.APPETITE);
    private static final String[][] NOTES = {
            {"朝はなんとか起きられるが、午後になると頭が重くなる。夜中に一度目が覚める。", "午前中の伝票入力は予定どおり。午後は確認に時間がかかる。",
                    "6時間勤務。入力作業を中心に、1日の件数は復職前の半分程度。", "周りに迷惑をかけていないか気になる。", "挨拶や報告はしっかりしている。午後に表情が疲れて見えることがある。"},
            {"小休止を入れるようになって、午後の疲れが少し楽になった。", "配送計画の確認作業に戻り始めた。ミスはない。",
                    "6時間勤務のまま。確認作業を1日2件追加。", "同僚から頼まれた仕事を断れず、一度残りそうになった。", "頼まれると引き受けてしまう様子。上司経由にしてから落ち着いている。"},
            {"よく眠れる日が増えた。食欲も戻ってきた。", "7時間勤務に移行して1週間。集中が続いている。",
                    "7時間勤務。配送計画の作成を週2件担当。", "7時間勤務が続けられるか少し不安。", "表情が明るくなった。会議でも発言がある。"},
            {"月末の締めが重なり、寝つきが悪い日が3日あった。黄信号が2日。", "締め作業で確認項目が増え、時間内に終わらない日があった。",
                    "月末は業務が集中。残業はしていないが、休憩を削りがち。", "また調子を崩すのではないかと心配。", "月末に口数が減った。上司が業務を一部引き取った。"},
            {"月末を越えて睡眠が戻った。黄信号のときに早めに相談できた。", "締め作業を分担してから落ち着いて進められている。",
                    "7時間勤務。月末前の週は業務量を1割減らす運用で回っている。", "8時間勤務に戻す時期をどう決めるか。", "困ったときに自分から声をかけるようになった。"}};
    private static final String[][] ACTIONS = {
            {"昼休み後に5分の小休止を取り、疲労を4段階で記録する", "追加の依頼は上司を通して本人に渡す"},
            {"断りにくい依頼は「確認してから返事します」と伝える", "週の初めに業務量を本人と一緒に確認する"},
            {"寝る前の30分はスマートフォンを見ない", "月末の締め作業を二人で分担する"},
            {"黄信号のサインが出たら当日中に指導担当者へ伝える", "月末前の週は業務量を1割減らす"},
            {"7時間勤務での2週間の疲労記録を見直す", "8時間勤務への移行を話し合う資料を用意する"}};
    /** Who does the second action of each interview: the boss, then the in-company coach, in turn. */
    private static final String[] SECOND_OWNER = {"yamamoto.daisuke", "watanabe.makoto"};

    private final InterviewService service;
    private final Function<String, String> keyOf;

    public DemoInterviews(InterviewService service, Function<String, String> keyOf) {
        this.service = service;
        this.keyOf = keyOf;
    }

    /** Interviews on the given days; the latest plans the next one {@code nextAfterDays} after it. */
    public void record(long caseId, String worker, List<LocalDate> days, int nextAfterDays) {
        for (int index = 0; index < days.size(); index++) {
            LocalDate day = days.get(index);
            boolean latest = index == days.size() - 1;
            LocalDate next = latest ? day.plusDays(nextAfterDays) : days.get(index + 1);
            Stored<RetentionInterview> stored = service.create(caseId, interview(caseId, worker, index, day, next));
            if (!latest) {
                service.finalize(caseId, stored.id(), stored.version());
            }
        }
    }

    private RetentionInterview interview(long caseId, String worker, int index, LocalDate day, LocalDate next) {
        RetentionInterview draft = resolveCarried(service.draft(caseId, day), index, next);
        String[] notes = NOTES[index % NOTES.length];
        return draft.withParticipants(participants(worker, index), null)
                .withRatings(ratings(index))
                .withNotes(new InterviewNotes(notes[0], notes[1], notes[2], notes[3], notes[4]))
                .withNewActions(actions(worker, index, day))
                .withNextDate(next);
    }

    /** Last time's actions: the first done, the second continued every third interview, dropped once, else done. */
    private static RetentionInterview resolveCarried(RetentionInterview draft, int index, LocalDate next) {
        RetentionInterview resolved = draft;
        List<AgreedAction> carried = draft.carriedActions();
        for (int i = 0; i < carried.size(); i++) {
            AgreedAction action = carried.get(i);
            boolean continued = i == 1 && index % 3 == 1;
            boolean dropped = i == 1 && index == 4;
            ActionStatus outcome = continued ? ActionStatus.CONTINUED : dropped ? ActionStatus.DROPPED : ActionStatus.DONE;
            String note = switch (outcome) {
                case CONTINUED -> "半分ほどできた。次回まで続ける。";
                case DROPPED -> "月末の分担で必要がなくなった。";
                default -> "できた。本人も効果を感じている。";
            };
            resolved = resolved.resolve(action.id(), outcome, note, outcome == ActionStatus.CONTINUED ? next : null);
        }
        return resolved;
    }

    /** The worker and the in-company coach every time, a center coach of the pair in turn, the boss every other time. */
    private List<Participant> participants(String worker, int index) {
        List<Participant> participants = new ArrayList<>(List.of(Participant.of(keyOf.apply(worker), WORKER),
                Participant.of(keyOf.apply("watanabe.makoto"), IN_COMPANY_COACH),
                Participant.of(keyOf.apply(index % 2 == 0 ? "tanaka.naoki" : "ito.yumi"), CENTER_COACH)));
        if (index % 2 == 0) {
            participants.add(Participant.of(keyOf.apply("yamamoto.daisuke"), SUPERVISOR));
        }
        return participants;
    }

    private static ConditionRatings ratings(int index) {
        int[] values = RATINGS[index % RATINGS.length];
        ConditionRatings ratings = ConditionRatings.none();
        for (int i = 0; i < ITEMS.size(); i++) {
            ratings = ratings.with(ITEMS.get(i), values[i]);
        }
        return ratings;
    }

    private List<AgreedAction> actions(String worker, int index, LocalDate day) {
        String[] what = ACTIONS[index % ACTIONS.length];
        return List.of(AgreedAction.agree("demo-" + index + "-1", PersonRef.user(keyOf.apply(worker)), what[0], day.plusDays(14)),
                AgreedAction.agree("demo-" + index + "-2", PersonRef.user(keyOf.apply(SECOND_OWNER[index % 2])), what[1],
                        day.plusDays(7)));
    }
}
