package dev.articles.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CjkTest {

    @Test
    void theLookupAgreesWithTheScriptDefinitionForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Cjk.isCjk(cp) != Cjk.byScript(cp)) {
                assertEquals(Cjk.byScript(cp), Cjk.isCjk(cp), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void kanaKanjiAndTheirPunctuationAreCjkLatinAndHangulAreNot() {
        for (int cp : "あア漢ー、。「」！ｱㄅ𠀋".codePoints().toArray()) {
            assertTrue(Cjk.isCjk(cp), Character.toString(cp));
        }
        for (int cp : "aZ9 é한!".codePoints().toArray()) {
            assertFalse(Cjk.isCjk(cp), Character.toString(cp));
        }
    }
}
