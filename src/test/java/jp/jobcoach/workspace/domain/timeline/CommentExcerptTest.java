package jp.jobcoach.workspace.domain.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CommentExcerptTest {

    @Test
    public void tagsGoAndParagraphsDoNotRunTogether() {
        assertEquals("午後は疲れが出る。 休憩を増やしましょう。",
                CommentExcerpt.of("<p>午後は<strong>疲れ</strong>が出る。</p><p>休憩を増やしましょう。</p>"));
        assertEquals("one two three", CommentExcerpt.of("<p>one<br/>two</p>\n\n<ul><li>three</li></ul>"));
    }

    @Test
    public void macroParametersAndMarkupCommentsAreLeftOutButCodeIsKept() {
        String storage = "<p>見て:</p><ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">java"
                + "</ac:parameter><ac:plain-text-body><![CDATA[if (a < b) {}]]></ac:plain-text-body>"
                + "</ac:structured-macro><!-- hidden --><p><ac:link><ri:user ri:userkey=\"abc\"/></ac:link>さん</p>";
        assertEquals("見て: if (a < b) {} さん", CommentExcerpt.of(storage));
    }

    @Test
    public void entitiesAreDecodedIntoTextThatIsEscapedLater() {
        assertEquals("<script>alert('x')</script> & \"q\" 😀 x",
                CommentExcerpt.of("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot; &#x1F600;&nbsp;x"));
        assertEquals("a &unknown; b � c", CommentExcerpt.of("a &unknown; b &#xD800; c"));
        assertEquals("a & b", CommentExcerpt.of("a & b"));
    }

    @Test
    public void malformedMarkupNeverThrows() {
        assertEquals("a < b", CommentExcerpt.of("a < b"));
        assertEquals("x<p", CommentExcerpt.of("x<p"));
        String unclosedQuotes = "<a title=\"".repeat(50_000);
        String cut = CommentExcerpt.of(unclosedQuotes, 10);
        assertEquals("<a title=…", cut);
        assertEquals("title", CommentExcerpt.of("<a title=\"1 > 0\">title</a>"));
        assertEquals("", CommentExcerpt.of(null));
        assertEquals("", CommentExcerpt.of("<p> \u3000 </p>"));
        assertEquals("before", CommentExcerpt.of("before<ac:parameter>never closed"));
        assertEquals("x", CommentExcerpt.of("<![CDATA[x"));
    }

    @Test
    public void whitespaceCollapsesToOneSpace() {
        assertEquals("a b c", CommentExcerpt.of("  a \t\n b\u00A0\u3000 c  "));
    }

    @Test
    public void longTextIsCutWithAnEllipsisWithinTheLimit() {
        assertEquals("abcd…", CommentExcerpt.of("abcdefgh", 5));
        assertEquals("abcde", CommentExcerpt.of("abcde", 5));
        assertEquals("ab…", CommentExcerpt.of("ab   cdefg", 4));
        String excerpt = CommentExcerpt.of("あ".repeat(500));
        assertEquals(CommentExcerpt.DEFAULT_MAX, excerpt.codePointCount(0, excerpt.length()));
        assertTrue(excerpt.endsWith(CommentExcerpt.ELLIPSIS));
    }

    @Test
    public void theCutNeverSplitsACharacter() {
        assertEquals("𠮷𠮷…", CommentExcerpt.of("𠮷𠮷𠮷𠮷", 3));
        String ivs = "葛\uDB40\uDD00";
        assertEquals("a…", CommentExcerpt.of("a" + ivs + "bbb", 3));
        assertEquals("a" + ivs + "…", CommentExcerpt.of("a" + ivs + "bbb", 4));
        assertEquals("e\u0301…", CommentExcerpt.of("e\u0301e\u0301e\u0301", 3));
        String family = "👩\u200D👧";
        assertEquals("x…", CommentExcerpt.of("x" + family + "yyy", 4));
        TimelineEntryTest.assertThrows(() -> CommentExcerpt.of("x", 1));
    }

    @Test
    public void hostileTextStaysTextAndBoundedWork() {
        String huge = "<p>" + "<b>x</b>".repeat(200_000) + "</p>";
        String excerpt = CommentExcerpt.of(huge, 10);
        assertEquals("xxxxxxxxx…", excerpt);
        assertEquals("abc\u202Edef", CommentExcerpt.of("<p>abc\u202Edef</p>"));
        assertEquals("\" onmouseover=\"alert(1)", CommentExcerpt.of("&quot; onmouseover=&quot;alert(1)"));
    }
}
