package jp.jobcoach.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler;

/**
 * What Confluence's Scheduled Jobs administration page offers, for administrators: the jobs with their next run,
 * and "Run now", which runs a job on this node outside its schedule. Tests and demos run the reminder job this
 * way instead of waiting for 07:00 or editing the scheduler's table.
 */
final class ScheduledJobsServlet extends HttpServlet {
    static final String PATH = "/admin/scheduledjobs";
    private final Site site;
    private final DatabaseScheduler scheduler;

    ScheduledJobsServlet(Site site) {
        this.site = site;
        this.scheduler = site.scheduler();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedUnlessAdministrator(response)) {
            return;
        }
        String ran = request.getParameter("ran");
        StringBuilder rows = new StringBuilder();
        for (DatabaseScheduler.JobStatus job : scheduler.jobs()) {
            rows.append("<tr><td><code>").append(Html.escape(job.jobId())).append("</code></td><td>")
                    .append(Html.escape(job.runMode())).append("</td><td>").append(Html.escape(Instant.ofEpochMilli(job.nextRun())))
                    .append("</td><td>").append(job.runnerHere()
                            ? "<form method=\"post\" action=\"" + PATH + "\"><input type=\"hidden\" name=\"jobId\" value=\""
                            + Html.escape(job.jobId()) + "\"><button class=\"aui-button\" type=\"submit\">Run now / 今すぐ実行</button></form>"
                            : "no runner on this node / このノードに実行者なし").append("</td></tr>");
        }
        Layout.write(response, site, "Scheduled jobs", "", "<h1>Scheduled jobs / スケジュールされたジョブ</h1>"
                + (ran == null ? "" : "<p class=\"wb-job-result\" role=\"status\">" + Html.escape(ran) + "</p>")
                + "<table class=\"aui\"><thead><tr><th>Job / ジョブ</th><th>Run mode</th><th>Next run / 次回</th><th></th></tr></thead><tbody>"
                + rows + "</tbody></table>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refusedUnlessAdministrator(response)) {
            return;
        }
        String jobId = String.valueOf(request.getParameter("jobId"));
        Optional<JobRunnerResponse> outcome = scheduler.runNow(JobId.of(jobId));
        String ran = outcome.map(answer -> jobId + ": " + answer.getRunOutcome() + (answer.getMessage() == null ? "" : " — " + answer.getMessage()))
                .orElse(jobId + ": not scheduled, or no runner on this node / 未登録");
        response.sendRedirect(PATH + "?ran=" + Html.url(ran));
    }

    private boolean refusedUnlessAdministrator(HttpServletResponse response) throws IOException {
        if (!(AuthenticatedUserThreadLocal.get() instanceof WorkbenchUser user) || !user.admin()) {
            Layout.message(response, site, HttpServletResponse.SC_FORBIDDEN, "Administrators only / 管理者専用",
                    "Scheduled jobs are for Confluence administrators. / スケジュールされたジョブは管理者のみが扱えます。");
            return true;
        }
        return false;
    }
}
