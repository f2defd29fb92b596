package jp.jobcoach.workbench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * The workbench's one connection pool (HikariCP) onto the database the plugin's Active Objects tables live in,
 * shared by Active Objects ({@link #dataSource()}) and the host's own WB_* tables (the methods here), as Confluence
 * shares its pool between its own tables and AO. Every connection runs at READ COMMITTED (docs/decisions.md #6).
 * Statements made through the pool are counted ({@link #statementCount()}), and so are the rows their result sets
 * hand out ({@link #rowsRead()}), so tests and the read benchmark can see what a request costs.
 */
public final class Database implements AutoCloseable {
    /**
     * Hikari's rule of thumb for 2 cores, (2 × cores) + 1, and one more: a request inside a plugin transaction holds
     * AO's connection and may borrow a second one for a host read, so five such requests at once still get theirs
     * (Hikari's pool-locking rule, threads × (connections per thread − 1) + 1).
     */
    static final int POOL_SIZE = 6;
    /** Idle connections kept open; more are opened on demand and closed again after Hikari's idle timeout. */
    static final int IDLE_CONNECTIONS = 2;
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "prepareCall", "createStatement");
    /** The Statement methods that hand out a result set of the statement's own rows. */
    private static final Set<String> RESULT_SETS = Set.of("executeQuery", "getResultSet");
    private final String url;
    private final HikariDataSource pool;
    private final LongAdder statements = new LongAdder();
    private final LongAdder rows = new LongAdder();
    private final DataSource counted;

    /**
     * Opens the pool; fails with {@link DatabaseUnreachable} (one line naming the URL) when the server cannot be
     * reached, and refuses an in-memory H2 URL that would let the database vanish while no connection is open.
     */
    public Database(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:mem:") && !url.contains(";DB_CLOSE_DELAY=-1")) {
            throw new IllegalArgumentException("an in-memory H2 database needs ;DB_CLOSE_DELAY=-1, or it is dropped whenever"
                    + " the pool holds no connection: " + url);
        }
        this.url = url;
        HikariConfig config = new HikariConfig();
        config.setPoolName("workbench-db-" + POOLS.incrementAndGet());
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(IDLE_CONNECTIONS);
        try {
            this.pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnreachable(url, e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e));
        }
        this.counted = new CountingDataSource(pool, statements, rows);
    }

    public Kind kind() {
        return url.startsWith("jdbc:postgresql:") ? Kind.POSTGRES : url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:") ? Kind.MYSQL : Kind.H2;
    }

    public enum Kind { H2, POSTGRES, MYSQL }

    /** The pool, for Active Objects; its connections count their statements too. */
    public DataSource dataSource() {
        return counted;
    }

    /** Statements prepared or created through the pool since it opened, by AO and by the host alike. */
    public long statementCount() {
        return statements.sum();
    }

    /**
     * Rows handed out by result sets of statements made through the pool since it opened (each {@code next()} that
     * found a row), by AO and by the host alike: what a read costs beside its statements.
     */
    public long rowsRead() {
        return rows.sum();
    }

    /** The pool's name, unique in the JVM: Hikari's threads carry it. */
    public String poolName() {
        return pool.getPoolName();
    }

    /** Connections the pool holds open now, busy or idle: for tests that check connections are reused, not leaked. */
    public int openConnections() {
        return pool.isClosed() ? 0 : pool.getHikariPoolMXBean().getTotalConnections();
    }

    Connection connect() throws SQLException {
        return counted.getConnection();
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new WorkbenchSqlFailure(sql, e);
        }
    }

    /** An INSERT that may hit a unique key: false when another row (or another process) got there first. */
    public boolean insertIfAbsent(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw new WorkbenchSqlFailure(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new WorkbenchSqlFailure(sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        // 23505: H2 and PostgreSQL; 23000: MySQL/MariaDB integrity constraint violation
        return "23505".equals(state) || "23000".equals(state);
    }

    public boolean tableExists(String name) {
        try (Connection connection = connect()) {
            for (String candidate : new String[] {name, name.toLowerCase()}) {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, candidate, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new WorkbenchSqlFailure("table metadata of " + name, e);
        }
    }

    /**
     * Closes the pool and so every connection, then an embedded H2 database (its files, or the memory of an in-memory
     * one, which DB_CLOSE_DELAY=-1 keeps while no connection is open); servers need only the former. Closing twice
     * does nothing.
     */
    @Override
    public synchronized void close() {
        if (pool.isClosed()) {
            return;
        }
        pool.close();
        if (kind() == Kind.H2) {
            // on a connection of its own: a pooled one would fail its return to the pool once the database is gone
            try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword());
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new WorkbenchSqlFailure("SHUTDOWN", e);
            }
        }
    }

    /**
     * The pool as a DataSource whose connections count the statements made on them and the rows their result sets
     * hand out. Only the statement and result set interfaces are wrapped (one proxy each), so counting costs a
     * reflective call per JDBC call and nothing per column beyond that.
     */
    private record CountingDataSource(HikariDataSource pool, LongAdder statements, LongAdder rows) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return counting(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(pool.getConnection(username, password));
        }

        private Connection counting(Connection connection) {
            return proxy(Connection.class, connection, (method, result) -> {
                if (STATEMENT_FACTORIES.contains(method.getName())) {
                    statements.increment();
                    return countingRows((Statement) result);
                }
                return result;
            });
        }

        private Statement countingRows(Statement statement) {
            @SuppressWarnings("unchecked") // each of the three is a Statement, and the statement is of the one chosen
            Class<Statement> type = (Class<Statement>) (statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class);
            return proxy(type, statement, (method, result) -> RESULT_SETS.contains(method.getName()) && result != null
                    ? proxy(ResultSet.class, (ResultSet) result, (next, found) -> {
                        if (next.getName().equals("next") && Boolean.TRUE.equals(found)) {
                            rows.increment();
                        }
                        return found;
                    })
                    : result);
        }

        /** {@code target} behind a proxy of {@code type} that hands each call's result to {@code after}. */
        private static <T> T proxy(Class<T> type, T target, AfterCall after) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, arguments) -> after.apply(method, forward(target, method, arguments))));
        }

        @FunctionalInterface
        private interface AfterCall {
            Object apply(Method method, Object result) throws SQLException;
        }

        private static Object forward(Object target, Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public java.io.PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }

    public static final class WorkbenchSqlFailure extends RuntimeException {
        WorkbenchSqlFailure(String sql, SQLException cause) {
            super(cause.getMessage() + " [" + sql + "]", cause);
        }
    }

    public static final class DatabaseUnreachable extends RuntimeException {
        DatabaseUnreachable(String url, SQLException cause) {
            super("Cannot reach the database at " + url + ": " + cause.getMessage(), cause);
        }
    }
}
