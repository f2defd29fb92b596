package jp.jobcoach.workbench.host;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The workbench's users live in code: fictional people of 株式会社さくら物流 and the support center. */
public final class DemoUsers {
    public static final String ADMIN_GROUP = "confluence-administrators";
    public static final String USER_GROUP = "confluence-users";
    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    public static final List<WorkbenchUser> ALL = List.of(
            new WorkbenchUser("sato.hanako", "佐藤 花子", "復職者 / returned worker", JA, false),
            new WorkbenchUser("suzuki.kenta", "鈴木 健太", "復職者 / returned worker", JA, false),
            new WorkbenchUser("takahashi.misaki", "高橋 美咲", "復職者 / returned worker", EN, false),
            new WorkbenchUser("tanaka.naoki", "田中 直樹", "センタージョブコーチ（正） / center coach, lead", JA, false),
            new WorkbenchUser("ito.yumi", "伊藤 由美", "センタージョブコーチ（副） / center coach, second", JA, false),
            new WorkbenchUser("watanabe.makoto", "渡辺 誠", "企業内ジョブコーチ / in-company coach", JA, false),
            new WorkbenchUser("yamamoto.daisuke", "山本 大輔", "上司 / supervisor", JA, false),
            new WorkbenchUser("nakamura.megumi", "中村 恵", "産業保健師 / occupational-health nurse", JA, false),
            new WorkbenchUser("kobayashi.sho", "小林 翔", "人事 / HR", JA, false),
            new WorkbenchUser("kato.rie", "加藤 理恵", "カウンセラー / counselor", EN, false),
            new WorkbenchUser("admin", "管理者 Admin", "Confluence 管理者 / administrator", EN, true));

    private DemoUsers() {
    }

    public static Optional<WorkbenchUser> byName(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public static Optional<WorkbenchUser> byKey(String key) {
        return ALL.stream().filter(user -> user.getUserKey().getStringValue().equals(key)).findFirst();
    }

    public static List<WorkbenchUser> workers() {
        return ALL.subList(0, 3);
    }
}
