package dev.articles.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes an article's bytes strictly. {@code Files.readString} would either replace bad bytes silently or fail
 * without naming the place; this reports the byte offset, line and column of the first invalid byte.
 */
public final class SourceDecoder {

    /** The first invalid input found. Lines and columns are 1-based; the column counts characters. */
    public record DecodeFailure(long byteOffset, int line, int column, String message) {
    }

    /** Either the text or the failure. */
    public record Outcome(DecodedText text, DecodeFailure failure) {
    }

    private SourceDecoder() {
    }

    public static Outcome decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Outcome(null, failureAt(bytes, in.position(), out, result, charset));
        }
        out.flip();
        String text = out.toString();
        // UTF-16 without a byte order mark is valid UTF-8 when the text is mostly ASCII: one NUL every other byte.
        int nul = text.indexOf('\0');
        if (nul >= 0 && charset.equals(StandardCharsets.UTF_8) && looksLikeUtf16(bytes) != null) {
            return new Outcome(null, utf16Failure(bytes, text, nul));
        }
        return new Outcome(new DecodedText(normalise(text)), null);
    }

    private static DecodeFailure utf16Failure(byte[] bytes, String text, int nul) {
        int offset = 0;
        while (offset < bytes.length && bytes[offset] != 0) {
            offset++;
        }
        String before = normalise(text.substring(0, nul));
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.codePointCount(lineStart, before.length()) + 1;
        return new DecodeFailure(offset, line, column, "NUL byte at byte offset " + offset
                + "; the file looks like " + looksLikeUtf16(bytes) + " without a byte order mark: save it as UTF-8");
    }

    /**
     * {@code "UTF-16LE"} or {@code "UTF-16BE"} when the bytes look like UTF-16 without a byte order mark (many NUL
     * bytes, nearly all at odd or nearly all at even offsets, and valid UTF-16), else {@code null}.
     */
    static String looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = bytes.length / 2;
        String guess;
        if (odd * 4 >= pairs && even * 20 <= odd) {
            guess = "UTF-16LE";
        } else if (even * 4 >= pairs && odd * 20 <= even) {
            guess = "UTF-16BE";
        } else {
            return null;
        }
        try {
            Charset.forName(guess).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return guess;
        } catch (Exception notUtf16) {
            return null;
        }
    }

    private static DecodeFailure failureAt(byte[] bytes, int offset, CharBuffer decoded, CoderResult result,
            Charset charset) {
        decoded.flip();
        String before = decoded.toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        // A byte order mark is not a column: the text the rest of the engine reports positions in has none.
        if (lineStart == 0 && before.startsWith("\uFEFF")) {
            lineStart = 1;
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, result.length())); i++) {
            hex.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            if (i + 1 < offset + result.length()) {
                hex.append(' ');
            }
        }
        String kind = result.isMalformed() ? "invalid" : "unmappable";
        return new DecodeFailure(offset, line, column,
                kind + " " + charset.name() + " byte sequence 0x" + hex + " at byte offset " + offset + hint(bytes, charset));
    }

    /** A guess at the real encoding, since "invalid UTF-8" alone rarely tells a writer what to do. */
    private static String hint(byte[] bytes, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return "";
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "; the file starts with a UTF-16 byte order mark: save it as UTF-8";
        }
        String utf16 = looksLikeUtf16(bytes);
        if (utf16 != null) {
            return "; the file looks like " + utf16 + " without a byte order mark: save it as UTF-8";
        }
        if (looksLikeShiftJis(bytes)) {
            return "; the file looks like Shift_JIS: save it as UTF-8 (or set the plugin's encoding)";
        }
        return "; save the file as " + charset.name() + " (or set the plugin's encoding)";
    }

    private static boolean looksLikeShiftJis(byte[] bytes) {
        try {
            Charset.forName("Shift_JIS").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (Exception notShiftJis) {
            return false;
        }
    }

    /** Drops a leading BOM and turns CRLF and lone CR into LF. */
    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
