package jp.jobcoach.workspace.confluence;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the interview reminders once a day, on one node of the cluster. The runner is registered when the
 * plugin starts and unregistered when it stops; the job itself stays scheduled, because unscheduling on one
 * node's stop would unschedule it for the whole cluster. SAL calls {@code onStart} only on components exported
 * as {@code LifecycleAware} services, hence the export.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ReminderJobRunner implements JobRunner, LifecycleAware {
    static final JobRunnerKey KEY = JobRunnerKey.of(ReminderJobRunner.class.getName());
    static final JobId JOB_ID = JobId.of(ReminderJobRunner.class.getName() + ".daily");
    /** The same run once, right after a start: a node that was down at 07:00 (or restarted just then) misses no day. */
    static final JobId CATCH_UP_ID = JobId.of(ReminderJobRunner.class.getName() + ".on-start");
    /** 07:00 every day, before the working day, so the coaches see it when they start. */
    static final String DAILY = "0 0 7 * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobRunner.class);

    private final SchedulerService scheduler;
    private final ReminderService reminders;
    private final TimeSource time;

    @Inject
    public ReminderJobRunner(@ComponentImport SchedulerService scheduler, ReminderService reminders, TimeSource time) {
        this.scheduler = scheduler;
        this.reminders = reminders;
        this.time = time;
    }

    /**
     * Registers the runner, schedules the daily run and one run now. Sending is idempotent (a reminder goes out once
     * per interview and due date), so the run after a start sends only what a missed 07:00 run would have sent.
     */
    @Override
    public void onStart() {
        scheduler.registerJobRunner(KEY, this);
        schedule(JOB_ID, Schedule.forCronExpression(DAILY));
        schedule(CATCH_UP_ID, Schedule.runOnce(Date.from(time.now())));
    }

    private void schedule(JobId id, Schedule when) {
        try {
            scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(when));
        } catch (SchedulerServiceException e) {
            LOG.error("Interview reminders could not be scheduled ({})", id, e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(reminders.sendDue() + " reminders sent");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
