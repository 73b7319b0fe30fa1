package dev.articles.core.state;

import dev.articles.core.check.ArticleFacts;
import dev.articles.core.check.Suppressions;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Sha256;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What checking one article file found, kept between builds so an unchanged file is not read again.
 *
 * @param source the file's path relative to the content directory, {@code /}-separated
 * @param size its size when checked
 * @param modified its modification time (epoch milliseconds) when checked
 * @param sha256 the SHA-256 of its bytes: a file touched but not changed (a checkout) is not checked again
 * @param validUntil epoch milliseconds after which the findings no longer hold (an article dated in the future
 *     stops being so), or {@link Long#MAX_VALUE}
 * @param raw the article's own findings at their rules' default severities (cross-article findings are made anew
 *     every build)
 * @param suppressions the suppressions it declares
 * @param facts what cross-article checks need, or {@code null} when its front matter could not be read
 * @param publishable whether it can be rendered (no finding that stops it)
 * @param draft whether it is a draft
 * @param dependencies the other site files it was made from (a Jekyll site's includes and data files, read by its
 *     Liquid) with their hashes then, by path relative to the content directory; empty for most articles
 */
public record CheckEntry(String source, long size, long modified, byte[] sha256, long validUntil,
        List<Diagnostic> raw, List<Suppressions.Declared> suppressions, ArticleFacts facts, boolean publishable,
        boolean draft, Map<String, String> dependencies) {

    public CheckEntry {
        dependencies = Map.copyOf(dependencies);
    }

    /**
     * What the article's output was made from: its bytes, and its dependencies' hashes. The bundle's output of an
     * article is kept while this stays the same.
     */
    public byte[] inputSha256() {
        if (dependencies.isEmpty()) {
            return sha256;
        }
        MessageDigest md = Sha256.digest();
        md.update(sha256);
        for (Map.Entry<String, String> d : new TreeMap<>(dependencies).entrySet()) {
            md.update(("\n" + d.getKey() + "=" + d.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        return md.digest();
    }

    /** The same entry for a file that was touched but holds the same bytes. */
    public CheckEntry touched(long newSize, long newModified) {
        return new CheckEntry(source, newSize, newModified, sha256, validUntil, raw, suppressions, facts, publishable,
                draft, dependencies);
    }

    void write(DataOutputStream out, Path dir) throws IOException {
        StateCodec.string(out, source);
        out.writeLong(size);
        out.writeLong(modified);
        StateCodec.bytes(out, sha256);
        out.writeLong(validUntil);
        StateCodec.diagnostics(out, raw, dir);
        out.writeInt(suppressions.size());
        for (Suppressions.Declared s : suppressions) {
            StateCodec.strings(out, s.rules());
            out.writeInt(s.fromLine());
            out.writeInt(s.toLine());
            out.writeInt(s.line());
            out.writeInt(s.column());
            StateCodec.string(out, s.form());
        }
        out.writeBoolean(publishable);
        out.writeBoolean(draft);
        out.writeInt(dependencies.size());
        for (Map.Entry<String, String> d : new TreeMap<>(dependencies).entrySet()) {
            StateCodec.string(out, d.getKey());
            StateCodec.string(out, d.getValue());
        }
        out.writeBoolean(facts != null);
        if (facts != null) {
            writeFacts(out, facts);
        }
    }

    static CheckEntry read(DataInputStream in, Path dir, StringPool pool) throws IOException {
        String source = StateCodec.string(in);
        long size = in.readLong();
        long modified = in.readLong();
        byte[] sha = StateCodec.bytes(in);
        long validUntil = in.readLong();
        List<Diagnostic> raw = StateCodec.diagnostics(in, dir, pool);
        int n = StateCodec.count(in);
        List<Suppressions.Declared> suppressions = n == 0 ? List.of() : new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            suppressions.add(new Suppressions.Declared(StateCodec.strings(in, pool), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), StateCodec.string(in)));
        }
        boolean publishable = in.readBoolean();
        boolean draft = in.readBoolean();
        int d = StateCodec.count(in);
        Map<String, String> dependencies = d == 0 ? Map.of() : new TreeMap<>();
        for (int i = 0; i < d; i++) {
            dependencies.put(StateCodec.string(in), StateCodec.string(in));
        }
        ArticleFacts facts = in.readBoolean() ? readFacts(in, pool.path(dir, source), source, pool) : null;
        return new CheckEntry(source, size, modified, sha, validUntil, raw, suppressions, facts, publishable, draft,
                dependencies);
    }

    private static void writeFacts(DataOutputStream out, ArticleFacts f) throws IOException {
        StateCodec.string(out, f.id());
        StateCodec.string(out, f.url());
        StateCodec.string(out, f.slug());
        out.writeInt(f.slugLine());
        out.writeInt(f.slugColumn());
        StateCodec.string(out, f.title());
        out.writeInt(f.titleLine());
        out.writeInt(f.titleColumn());
        writeTerms(out, f.tags());
        writeTerms(out, f.categories());
        out.writeInt(f.paragraphs().size());
        for (ArticleFacts.Paragraph p : f.paragraphs()) {
            out.writeLong(p.hash());
            out.writeInt(p.line());
        }
        StateCodec.strings(out, List.copyOf(f.headingIds()));
        out.writeInt(f.links().size());
        for (ArticleFacts.LinkRef l : f.links()) {
            out.writeByte(l.kind().ordinal());
            StateCodec.string(out, l.target());
            out.writeInt(l.line());
            out.writeInt(l.column());
        }
        StateCodec.strings(out, f.redirectFrom());
    }

    private static ArticleFacts readFacts(DataInputStream in, Path file, String source, StringPool pool)
            throws IOException {
        String id = StateCodec.string(in);
        String url = StateCodec.string(in);
        String slug = StateCodec.string(in);
        int slugLine = in.readInt();
        int slugColumn = in.readInt();
        String title = StateCodec.string(in);
        int titleLine = in.readInt();
        int titleColumn = in.readInt();
        List<ArticleFacts.Term> tags = readTerms(in, pool);
        List<ArticleFacts.Term> categories = readTerms(in, pool);
        int n = StateCodec.count(in);
        long[] hashes = new long[n];
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = in.readLong();
            lines[i] = in.readInt();
        }
        List<String> ids = StateCodec.strings(in);
        n = StateCodec.count(in);
        ArticleFacts.LinkRef[] links = new ArticleFacts.LinkRef[n];
        ArticleFacts.LinkRef.Kind[] kinds = ArticleFacts.LinkRef.Kind.values();
        for (int i = 0; i < n; i++) {
            int kind = in.readByte();
            if (kind < 0 || kind >= kinds.length) {
                throw new IOException("corrupt state: link kind " + kind);
            }
            links[i] = new ArticleFacts.LinkRef(kinds[kind], StateCodec.string(in), in.readInt(), in.readInt());
        }
        List<String> redirectFrom = StateCodec.strings(in);
        return new ArticleFacts(file, source, id, url, slug, slugLine, slugColumn, title, titleLine, titleColumn, tags,
                categories, ArticleFacts.paragraphs(hashes, lines), ArticleFacts.ids(ids), List.of(links),
                redirectFrom);
    }

    private static void writeTerms(DataOutputStream out, List<ArticleFacts.Term> terms) throws IOException {
        out.writeInt(terms.size());
        for (ArticleFacts.Term t : terms) {
            StateCodec.string(out, t.value());
            out.writeInt(t.line());
            out.writeInt(t.column());
        }
    }

    private static List<ArticleFacts.Term> readTerms(DataInputStream in, StringPool pool) throws IOException {
        int n = StateCodec.count(in);
        ArticleFacts.Term[] terms = new ArticleFacts.Term[n];
        for (int i = 0; i < n; i++) {
            terms[i] = new ArticleFacts.Term(pool.of(StateCodec.string(in)), in.readInt(), in.readInt());
        }
        return List.of(terms);
    }
}
