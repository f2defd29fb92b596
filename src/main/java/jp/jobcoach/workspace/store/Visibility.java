package jp.jobcoach.workspace.store;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which values of one column a read may return, as the caller decided it: {@link #anyone()} (no condition),
 * {@link #nobody()} (the read returns nothing and asks the database nothing) or {@link #only} some values.
 * Said in so many words because "absent: anyone, empty: nobody" reads the same at every call site.
 *
 * @param <T> what the column holds (a user key, a role, a page id)
 */
public final class Visibility<T> {
    private static final Visibility<?> ANYONE = new Visibility<>(false, Set.of());
    private static final Visibility<?> NOBODY = new Visibility<>(true, Set.of());

    /** Whether only {@link #values} may be read; false for anyone. */
    private final boolean restricted;
    private final Set<T> values;

    private Visibility(boolean restricted, Set<T> values) {
        this.restricted = restricted;
        this.values = values;
    }

    /** Every value: the read adds no condition on the column. */
    @SuppressWarnings("unchecked")
    public static <T> Visibility<T> anyone() {
        return (Visibility<T>) ANYONE;
    }

    /** No value: the read returns nothing. */
    @SuppressWarnings("unchecked")
    public static <T> Visibility<T> nobody() {
        return (Visibility<T>) NOBODY;
    }

    /** These values alone; none given is {@link #nobody()}. */
    public static <T> Visibility<T> only(Collection<? extends T> values) {
        return values.isEmpty() ? nobody() : new Visibility<>(true, Set.copyOf(values));
    }

    public boolean isAnyone() {
        return !restricted;
    }

    public boolean isNobody() {
        return restricted && values.isEmpty();
    }

    /**
     * The values that may be read.
     *
     * @throws IllegalStateException for {@link #anyone()}, which is no list of values
     */
    public Set<T> values() {
        if (!restricted) {
            throw new IllegalStateException("anyone is no list of values");
        }
        return values;
    }

    /** The same choice over what the column stores for each value, e.g. a role's name. */
    public <R> Visibility<R> map(Function<? super T, ? extends R> stored) {
        return restricted ? only(values.stream().map(stored).collect(Collectors.toSet())) : anyone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Visibility<?> that && restricted == that.restricted && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(restricted) * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return isAnyone() ? "anyone" : isNobody() ? "nobody" : "only " + values;
    }
}
