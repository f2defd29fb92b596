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
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.service.ErasureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes closed cases past their retention period once a day, on one node of the cluster (service/ErasureService).
 * Registered and kept scheduled like {@link ReminderJobRunner}, for the same reasons; no run on start, because a day
 * later changes nothing a retention period of years is about.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RetentionJobRunner implements JobRunner, LifecycleAware {
    static final JobRunnerKey KEY = JobRunnerKey.of(RetentionJobRunner.class.getName());
    static final JobId JOB_ID = JobId.of(RetentionJobRunner.class.getName() + ".daily");
    /** 03:00 every day, when nobody works on cases. */
    static final String DAILY = "0 0 3 * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJobRunner.class);

    private final SchedulerService scheduler;
    private final ErasureService erasures;

    @Inject
    public RetentionJobRunner(@ComponentImport SchedulerService scheduler, ErasureService erasures) {
        this.scheduler = scheduler;
        this.erasures = erasures;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(DAILY)));
        } catch (SchedulerServiceException e) {
            LOG.error("The deletion of cases past retention could not be scheduled", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(erasures.eraseExpired() + " cases past retention deleted");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        }
    }
}
