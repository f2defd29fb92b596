package jp.jobcoach.workbench.host.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import jp.jobcoach.workbench.db.Database;

/**
 * atlassian-scheduler for the workbench. RUN_ONCE_PER_CLUSTER jobs live in WB_JOB, shared by every process on
 * the database; a process runs a due job only after moving its NEXT_RUN forward with a compare-and-set UPDATE,
 * so of two processes exactly one wins each run. RUN_LOCALLY jobs stay in this process's memory. Runners are
 * per process, as in Confluence: a node runs only jobs whose runner it has registered.
 */
public final class DatabaseScheduler implements SchedulerService {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledJob> localJobs = new ConcurrentHashMap<>();
    private final ClusterJobTable clusterJobs;
    private final LongSupplier clock;
    private ScheduledExecutorService ticker;

    public DatabaseScheduler(Database database, LongSupplier clock) {
        this.clusterJobs = new ClusterJobTable(database);
        this.clock = clock;
    }

    /** Checks for due jobs every second on one daemon thread. */
    public synchronized void start() {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "workbench-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::runDueJobsLogged, 1, 1, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        long firstRun = JobTimes.firstRun(config.getSchedule(), clock.getAsLong());
        if (config.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new ScheduledJob(jobId, config, firstRun));
        } else {
            clusterJobs.save(new ScheduledJob(jobId, config, firstRun));
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        localJobs.remove(jobId);
        clusterJobs.delete(jobId);
    }

    private void runDueJobsLogged() {
        try {
            runDueJobs();
        } catch (RuntimeException e) {
            System.err.println("[workbench] scheduler tick failed: " + e);
        }
    }

    /** Runs every due job this process has a runner for; public so tests can tick without waiting. */
    public void runDueJobs() {
        long now = clock.getAsLong();
        for (ScheduledJob job : List.copyOf(localJobs.values())) {
            if (job.nextRun() <= now && runners.containsKey(job.config().getJobRunnerKey()) && claimLocal(job, now)) {
                run(job, now);
            }
        }
        for (ScheduledJob job : clusterJobs.due(now)) {
            if (runners.containsKey(job.config().getJobRunnerKey()) && clusterJobs.claim(job, following(job, now))) {
                run(job, now);
            }
        }
    }

    /**
     * What Confluence's Scheduled Jobs page shows: every job this process knows (the cluster's and its local ones),
     * when it is due next, and whether this node has its runner.
     */
    public List<JobStatus> jobs() {
        List<JobStatus> jobs = new ArrayList<>();
        Stream.concat(clusterJobs.all().stream(), localJobs.values().stream())
                .sorted(Comparator.comparing(job -> job.jobId().toString()))
                .forEach(job -> jobs.add(new JobStatus(job.jobId(), job.config().getRunMode(), job.nextRun(),
                        runners.containsKey(job.config().getJobRunnerKey()))));
        return jobs;
    }

    /**
     * Runs a job now on this node, outside its schedule, as the Scheduled Jobs page's "Run now" does; its next
     * scheduled run stays as it was.
     *
     * @return what the runner answered; empty when no such job is scheduled or this node has no runner for it
     */
    public Optional<JobRunnerResponse> runNow(JobId jobId) {
        long now = clock.getAsLong();
        Optional<ScheduledJob> job = Stream.concat(clusterJobs.all().stream(), localJobs.values().stream())
                .filter(scheduled -> scheduled.jobId().equals(jobId)).findFirst();
        return job.filter(scheduled -> runners.containsKey(scheduled.config().getJobRunnerKey()))
                .map(scheduled -> run(scheduled, now));
    }

    private boolean claimLocal(ScheduledJob job, long now) {
        OptionalLong next = following(job, now);
        return next.isPresent()
                ? localJobs.replace(job.jobId(), job, new ScheduledJob(job.jobId(), job.config(), next.getAsLong()))
                : localJobs.remove(job.jobId(), job);
    }

    private static OptionalLong following(ScheduledJob job, long now) {
        try {
            return JobTimes.nextRun(job.config().getSchedule(), job.nextRun(), now);
        } catch (SchedulerServiceException e) {
            return OptionalLong.empty();
        }
    }

    private JobRunnerResponse run(ScheduledJob job, long now) {
        JobRunner runner = runners.get(job.config().getJobRunnerKey());
        JobRunnerResponse response;
        try {
            response = runner.runJob(request(job, now));
        } catch (RuntimeException e) {
            response = JobRunnerResponse.failed(e);
        }
        if (response == null) {
            response = JobRunnerResponse.success();
        }
        if (response.getRunOutcome() != com.atlassian.scheduler.status.RunOutcome.SUCCESS) {
            System.err.println("[workbench] job " + job.jobId() + ": " + response);
        }
        return response;
    }

    private static JobRunnerRequest request(ScheduledJob job, long now) {
        return new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date(now);
            }

            @Override
            public JobId getJobId() {
                return job.jobId();
            }

            @Override
            public JobConfig getJobConfig() {
                return job.config();
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        };
    }

    /** A job with the time it is due next. */
    record ScheduledJob(JobId jobId, JobConfig config, long nextRun) {
    }

    /** A job as the Scheduled Jobs page lists it. */
    public record JobStatus(JobId jobId, RunMode runMode, long nextRun, boolean runnerHere) {
    }
}
