package jp.jobcoach.workbench.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's own JDBC access to the database the plugin's Active Objects tables live in. A connection per
 * call keeps it simple and correct for two processes on one server; the workbench is not a production host.
 */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Kind kind() {
        return url.startsWith("jdbc:postgresql:") ? Kind.POSTGRES : url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:") ? Kind.MYSQL : Kind.H2;
    }

    public enum Kind { H2, POSTGRES, MYSQL }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Fails with {@link DatabaseUnreachable} (one line naming the URL) when the server cannot be reached. */
    public void checkReachable() {
        try (Connection ignored = connect()) {
            // reaching it is the whole check
        } catch (SQLException e) {
            throw new DatabaseUnreachable(url, e);
        }
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

    /** Closes an embedded H2 database cleanly; servers need nothing. */
    public void shutdown() {
        if (kind() == Kind.H2) {
            update("SHUTDOWN");
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
