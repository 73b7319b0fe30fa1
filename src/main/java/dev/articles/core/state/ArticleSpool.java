package dev.articles.core.state;

import dev.articles.core.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered articles parked on disk between the check and the writing of the bundle. An article is parsed once, checked
 * and rendered in one go; its HTML waits here (not in memory: 50,000 articles' HTML would not fit a small heap) until
 * every article is known and links can be resolved. Safe for several writers at once; deleted when closed.
 */
public final class ArticleSpool implements AutoCloseable {

    /** Where one article lies in the spool. */
    public record Ticket(long position, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    public ArticleSpool(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Parks an article (its links not yet resolved). */
    public Ticket put(Article a) {
        byte[] bytes = encode(a);
        long position = end.getAndAdd(bytes.length);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            for (long at = position; buffer.hasRemaining(); ) {
                at += channel.write(buffer, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return new Ticket(position, bytes.length);
    }

    /** The article parked under {@code ticket}. */
    public Article get(Ticket ticket) {
        ByteBuffer buffer = ByteBuffer.allocate(ticket.length());
        try {
            for (long at = ticket.position(); buffer.hasRemaining(); ) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException("the spool " + file + " is shorter than expected");
                }
                at += n;
            }
            return decode(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }

    private static byte[] encode(Article a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.html().length() * 2 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            StateCodec.string(out, a.id());
            StateCodec.string(out, a.url());
            StateCodec.string(out, a.collection());
            StateCodec.string(out, a.slug());
            StateCodec.string(out, a.title());
            out.writeBoolean(a.date() != null);
            if (a.date() != null) {
                out.writeLong(a.date().toEpochSecond());
                out.writeInt(a.date().getNano());
                out.writeInt(a.date().getOffset().getTotalSeconds());
            }
            StateCodec.strings(out, a.categories());
            StateCodec.strings(out, a.tags());
            StateCodec.string(out, a.author());
            StateCodec.string(out, a.excerpt());
            StateCodec.string(out, a.excerptHtml());
            out.writeInt(a.readingMinutes());
            out.writeInt(a.declaredReadingMinutes() == null ? -1 : a.declaredReadingMinutes());
            out.writeBoolean(a.draft());
            out.writeInt(a.headings().size());
            for (Article.Heading h : a.headings()) {
                out.writeInt(h.level());
                StateCodec.string(out, h.id());
                StateCodec.string(out, h.text());
            }
            StateCodec.string(out, a.source());
            StateCodec.string(out, a.html());
            plain(out, a.extra());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    private static Article decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        String id = StateCodec.string(in);
        String url = StateCodec.string(in);
        String collection = StateCodec.string(in);
        String slug = StateCodec.string(in);
        String title = StateCodec.string(in);
        OffsetDateTime date = null;
        if (in.readBoolean()) {
            long second = in.readLong();
            int nano = in.readInt();
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
            date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nano), offset);
        }
        List<String> categories = List.copyOf(StateCodec.strings(in));
        List<String> tags = List.copyOf(StateCodec.strings(in));
        String author = StateCodec.string(in);
        String excerpt = StateCodec.string(in);
        String excerptHtml = StateCodec.string(in);
        int minutes = in.readInt();
        int declared = in.readInt();
        boolean draft = in.readBoolean();
        int n = StateCodec.count(in);
        List<Article.Heading> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            headings.add(new Article.Heading(in.readInt(), StateCodec.string(in), StateCodec.string(in)));
        }
        String source = StateCodec.string(in);
        String html = StateCodec.string(in);
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = (Map<String, Object>) plain(in);
        return new Article(id, url, collection, slug, title, date, categories, tags, author, excerpt, excerptHtml, minutes,
                declared < 0 ? null : declared, draft, List.copyOf(headings), source, html, extra);
    }

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LIST = 2;
    private static final int MAP = 3;

    /** Front matter kept as written: strings, lists and maps of them (and nulls). */
    private static void plain(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            StateCodec.string(out, s);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                plain(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                StateCodec.string(out, String.valueOf(e.getKey()));
                plain(out, e.getValue());
            }
        } else {
            out.writeByte(STRING); // not produced by the reader; kept as its text rather than lost
            StateCodec.string(out, String.valueOf(value));
        }
    }

    private static Object plain(DataInputStream in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case NULL:
                return null;
            case STRING:
                return StateCodec.string(in);
            case LIST: {
                int n = StateCodec.count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(plain(in));
                }
                return list;
            }
            case MAP: {
                int n = StateCodec.count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(StateCodec.string(in), plain(in));
                }
                return map;
            }
            default:
                throw new IOException("corrupt spool: kind " + kind);
        }
    }
}
