package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhiteSpaceTest {

    @Test
    void collapsesLikeTheRegexAndStrip() {
        String alphabet = " \t\n\u000B\f\r\u3000\u00A0\u2003\u001Cax字。";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(text.replaceAll("\\s+", " ").strip(), WhiteSpace.collapse(text), text);
        }
    }

    @Test
    void keepsFullWidthSpacesInsideAndStripsThemAtTheEnds() {
        assertEquals("日本語\u3000です a b", WhiteSpace.collapse("\u3000 日本語\u3000です \n\t a  b \u3000"));
    }
}
