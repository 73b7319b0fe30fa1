package dev.articles.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes((byte[]) part);
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        SourceDecoder.Outcome outcome = SourceDecoder.decode(bytes, StandardCharsets.UTF_8);
        assertNull(outcome.failure());
        return outcome.text().text();
    }

    private static SourceDecoder.DecodeFailure failure(byte[] bytes, Charset charset) {
        SourceDecoder.Outcome outcome = SourceDecoder.decode(bytes, charset);
        assertNull(outcome.text());
        return outcome.failure();
    }

    @Test
    void plainUtf8IsKeptAsIs() {
        assertEquals("---\ntitle: 日本語\n---\n本文\n", text(bytes("---\ntitle: 日本語\n---\n本文\n")));
        assertEquals("", text(new byte[0]));
    }

    @Test
    void leadingByteOrderMarkIsDropped() {
        assertEquals("---\ntitle: x\n", text(bytes(0xEF, 0xBB, 0xBF, "---\ntitle: x\n")));
    }

    @Test
    void byteOrderMarkInsideTheTextIsKept() {
        assertEquals("a\uFEFFb", text(bytes("a", 0xEF, 0xBB, 0xBF, "b")));
    }

    @Test
    void lineEndsBecomeLf() {
        assertEquals("a\nb\nc\n", text(bytes("a\r\nb\r\nc\r\n")));
        assertEquals("a\nb\nc\n", text(bytes("a\rb\rc\r")));
        assertEquals("a\nb\nc\n\nd", text(bytes("a\r\nb\rc\n\r\nd")));
        assertEquals("a\n\nb", text(bytes("a\r\rb")));
    }

    @Test
    void bomAndCrlfTogether() {
        assertEquals("---\ntitle: 改行\n---\n", text(bytes(0xEF, 0xBB, 0xBF, "---\r\ntitle: 改行\r\n---\r\n")));
    }

    @Test
    void invalidByteIsReportedWithOffsetLineAndColumn() {
        SourceDecoder.DecodeFailure f = failure(bytes("a\r\nbc", 0xFF, "d"), StandardCharsets.UTF_8);
        assertEquals(new SourceDecoder.DecodeFailure(5, 2, 3, "invalid UTF-8 byte sequence 0xFF at byte offset 5; "
                + "save the file as UTF-8 (or set the plugin's encoding)"), f);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "日本" is 6 bytes but 2 characters; the emoji is 4 bytes, 2 UTF-16 units, 1 character.
        SourceDecoder.DecodeFailure f = failure(bytes("x\n日本\uD83D\uDE00", 0xC0, 0x80), StandardCharsets.UTF_8);
        assertEquals(12, f.byteOffset());
        assertEquals(2, f.line());
        assertEquals(4, f.column());
        assertEquals("invalid UTF-8 byte sequence 0xC0 at byte offset 12; save the file as UTF-8 "
                + "(or set the plugin's encoding)", f.message());
    }

    @Test
    void loneCarriageReturnsCountAsLineEnds() {
        SourceDecoder.DecodeFailure f = failure(bytes("a\rb\rcd", 0xFF), StandardCharsets.UTF_8);
        assertEquals(3, f.line());
        assertEquals(3, f.column());
        assertEquals(6, f.byteOffset());
    }

    @Test
    void byteOrderMarkIsNoColumn() {
        SourceDecoder.DecodeFailure f = failure(bytes(0xEF, 0xBB, 0xBF, "ab", 0xFF), StandardCharsets.UTF_8);
        assertEquals(5, f.byteOffset());
        assertEquals(1, f.line());
        assertEquals(3, f.column());
    }

    @Test
    void truncatedSequenceAtTheEndNamesAllItsBytes() {
        SourceDecoder.DecodeFailure f = failure(bytes("ab", 0xF0, 0x9F, 0x98), StandardCharsets.UTF_8);
        assertEquals(new SourceDecoder.DecodeFailure(2, 1, 3, "invalid UTF-8 byte sequence 0xF0 9F 98 at byte "
                + "offset 2; save the file as UTF-8 (or set the plugin's encoding)"), f);
    }

    @Test
    void shiftJisFileGetsAHint() {
        byte[] sjis = "---\ntitle: 日本語\n---\n".getBytes(SHIFT_JIS);
        SourceDecoder.DecodeFailure f = failure(sjis, StandardCharsets.UTF_8);
        assertEquals(11, f.byteOffset());
        assertEquals(2, f.line());
        assertEquals(8, f.column());
        assertEquals("invalid UTF-8 byte sequence 0x93 at byte offset 11; the file looks like Shift_JIS: "
                + "save it as UTF-8 (or set the plugin's encoding)", f.message());
    }

    @Test
    void utf16FileGetsAHint() {
        byte[] utf16 = "---\n".getBytes(StandardCharsets.UTF_16LE);
        SourceDecoder.DecodeFailure f = failure(bytes(0xFF, 0xFE, utf16), StandardCharsets.UTF_8);
        assertEquals(new SourceDecoder.DecodeFailure(0, 1, 1, "invalid UTF-8 byte sequence 0xFF at byte offset 0; "
                + "the file starts with a UTF-16 byte order mark: save it as UTF-8"), f);
    }

    @Test
    void configuredShiftJisDecodes() {
        SourceDecoder.Outcome outcome = SourceDecoder.decode("タイトル\r\n日本語".getBytes(SHIFT_JIS), SHIFT_JIS);
        assertEquals("タイトル\n日本語", outcome.text().text());
    }

    @Test
    void otherCharsetsGetNoHint() {
        assertEquals(new SourceDecoder.DecodeFailure(2, 1, 3, "invalid Shift_JIS byte sequence 0x82 at byte offset 2"),
                failure(bytes("ab", 0x82), SHIFT_JIS));
        assertEquals(new SourceDecoder.DecodeFailure(1, 1, 2, "invalid US-ASCII byte sequence 0xE9 at byte offset 1"),
                failure(bytes("a", 0xE9), StandardCharsets.US_ASCII));
    }

    @Test
    void unmappableBytesAreNamedSo() {
        SourceDecoder.DecodeFailure f = failure(bytes("ab", 0x81), Charset.forName("windows-1252"));
        assertEquals(new SourceDecoder.DecodeFailure(2, 1, 3, "unmappable windows-1252 byte sequence 0x81 at byte offset 2"),
                f);
    }

    @Test
    void utf16LittleEndianWithoutByteOrderMarkIsNamed() {
        byte[] utf16 = "---\ntitle: t\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(new SourceDecoder.DecodeFailure(1, 1, 2, "NUL byte at byte offset 1; the file looks like "
                + "UTF-16LE without a byte order mark: save it as UTF-8"), failure(utf16, StandardCharsets.UTF_8));
    }

    @Test
    void utf16BigEndianJapaneseWithoutByteOrderMarkGetsTheHint() {
        byte[] utf16 = "---\ntitle: 日本語\n".getBytes(StandardCharsets.UTF_16BE);
        SourceDecoder.DecodeFailure f = failure(utf16, StandardCharsets.UTF_8);
        assertEquals("invalid UTF-8 byte sequence 0xE5 at byte offset 23; the file looks like UTF-16BE without "
                + "a byte order mark: save it as UTF-8", f.message());
    }

    @Test
    void aSingleNulInUtf8TextIsLeftToTheTextRule() {
        SourceDecoder.Outcome outcome = SourceDecoder.decode(bytes("title: a", 0x00, "b\n"), StandardCharsets.UTF_8);
        assertEquals("title: a\u0000b\n", outcome.text().text());
    }
}
