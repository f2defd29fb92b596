package jp.jobcoach.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Two "nodes" (separate service instances, no shared memory) on one database. */
public class ClusterServicesTest {
    private final Database database = new Database("jdbc:h2:mem:cluster-test;DB_CLOSE_DELAY=-1", "sa", "");

    @Before
    public void schema() {
        WorkbenchSchema.createIfMissing(database);
    }

    @After
    public void drop() {
        database.close();
    }

    @Test
    public void aRunOncePerClusterJobRunsOnOneNodeOnly() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("digest");
        DatabaseScheduler nodeA = new DatabaseScheduler(database, System::currentTimeMillis);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, System::currentTimeMillis);
        for (DatabaseScheduler node : new DatabaseScheduler[] {nodeA, nodeB}) {
            node.registerJobRunner(key, request -> {
                runs.incrementAndGet();
                return JobRunnerResponse.success();
            });
        }
        JobConfig config = JobConfig.forJobRunnerKey(key).withSchedule(Schedule.runOnce(new Date(System.currentTimeMillis() - 1000)));
        nodeA.scheduleJob(JobId.of("digest-once"), config);
        nodeB.scheduleJob(JobId.of("digest-once"), config);
        for (int i = 0; i < 5; i++) {
            CompletableFuture.allOf(CompletableFuture.runAsync(nodeA::runDueJobs), CompletableFuture.runAsync(nodeB::runDueJobs)).get();
        }
        assertEquals(1, runs.get());
    }

    @Test
    public void anIntervalJobAdvancesOnceForBothNodes() throws Exception {
        long[] now = {1_000_000L};
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("tick");
        DatabaseScheduler nodeA = new DatabaseScheduler(database, () -> now[0]);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, () -> now[0]);
        nodeA.registerJobRunner(key, request -> JobRunnerResponse.success(String.valueOf(runs.incrementAndGet())));
        nodeB.registerJobRunner(key, request -> JobRunnerResponse.success(String.valueOf(runs.incrementAndGet())));
        nodeA.scheduleJob(JobId.of("tick"), JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forInterval(60_000, new Date(now[0]))));
        nodeA.runDueJobs();
        nodeB.runDueJobs();
        now[0] += 60_000;
        nodeB.runDueJobs();
        nodeA.runDueJobs();
        assertEquals(2, runs.get());
    }

    /** Two nodes starting at the same moment both schedule the plugin's jobs: neither start may fail on the key. */
    @Test
    public void twoNodesSchedulingTheSameJobAtOnceBothSucceedAndKeepOneRow() throws Exception {
        JobRunnerKey key = JobRunnerKey.of("daily");
        JobConfig daily = JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forCronExpression("0 0 7 * * ?"));
        DatabaseScheduler nodeA = new DatabaseScheduler(database, System::currentTimeMillis);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, System::currentTimeMillis);
        for (int round = 0; round < 30; round++) {
            JobId id = JobId.of("daily-" + round);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> scheduleAfter(go, nodeA, id, daily));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> scheduleAfter(go, nodeB, id, daily));
            go.countDown();
            CompletableFuture.allOf(a, b).get();
            nodeA.registerJobRunner(key, request -> JobRunnerResponse.success());
            assertEquals(1, nodeA.jobs().stream().filter(job -> job.jobId().equals(id)).count());
        }
    }

    @Test
    public void runNowRunsAJobOnThisNodeAndLeavesItsScheduleAlone() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobRunnerKey key = JobRunnerKey.of("reminders");
        DatabaseScheduler nodeA = new DatabaseScheduler(database, System::currentTimeMillis);
        DatabaseScheduler nodeB = new DatabaseScheduler(database, System::currentTimeMillis);
        nodeA.registerJobRunner(key, request -> JobRunnerResponse.success("sent " + runs.incrementAndGet()));
        nodeA.scheduleJob(JobId.of("reminders.daily"), JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forCronExpression("0 0 7 * * ?")));
        long nextRun = nodeA.jobs().get(0).nextRun();

        assertEquals("sent 1", nodeA.runNow(JobId.of("reminders.daily")).orElseThrow().getMessage());
        assertEquals(nextRun, nodeA.jobs().get(0).nextRun());
        assertTrue("node B has no runner for it", nodeB.runNow(JobId.of("reminders.daily")).isEmpty());
        assertTrue(nodeA.runNow(JobId.of("no-such-job")).isEmpty());
        assertEquals(1, runs.get());
    }

    private static void scheduleAfter(CountDownLatch go, DatabaseScheduler node, JobId id, JobConfig config) {
        try {
            go.await();
            node.scheduleJob(id, config);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void aClusterLockExcludesTheOtherNodeAndIsReentrant() throws Exception {
        ClusterLock lockA = new DatabaseClusterLocks(database, "node-a").getLockForName("digest");
        ClusterLock lockB = new DatabaseClusterLocks(database, "node-b").getLockForName("digest");
        assertTrue(lockA.tryLock());
        assertTrue(lockA.tryLock());
        assertFalse(CompletableFuture.supplyAsync(lockB::tryLock).get());
        lockA.unlock();
        assertFalse("still held once", CompletableFuture.supplyAsync(lockB::tryLock).get());
        lockA.unlock();
        assertTrue(lockB.tryLock());
        lockB.unlock();
    }
}
