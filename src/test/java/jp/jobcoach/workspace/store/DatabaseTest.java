package jp.jobcoach.workspace.store;

/** JUnit category of the tests that run on a real database; CI runs them on H2, PostgreSQL and MariaDB. */
public interface DatabaseTest {
}
