package jp.jobcoach.workbench.host.jobs;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TimeZone;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler.ScheduledJob;

/** The RUN_ONCE_PER_CLUSTER jobs in WB_JOB, with their parameters Java-serialized as Confluence stores them. */
final class ClusterJobTable {
    private static final String COLUMNS = "JOB_ID, RUNNER_KEY, CRON, TIME_ZONE, INTERVAL_MS, FIRST_RUN, NEXT_RUN, PARAMETERS";
    private final Database database;

    ClusterJobTable(Database database) {
        this.database = database;
    }

    /**
     * Scheduling an existing id replaces it, cluster-wide. An upsert, not a delete and an insert: two nodes starting at
     * the same moment both schedule the plugin's jobs, and the second insert would hit the key and fail that node's
     * start.
     */
    void save(ScheduledJob job) {
        Schedule schedule = job.config().getSchedule();
        boolean cron = schedule.getType() == Schedule.Type.CRON_EXPRESSION;
        TimeZone zone = cron ? schedule.getCronScheduleInfo().getTimeZone() : null;
        Object[] values = {job.config().getJobRunnerKey().toString(),
                cron ? schedule.getCronScheduleInfo().getCronExpression() : null, zone == null ? null : zone.getID(),
                cron ? 0L : schedule.getIntervalScheduleInfo().getIntervalInMillis(), job.nextRun(), job.nextRun(),
                serialize(job.config().getParameters()), job.jobId().toString()};
        if (replace(values) == 0 && !database.insertIfAbsent("INSERT INTO WB_JOB (RUNNER_KEY, CRON, TIME_ZONE, INTERVAL_MS,"
                + " FIRST_RUN, NEXT_RUN, PARAMETERS, JOB_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)) {
            replace(values); // another node inserted it in between: ours replaces it, as a later scheduleJob would
        }
    }

    private int replace(Object[] values) {
        return database.update("UPDATE WB_JOB SET RUNNER_KEY = ?, CRON = ?, TIME_ZONE = ?, INTERVAL_MS = ?, FIRST_RUN = ?,"
                + " NEXT_RUN = ?, PARAMETERS = ? WHERE JOB_ID = ?", values);
    }

    /** Every job of the cluster, for the Scheduled Jobs page. */
    List<ScheduledJob> all() {
        return database.query("SELECT " + COLUMNS + " FROM WB_JOB ORDER BY JOB_ID", ClusterJobTable::job);
    }

    void delete(JobId jobId) {
        database.update("DELETE FROM WB_JOB WHERE JOB_ID = ?", jobId.toString());
    }

    List<ScheduledJob> due(long now) {
        return database.query("SELECT " + COLUMNS + " FROM WB_JOB WHERE NEXT_RUN <= ?", ClusterJobTable::job, now);
    }

    /** Moves the job on (or removes a finished run-once job) only if nobody else did: the winner runs it. */
    boolean claim(ScheduledJob job, OptionalLong following) {
        return following.isPresent()
                ? database.update("UPDATE WB_JOB SET NEXT_RUN = ? WHERE JOB_ID = ? AND NEXT_RUN = ?",
                        following.getAsLong(), job.jobId().toString(), job.nextRun()) == 1
                : database.update("DELETE FROM WB_JOB WHERE JOB_ID = ? AND NEXT_RUN = ?", job.jobId().toString(), job.nextRun()) == 1;
    }

    private static ScheduledJob job(ResultSet row) throws SQLException {
        String cron = row.getString(3);
        String zone = row.getString(4);
        Schedule schedule = cron != null
                ? Schedule.forCronExpression(cron, zone == null ? null : TimeZone.getTimeZone(zone))
                : Schedule.forInterval(row.getLong(5), new Date(row.getLong(6)));
        JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(row.getString(2))).withSchedule(schedule)
                .withParameters(deserialize(row.getString(8)));
        return new ScheduledJob(JobId.of(row.getString(1)), config, row.getLong(7));
    }

    private static String serialize(Map<String, Serializable> parameters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(parameters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Serializable> deserialize(String text) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("unreadable job parameters in WB_JOB", e);
        }
    }
}
