package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The check that no IN list grows with the data sees every list of parameters, in any spelling. */
public class InListsTest {
    @Test
    public void findsEveryListOfParameters() {
        assertEquals(List.of(3, 1), InLists.sizes("SELECT * FROM T WHERE A IN (?, ?,?) AND \"B\" in(?)"));
        assertEquals(List.of(), InLists.sizes("SELECT * FROM T WHERE A = ? AND JOINED_IN = ?"));
    }
}
