package jp.jobcoach.workspace.domain.calendar;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** A feed names the worker by their initials unless its owner chose the full name. */
public class FeedNamesTest {
    @Test
    public void initialsTakeTheFirstLetterOfEachPartAndNothingElse() {
        assertEquals("Y.T.", FeedNames.INITIALS.name("yamada taro"));
        assertEquals("山.太.", FeedNames.INITIALS.name("山田\u3000太郎"));
        assertEquals("山.", FeedNames.INITIALS.name("山田太郎"));
        assertEquals("𠮷.A.B.X.", FeedNames.INITIALS.name("𠮷野家 😀 \u202Eabc <b>&amp;</b> 'x\""));
        assertEquals("", FeedNames.INITIALS.name("   "));
        assertEquals("", FeedNames.INITIALS.name(null));
    }

    @Test
    public void theFullNameIsTheNameAsTheCaseGivesIt() {
        assertEquals("山田 太郎", FeedNames.FULL_NAME.name(" 山田 太郎 "));
        assertEquals(FeedNames.INITIALS, new CalendarFeed("me", null, null, null, null, null).names());
    }
}
