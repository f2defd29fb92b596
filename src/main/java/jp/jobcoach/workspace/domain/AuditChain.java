package jp.jobcoach.workspace.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The tamper evidence of a case's audit log: every entry's hash is SHA-256 over its content and the hash of the
 * entry before it on the same case, so changing, removing or inserting a row breaks every hash after it. The time
 * counts to the second, because MySQL's DATETIME keeps no more; the link of the first entry is the empty text.
 */
public final class AuditChain {
    /** What the first hashed entry of a case links to. */
    public static final String START = "";

    private AuditChain() {
    }

    /** The hash of the {@code seq}th entry of its case, linked to {@code previousHash}. */
    public static String hash(AuditEntry entry, int seq, String previousHash) {
        String content = String.join("\n", previousHash, String.valueOf(entry.caseId()), String.valueOf(seq),
                entry.actorKey(), entry.action().name(), entry.category(), entry.recordType(),
                String.valueOf(entry.recordId()), String.join(",", entry.fields()),
                String.valueOf(entry.occurredAt().getEpochSecond()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Walks one case's hashed entries in chain order and finds the first that does not follow from the one before:
     * an edited entry (its hash no longer matches), a removed one (a gap in the places) or a removed newest one (the
     * chain ends before its head).
     */
    public static final class Verifier {
        private String previous = START;
        private int expected = 1;
        private Integer brokenAt;
        private Instant brokenEntryAt;

        public void accept(AuditEntry entry, int seq, String storedHash) {
            if (brokenAt != null) {
                return;
            }
            if (seq != expected || !hash(entry, seq, previous).equals(storedHash)) {
                brokenAt = expected;
                brokenEntryAt = entry.occurredAt();
                return;
            }
            previous = storedHash;
            expected++;
        }

        /** @param headSeq the place of the newest entry as the chain's head records it (0: no chain yet) */
        public ChainCheck result(int headSeq, int unhashed) {
            int checked = expected - 1;
            if (brokenAt != null) {
                return ChainCheck.brokenAt(brokenAt, brokenEntryAt, checked, unhashed);
            }
            return headSeq == checked ? ChainCheck.intact(checked, unhashed)
                    : ChainCheck.brokenAt(expected, null, checked, unhashed);
        }
    }
}
