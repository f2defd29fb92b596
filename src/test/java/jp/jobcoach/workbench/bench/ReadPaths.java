package jp.jobcoach.workbench.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.ao.ActiveObjectsFactory;
import jp.jobcoach.workbench.render.StorageFormatRenderer;
import jp.jobcoach.workbench.render.WorkbenchConversionContext;
import jp.jobcoach.workspace.web.view.PlanView;

/**
 * The read paths the benchmark measures, each with its <b>floor</b>: the bare indexed SQL the path needs to show
 * what it shows, written here by hand and run through the same pool (so it pays the same counting proxies). Every
 * floor includes the guard's two reads (the case by id, its team by case); lists read their first page of
 * {@link #PAGE} rows by the composite (case, date, id) indexes. Host costs (page permission, the page tree) have
 * no floor of their own: they are in the path's time and not in the floor's.
 *
 * <p>Macros are rendered through the workbench's page renderer on the history case's page, as a page view
 * renders them, on the calling thread. REST reads go over HTTP ({@code java.net.http}, loopback, a session signed
 * in through the switcher), so they include Jersey, the sign-in filter and the JSON; their bodies are counted,
 * never kept. Dashboards add their paths to {@link #all}.
 */
final class ReadPaths {
    /** The page a list shows first, for the floors: the timeline's page size. */
    static final int PAGE = 20;
    /** The audit macro's page (AuditMacro.PAGE_SIZE). */
    static final int AUDIT_PAGE = 50;
    private static final String PLUGIN_KEY = "jp.jobcoach.workspace";

    /** Which size a path's rows are reported at: the history case's records or the coach's number of cases. */
    enum Dimension { RECORDS, CASES }

    /** One bare query of a floor and its parameters. */
    record Sql(String text, Object... parameters) {
    }

    record ReadPath(String name, Dimension dimension, Measurer.Run run, List<Sql> floor) {
    }

    private final Workbench workbench;
    private final BenchData data;
    private final String prefix;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String coachCookie;

    ReadPaths(Workbench workbench, BenchData data) throws IOException, InterruptedException {
        this.workbench = workbench;
        this.data = data;
        this.prefix = ActiveObjectsFactory.tablePrefix(PLUGIN_KEY);
        this.coachCookie = signIn(BenchData.COACH);
    }

    List<ReadPath> all() {
        long caseId = data.historyCase();
        String coachKey = BenchData.user(BenchData.COACH).getUserKey().getStringValue();
        List<ReadPath> paths = new ArrayList<>();
        paths.add(macro("jobcoach-case", BenchData.COACH, guard(caseId,
                sql("""
                        SELECT * FROM "{p}CASE_SUPPORT" WHERE "CASE_ID" = ?""", caseId),
                sql("""
                        SELECT * FROM "{p}CASE_PAGE" WHERE "CASE_ID" = ?""", caseId),
                newestRevision(caseId),
                sql("""
                        SELECT COUNT(*) FROM "{p}VISIT_RECORD" WHERE "CASE_ID" = ?""", caseId),
                sql("""
                        SELECT "IV_DATE", "NEXT_DATE" FROM "{p}INTERVIEW" WHERE "CASE_ID" = ?
                        ORDER BY "IV_DATE" DESC, "ID" DESC LIMIT 1""", caseId))));
        paths.add(macro("jobcoach-plan", BenchData.COACH, planFloor(caseId)));
        paths.add(macro("jobcoach-visits", BenchData.COACH, visitsFloor(caseId)));
        paths.add(macro("jobcoach-interviews", BenchData.COACH, interviewsFloor(caseId)));
        paths.add(macro("jobcoach-timeline", BenchData.COACH, timelineFloor(caseId)));
        paths.add(macro("jobcoach-audit", BenchData.NURSE, guard(caseId, sql("""
                SELECT * FROM "{p}AUDIT_EVENT" WHERE "CASE_ID" = ? ORDER BY "OCCURRED_AT" DESC, "ID" DESC LIMIT ?""",
                caseId, AUDIT_PAGE))));
        paths.add(new ReadPath("GET /cases", Dimension.CASES, () -> get("/cases"), List.of(sql("""
                SELECT c.* FROM "{p}CASE_FILE" c JOIN "{p}TEAM_MEMBER" t ON t."CASE_ID" = c."ID"
                WHERE t."USER_KEY" = ? ORDER BY c."ID" DESC LIMIT ?""", coachKey, PAGE))));
        paths.add(new ReadPath("GET /cases/{id}/visits", Dimension.RECORDS, () -> get("/cases/" + caseId + "/visits"),
                visitsFloor(caseId)));
        paths.add(new ReadPath("GET /cases/{id}/interviews", Dimension.RECORDS, () -> get("/cases/" + caseId + "/interviews"),
                interviewsFloor(caseId)));
        paths.add(new ReadPath("GET /cases/{id}/timeline", Dimension.RECORDS, () -> get("/cases/" + caseId + "/timeline"),
                timelineFloor(caseId)));
        paths.add(new ReadPath("GET /cases/{id}/plan/revisions", Dimension.RECORDS,
                () -> get("/cases/" + caseId + "/plan/revisions"), guard(caseId, sql("""
                        SELECT * FROM "{p}PLAN_REVISION" WHERE "CASE_ID" = ? ORDER BY "REVISION" DESC LIMIT ?""",
                        caseId, PAGE + 1), agreements(caseId))));
        List<Sql> everyMacro = new ArrayList<>();
        paths.stream().filter(path -> path.name().startsWith("jobcoach-")).forEach(path -> everyMacro.addAll(path.floor()));
        paths.add(new ReadPath("page view, every macro", Dimension.RECORDS, () -> page("/pages/" + data.historyPage()),
                everyMacro));
        return paths;
    }

    /** Runs a floor's queries once, reading every column of every row they return; answers the bytes of nothing. */
    Measurer.Run floor(List<Sql> queries) {
        return () -> {
            try (Connection connection = workbench.database().dataSource().getConnection()) {
                for (Sql query : queries) {
                    try (PreparedStatement statement = connection.prepareStatement(query.text())) {
                        for (int i = 0; i < query.parameters().length; i++) {
                            statement.setObject(i + 1, query.parameters()[i]);
                        }
                        readAll(statement);
                    }
                }
            }
            return 0;
        };
    }

    private static void readAll(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    /**
     * The plan as the macro shows it: the newest {@code IN_FULL} revisions and the one before them in full, the
     * first page of the older ones' summaries (and the one more that tells of a next page), the agreements.
     */
    private List<Sql> planFloor(long caseId) {
        return guard(caseId, sql("""
                        SELECT * FROM "{p}PLAN_REVISION" WHERE "CASE_ID" = ? ORDER BY "REVISION" DESC LIMIT ?""",
                        caseId, PlanView.IN_FULL + 1),
                sql("""
                        SELECT "ID", "REVISION", "AUTHOR_KEY", "CREATED_AT" FROM "{p}PLAN_REVISION" WHERE "CASE_ID" = ?
                        ORDER BY "REVISION" DESC LIMIT ? OFFSET ?""", caseId, PAGE + 1, PlanView.IN_FULL),
                agreements(caseId));
    }

    private Sql agreements(long caseId) {
        return sql("""
                SELECT * FROM "{p}PLAN_AGREEMENT" WHERE "CASE_ID" = ? ORDER BY "REVISION" DESC LIMIT 10""", caseId);
    }

    private List<Sql> visitsFloor(long caseId) {
        return guard(caseId, sql("""
                SELECT * FROM "{p}VISIT_RECORD" WHERE "CASE_ID" = ? ORDER BY "VISIT_DATE" DESC, "ID" DESC LIMIT ?""",
                caseId, PAGE), sql("""
                SELECT COUNT(*) FROM "{p}VISIT_RECORD" WHERE "CASE_ID" = ?""", caseId), newestRevision(caseId));
    }

    /** The first page of interviews and the child rows of those interviews only, through a join on the page. */
    private List<Sql> interviewsFloor(long caseId) {
        String page = """
                (SELECT "ID" FROM "{p}INTERVIEW" WHERE "CASE_ID" = ? ORDER BY "IV_DATE" DESC, "ID" DESC LIMIT ?) page""";
        List<Sql> floor = new ArrayList<>(guard(caseId, sql("""
                SELECT * FROM "{p}INTERVIEW" WHERE "CASE_ID" = ? ORDER BY "IV_DATE" DESC, "ID" DESC LIMIT ?""", caseId, PAGE)));
        for (String child : List.of("AGREED_ACTION", "ACTION_REVIEW", "IV_PARTICIPANT")) {
            floor.add(sql("SELECT c.* FROM \"{p}" + child + "\" c JOIN " + page + " ON c.\"INTERVIEW_ID\" = page.\"ID\"",
                    caseId, PAGE));
        }
        return floor;
    }

    /** One page per kind seeded (the merge takes the newest {@link #PAGE} of them), the columns an entry shows. */
    private List<Sql> timelineFloor(long caseId) {
        return guard(caseId, sql("""
                        SELECT "ID", "VISIT_DATE", "COACH_KEY", "KIND" FROM "{p}VISIT_RECORD" WHERE "CASE_ID" = ?
                        ORDER BY "VISIT_DATE" DESC, "ID" DESC LIMIT ?""", caseId, PAGE + 1),
                sql("""
                        SELECT "ID", "IV_DATE", "AUTHOR_KEY", "STATUS" FROM "{p}INTERVIEW" WHERE "CASE_ID" = ?
                        ORDER BY "IV_DATE" DESC, "ID" DESC LIMIT ?""", caseId, PAGE + 1),
                sql("""
                        SELECT "ID", "REVISION", "AUTHOR_KEY", "CREATED_AT" FROM "{p}PLAN_REVISION" WHERE "CASE_ID" = ?
                        ORDER BY "CREATED_AT" DESC, "ID" DESC LIMIT ?""", caseId, PAGE + 1),
                sql("""
                        SELECT "COMMENT_ID", "AUTHOR_KEY", "AUTHOR_ROLE", "PAGE_TITLE", "EXCERPT", "URL", "CREATED_AT",
                        "PAGE_ID", "CATEGORY"
                        FROM "{p}TL_COMMENT" WHERE "CASE_ID" = ? ORDER BY "CREATED_AT" DESC, "COMMENT_ID" DESC LIMIT ?""",
                        caseId, PAGE + 1));
    }

    private Sql newestRevision(long caseId) {
        return sql("""
                SELECT * FROM "{p}PLAN_REVISION" WHERE "CASE_ID" = ? ORDER BY "REVISION" DESC LIMIT 1""", caseId);
    }

    /** The guard's reads, the case and its team, then the path's own. */
    private List<Sql> guard(long caseId, Sql... own) {
        List<Sql> floor = new ArrayList<>(List.of(
                sql("""
                        SELECT * FROM "{p}CASE_FILE" WHERE "ID" = ?""", caseId),
                sql("""
                        SELECT * FROM "{p}TEAM_MEMBER" WHERE "CASE_ID" = ?""", caseId)));
        floor.addAll(List.of(own));
        return floor;
    }

    private Sql sql(String text, Object... parameters) {
        return new Sql(text.replace("{p}", prefix), parameters);
    }

    /** A macro alone on the history case's page, as the page view renders it, for {@code viewer}. */
    private ReadPath macro(String name, String viewer, List<Sql> floor) {
        StorageFormatRenderer renderer = workbench.pageRenderer();
        String fragment = "<ac:structured-macro ac:name=\"" + name + "\"/>";
        return new ReadPath(name, Dimension.RECORDS, () -> {
            AuthenticatedUserThreadLocal.set(BenchData.user(viewer));
            try {
                var context = new WorkbenchConversionContext(workbench.host().pages().getPage(data.historyPage()), "display");
                return Measurer.utf8Length(renderer.render(fragment, context));
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
        }, floor);
    }

    /** A REST read as the coach; answers the body's bytes, read and dropped as they arrive. */
    private long get(String path) throws IOException, InterruptedException {
        return fetch("/rest/jobcoach/1.0" + path, "application/json");
    }

    /** A page of the workbench as the coach views it (page, tree, every macro on it): its bytes. */
    private long page(String path) throws IOException, InterruptedException {
        return fetch(path, "text/html");
    }

    private long fetch(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .header("Cookie", coachCookie).header("Accept", accept).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
            }
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return bytes;
    }

    private String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(workbench.baseUrl() + "/switcher"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&next=/")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IOException("sign-in as " + username + " answered " + response.statusCode());
        }
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }
}
