package dev.articles.core.state;

import dev.articles.core.model.Diagnostic;
import dev.articles.core.model.Severity;
import dev.articles.core.report.ContentResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary primitives of the state files: length-prefixed UTF-8 strings (null allowed), lists, diagnostics with
 * their file relative to the content directory. Binary rather than JSON because a no-change build must decide in a
 * fraction of a second, and reading 10,000 entries of JSON takes longer than that.
 */
final class StateCodec {
    private StateCodec() {
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length(length)), StandardCharsets.UTF_8);
    }

    static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        return in.readNBytes(length(in.readInt()));
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
        return strings(in, null);
    }

    /** A list of strings, each taken from {@code pool} when given; unmodifiable, and compact when short. */
    static List<String> strings(DataInputStream in, StringPool pool) throws IOException {
        int n = count(in);
        if (n == 0) {
            return List.of();
        }
        String[] list = new String[n];
        boolean nulls = false;
        for (int i = 0; i < n; i++) {
            list[i] = pool == null ? string(in) : pool.of(string(in));
            nulls |= list[i] == null;
        }
        return nulls ? java.util.Collections.unmodifiableList(java.util.Arrays.asList(list)) : List.of(list);
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt state: count " + n);
        }
        return n;
    }

    private static int length(int n) throws IOException {
        if (n < 0 || n > 256 * 1024 * 1024) {
            throw new IOException("corrupt state: length " + n);
        }
        return n;
    }

    /** A diagnostic; its file relative to {@code dir} when inside it. */
    static void diagnostic(DataOutputStream out, Diagnostic d, Path dir) throws IOException {
        string(out, relative(dir, d.file()));
        out.writeInt(d.line());
        out.writeInt(d.column());
        out.writeByte(d.severity().ordinal());
        string(out, d.rule());
        string(out, d.message());
    }

    static Diagnostic diagnostic(DataInputStream in, Path dir, StringPool pool) throws IOException {
        Path file = pool.path(dir, string(in));
        int line = in.readInt();
        int column = in.readInt();
        int severity = in.readByte();
        if (severity < 0 || severity >= Severity.values().length) {
            throw new IOException("corrupt state: severity " + severity);
        }
        return new Diagnostic(file, line, column, Severity.values()[severity], pool.of(string(in)), string(in));
    }

    static void diagnostics(DataOutputStream out, List<Diagnostic> list, Path dir) throws IOException {
        out.writeInt(list.size());
        for (Diagnostic d : list) {
            diagnostic(out, d, dir);
        }
    }

    static List<Diagnostic> diagnostics(DataInputStream in, Path dir, StringPool pool) throws IOException {
        int n = count(in);
        if (n == 0) {
            return List.of();
        }
        List<Diagnostic> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(diagnostic(in, dir, pool));
        }
        return list;
    }

    /** The articles a result leaves out: each one's finding, then the article published in its place, or null. */
    static void leftOut(DataOutputStream out, List<ContentResult.LeftOut> list, Path dir) throws IOException {
        out.writeInt(list.size());
        for (ContentResult.LeftOut l : list) {
            diagnostic(out, l.finding(), dir);
            string(out, l.publishedInstead() == null ? null : relative(dir, l.publishedInstead()));
        }
    }

    static List<ContentResult.LeftOut> leftOut(DataInputStream in, Path dir, StringPool pool) throws IOException {
        int n = count(in);
        List<ContentResult.LeftOut> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Diagnostic finding = diagnostic(in, dir, pool);
            String instead = string(in);
            list.add(new ContentResult.LeftOut(finding, instead == null ? null : resolve(dir, instead)));
        }
        return list;
    }

    /** {@code file} relative to {@code dir} with {@code /}, {@code ""} for the folder itself, or {@code !absolute}. */
    static String relative(Path dir, Path file) {
        if (file.startsWith(dir)) {
            return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        }
        return "!" + file;
    }

    static Path resolve(Path dir, String relative) {
        if (relative.startsWith("!")) {
            return Path.of(relative.substring(1));
        }
        return relative.isEmpty() ? dir : dir.resolve(relative);
    }
}
