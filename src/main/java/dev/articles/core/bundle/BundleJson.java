package dev.articles.core.bundle;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.articles.core.json.JsonOutput;
import dev.articles.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the bundle, built as ordered maps so the key order is fixed by this class (the contract)
 * and serialised deterministically: two-space indent, {@code \n}, UTF-8, a final newline. {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are escaped so any string can be inlined in a {@code <script>} element.
 */
public final class BundleJson {
    private static final JsonOutput WRITER = JsonOutput.withEscapes(new ScriptSafeEscapes());

    private BundleJson() {
    }

    /** Summary fields shared by {@code index.json} and the article record, in contract order. */
    static Map<String, Object> summary(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", a.url());
        m.put("slug", a.slug());
        m.put("collection", a.collection());
        m.put("title", a.title());
        m.put("date", a.date() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.date()));
        m.put("categories", a.categories());
        m.put("tags", a.tags());
        m.put("author", a.author());
        m.put("excerpt", a.excerpt());
        m.put("readingMinutes", a.readingMinutes());
        m.put("draft", a.draft());
        m.put("json", BundleLayout.articleJson(a.id()));
        m.put("html", BundleLayout.articleHtml(a.id()));
        return m;
    }

    static Map<String, Object> index(String bundle, String assetsUrl, List<Article> articles) {
        Map<String, Object> m = header(bundle);
        m.put("assetsUrl", assetsUrl);
        m.put("articles", articles.stream().map(BundleJson::summary).toList());
        return m;
    }

    /**
     * An article's entry in {@code index.json}, byte for byte as it appears there (indented for its place in the
     * list): the index of an incremental build is put together from the entries of all articles without building
     * them again. {@link #index(String, String, List)} is the definition; {@link #indexFromEntries} must equal it.
     */
    static byte[] indexEntry(String bundle, String assetsUrl, Article a) {
        byte[] whole = bytes(index(bundle, assetsUrl, List.of(a)));
        IndexFrame frame = IndexFrame.of(bundle, assetsUrl);
        return Arrays.copyOfRange(whole, frame.prefix().length, whole.length - frame.suffix().length);
    }

    /** {@code index.json} from the entries ({@link #indexEntry}) of the articles, newest first. */
    static byte[] indexFromEntries(String bundle, String assetsUrl, List<byte[]> entries) {
        if (entries.isEmpty()) {
            return bytes(index(bundle, assetsUrl, List.of()));
        }
        IndexFrame frame = IndexFrame.of(bundle, assetsUrl);
        int size = frame.prefix().length + frame.suffix().length + SEPARATOR.length * (entries.size() - 1);
        for (byte[] e : entries) {
            size += e.length;
        }
        byte[] out = new byte[size]; // exactly once: at 50,000 articles the index is tens of megabytes
        int at = put(out, 0, frame.prefix());
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                at = put(out, at, SEPARATOR);
            }
            at = put(out, at, entries.get(i));
        }
        put(out, at, frame.suffix());
        return out;
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    /** What the layout puts between two entries of the index's list. */
    private static final byte[] SEPARATOR = ",\n    ".getBytes(StandardCharsets.UTF_8);

    /** The bytes of {@code index.json} before its first entry and after its last. */
    private record IndexFrame(byte[] prefix, byte[] suffix) {
        private static final Map<String, IndexFrame> FRAMES = new java.util.concurrent.ConcurrentHashMap<>();

        static IndexFrame of(String bundle, String assetsUrl) {
            return FRAMES.computeIfAbsent(bundle + "\n" + assetsUrl, k -> make(bundle, assetsUrl));
        }

        private static IndexFrame make(String bundle, String assetsUrl) {
            Map<String, Object> m = header(bundle);
            m.put("assetsUrl", assetsUrl);
            m.put("articles", List.of(Map.of()));
            byte[] whole = bytes(m);
            byte[] marker = "{ }".getBytes(StandardCharsets.UTF_8);
            int at = indexOf(whole, "{}".getBytes(StandardCharsets.UTF_8));
            if (at < 0) {
                at = indexOf(whole, marker);
                return new IndexFrame(Arrays.copyOfRange(whole, 0, at),
                        Arrays.copyOfRange(whole, at + marker.length, whole.length));
            }
            return new IndexFrame(Arrays.copyOfRange(whole, 0, at), Arrays.copyOfRange(whole, at + 2, whole.length));
        }

        private static int indexOf(byte[] bytes, byte[] part) {
            outer:
            for (int i = bytes.length - part.length; i >= 0; i--) {
                for (int j = 0; j < part.length; j++) {
                    if (bytes[i + j] != part[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    static Map<String, Object> article(String bundle, Article a, String htmlSha256) {
        Map<String, Object> m = header(bundle);
        m.putAll(summary(a));
        m.put("excerptHtml", a.excerptHtml());
        m.put("headings", a.headings().stream().map(h -> {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("level", h.level());
            hm.put("id", h.id());
            hm.put("text", h.text());
            return hm;
        }).toList());
        m.put("declaredReadingMinutes", a.declaredReadingMinutes());
        m.put("source", a.source());
        m.put("sha256", htmlSha256);
        m.put("extra", a.extra());
        m.put("assets", a.assets().stream().map(Article.Asset::path).toList());
        return m;
    }

    /** {@code tags.json} or {@code categories.json}: each term, sorted, with its articles' ids newest first. */
    static Map<String, Object> terms(String bundle, String key, Map<String, List<String>> idsByTerm) {
        Map<String, Object> m = header(bundle);
        m.put(key, idsByTerm.entrySet().stream().map(e -> {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("name", e.getKey());
            term.put("ids", e.getValue());
            return term;
        }).toList());
        return m;
    }

    private static Map<String, Object> header(String bundle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", BundleLayout.FORMAT);
        m.put("bundle", bundle);
        return m;
    }

    /** UTF-8 bytes of {@code value} as the bundle writes JSON. */
    public static byte[] bytes(Object value) {
        return (WRITER.write(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes that make JSON safe inside HTML {@code <script>} and in JavaScript source. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = CharacterEscapes.ESCAPE_STANDARD;
            ASCII['>'] = CharacterEscapes.ESCAPE_STANDARD;
            ASCII['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        private static final SerializedString LS = new SerializedString("\\u2028");
        private static final SerializedString PS = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
