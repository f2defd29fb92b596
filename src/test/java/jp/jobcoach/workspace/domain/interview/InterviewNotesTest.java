package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertPartError;
import static org.junit.Assert.assertEquals;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import org.junit.Test;

public class InterviewNotesTest {

    @Test
    public void blankNotesAreFine() {
        assertEquals(List.of(), InterviewNotes.blank().validate());
    }

    @Test
    public void everyTextIsBoundedAndKeptAsTyped() {
        String tooLong = "𠮷".repeat(Check.LONG_TEXT_MAX + 1);
        List<String> fields = List.of("workerAccount", "workStatus", "workVolume", "worries", "companyObservations");
        for (int index = 0; index < fields.size(); index++) {
            String[] texts = new String[5];
            texts[index] = tooLong;
            InterviewNotes notes = new InterviewNotes(texts[0], texts[1], texts[2], texts[3], texts[4]);
            assertPartError(notes.validate(), fields.get(index), Check.TOO_LONG);
        }
        for (String text : DomainBundles.HOSTILE) {
            InterviewNotes notes = new InterviewNotes(text, text, text, text, text);
            assertEquals(List.of(), notes.validate());
            assertEquals(text, notes.worries());
        }
    }
}
