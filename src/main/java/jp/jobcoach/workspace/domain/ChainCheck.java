package jp.jobcoach.workspace.domain;

import java.time.Instant;

/**
 * What checking a case's audit chain found: intact, or broken at the entry {@code brokenAt} (its place in the
 * chain), with the time that entry claims if it is still there. Entries written before the chain existed carry no
 * hash and are counted apart: the chain starts at the first hashed entry.
 */
public record ChainCheck(boolean intact, int checked, int unhashed, Integer brokenAt, Instant brokenEntryAt) {
    public static ChainCheck intact(int checked, int unhashed) {
        return new ChainCheck(true, checked, unhashed, null, null);
    }

    public static ChainCheck brokenAt(int seq, Instant at, int checked, int unhashed) {
        return new ChainCheck(false, checked, unhashed, seq, at);
    }
}
