package jp.jobcoach.workspace.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/**
 * The sizes of the IN lists of parameters in the SQL that Active Objects prepares, as its provider's SQL
 * listeners see it. How the tests tell that no IN list grows with the data: run a read over a long history and
 * look at the longest list (Oracle refuses more than 1,000 items, SQL Server more than 2,100 parameters).
 */
public final class InLists {
    private static final Pattern IN_LIST = Pattern.compile("\\bIN\\s*\\(\\s*(\\?(?:\\s*,\\s*\\?)*)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private InLists() {
    }

    /** Every IN list's size in the statements {@code work} prepares, in order. */
    public static List<Integer> sizesWhile(EntityManager entityManager, Runnable work) {
        List<Integer> sizes = new ArrayList<>();
        DatabaseProvider.SqlListener listener = sql -> sizes.addAll(sizes(sql));
        DatabaseProvider provider = entityManager.getProvider();
        provider.addSqlListener(listener);
        try {
            work.run();
        } finally {
            provider.removeSqlListener(listener);
        }
        return sizes;
    }

    /** The size of each IN list of {@code ?} in one statement. */
    public static List<Integer> sizes(String sql) {
        List<Integer> sizes = new ArrayList<>();
        Matcher list = IN_LIST.matcher(sql);
        while (list.find()) {
            sizes.add(list.group(1).split(",").length);
        }
        return sizes;
    }
}
