package jp.jobcoach.workbench.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.service.TaskAnalysisService;

/**
 * The demo worker's two task analyses (日報入力 and 郵便物の仕分け), each with realistic steps and eight weekly sessions
 * since the second week after the return: help fades step by step, several steps become ready to fade, and one step
 * of the mail sorting regresses in the latest session (a new colleague changed the shelf labels). Recorded through
 * the plugin's service by whoever the caller signed in as.
 */
final class DemoTaskAnalyses {
    private final TaskAnalysisService tasks;

    DemoTaskAnalyses(TaskAnalysisService tasks) {
        this.tasks = tasks;
    }

    /** Sessions weekly from two weeks after {@code returned}; levels per session, step by step (null: not observed). */
    void record(long caseId, LocalDate returned) {
        analysis(caseId, returned, new TaskAnalysis("日報入力", "その日の作業内容と残作業を17時までに日報システムへ入力し、上司に送信する。",
                        "配送計画課の自席 16:30〜17:00", "配送計画課 山本課長", 3, AnalysisStatus.ACTIVE, List.of(
                        new TaskStep(0, "日報システムを開く", "自席のPC", "ブックマークから開く", "16:30のチャイム", "隣席の先輩", "手順カード", false),
                        new TaskStep(0, "今日の作業を作業メモから転記する", "作業メモ", "時刻順に書く", "作業メモの最後の行", "隣席の先輩", "作業メモのテンプレート", false),
                        new TaskStep(0, "残作業と翌日の予定を書く", null, "抱え込まず、終わらない分を書く", null, "山本課長", "チェックリスト", false),
                        new TaskStep(0, "体調欄を選ぶ", null, "正直に選ぶ", null, null, null, false),
                        new TaskStep(0, "上司に送信する", "日報システム", "送信先を確認する", "送信ボタン", "山本課長", null, false))),
                new Integer[][] {
                        {2, 1, 1, 3, 1}, {3, 2, 1, 3, 2}, {4, 2, 2, 4, 3}, {4, 3, 2, 4, 3},
                        {4, 3, 3, 4, 4}, {4, 4, 3, 4, 4}, {4, 4, 3, null, 4}, {4, 4, 4, 4, 4}});
        analysis(caseId, returned, new TaskAnalysis("郵便物の仕分け", "午前中に届く郵便物を部署別の棚に仕分け、書留は受付簿に記録する。",
                        "総務の郵便コーナー 10:00〜10:30", "総務課 鈴木主任", 3, AnalysisStatus.ACTIVE, List.of(
                        new TaskStep(0, "郵便物を受け取り件数を数える", "受付", "10件ごとに輪ゴムでまとめる", "10時の配達", "受付の佐藤さん", "件数メモ", false),
                        new TaskStep(0, "書留を分けて受付簿に記録する", "受付簿", "赤い印のものが書留", "赤いスタンプ", "鈴木主任", "見本の写真", false),
                        new TaskStep(0, "宛名の部署を確認する", null, "部署名が省略されていたら社員名簿", null, null, "部署略称の一覧表", false),
                        new TaskStep(0, "部署別の棚に入れる", "郵便棚", "棚のラベルと照合する", "棚のラベル", "総務課のメンバー", "色分けラベル", false),
                        new TaskStep(0, "仕分け完了を総務課に伝える", null, null, "最後の一通", "鈴木主任", null, false))),
                new Integer[][] {
                        {3, 0, 1, 2, 3}, {3, 1, 2, 2, 3}, {4, 1, 2, 3, 4}, {4, 2, 3, 3, 4},
                        {4, 3, 3, 4, 4}, {4, 3, 4, 4, 4}, {4, 4, 4, 4, 4}, {4, 3, 4, 2, 4}});
    }

    private void analysis(long caseId, LocalDate returned, TaskAnalysis value, Integer[][] levels) {
        Stored<TaskAnalysis> created = tasks.create(caseId, value);
        List<TaskStep> steps = created.value().steps();
        for (int session = 0; session < levels.length; session++) {
            List<StepObservation> observations = new ArrayList<>();
            for (int step = 0; step < steps.size(); step++) {
                Integer level = levels[session][step];
                if (level != null) {
                    observations.add(new StepObservation(steps.get(step).id(), level, level <= 1 ? 1 : null, null));
                }
            }
            String note = session == levels.length - 1 && value.title().startsWith("郵便")
                    ? "棚のラベルが新しくなり、部署の棚を探す場面があった。" : null;
            tasks.recordSession(caseId, created.id(), new TaskSession(returned.plusDays(14 + 7L * session), null, null,
                    30 - session * 2, note, observations));
        }
    }
}
