package jp.jobcoach.workspace.store;

import java.util.Optional;

/** AO entities have int keys; ids arrive as longs from URLs and macro parameters. */
final class Ids {
    private Ids() {
    }

    /** The id as a key, or empty when no row can have it. */
    static Optional<Integer> asInt(long id) {
        return id > 0 && id <= Integer.MAX_VALUE ? Optional.of((int) id) : Optional.empty();
    }
}
