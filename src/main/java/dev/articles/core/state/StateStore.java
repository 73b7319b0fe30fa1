package dev.articles.core.state;

import dev.articles.core.bundle.OutputFile;
import dev.articles.core.model.Diagnostic;
import dev.articles.core.report.ContentResult;
import dev.articles.core.settings.Baseline;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental build's memory, in a folder under {@code target/}: what the last check found per article
 * ({@code checks.bin}) and what the last bundle wrote ({@code bundle-{name}.bin}). Each file starts with the
 * fingerprint of the plugin and settings that made it; a file made by another plugin build or other settings, or one
 * that cannot be read, is as good as none: everything is then checked and written afresh. Files are replaced
 * atomically, so an interrupted build leaves the old state or the new one.
 */
public final class StateStore {
    private static final int MAGIC = 0x41525453; // "ARTS"
    // 2: publish entries keep the date's offset and the draft flag; 3: checks keep the cross-article findings;
    // 4: results keep the articles left out by accepted findings; 5: articles' id, url and collection (format 2)
    private static final int VERSION = 7; // 7: links from the site's root, redirect_from in the facts

    /**
     * The last check.
     *
     * @param entries by source path, in scan order
     * @param others the hash of the content directory's other files ({@code ContentScanner.Listing#others})
     * @param baseline the fingerprint of the baseline the result was made with
     * @param result the final outcome (after levels, suppressions, cross-article checks and baseline), or
     *     {@code null}
     * @param corpusFindings each cross-article check's findings at default severities, in the checks' order, or
     *     {@code null}
     */
    public record Checks(String fingerprint, Map<String, CheckEntry> entries, long others, String baseline,
            StoredResult result, List<List<Diagnostic>> corpusFindings) {
    }

    /**
     * A finished check's outcome, for a build in which nothing changed.
     *
     * @param checked files read
     * @param diagnostics the findings reported
     * @param baselined findings the baseline covered
     * @param staleBaseline baseline entries that matched nothing
     * @param leftOut the articles left out of the bundle by findings the baseline covered
     */
    public record StoredResult(int checked, List<Diagnostic> diagnostics, List<Diagnostic> baselined,
            List<Baseline.Entry> staleBaseline, List<ContentResult.LeftOut> leftOut) {

        /** What is kept of {@code result}: all but its articles. */
        public static StoredResult of(ContentResult result) {
            return new StoredResult(result.checked(), result.diagnostics(), result.baselined(),
                    result.staleBaseline(), result.leftOut());
        }

        /** The result again, without articles. */
        public ContentResult result() {
            return new ContentResult(checked, diagnostics, List.of(), baselined, staleBaseline, leftOut);
        }
    }

    /**
     * The last bundle.
     *
     * @param entries by source path
     * @param shared files not of one article (discovery file, index, taxonomies)
     */
    public record Bundle(String fingerprint, Map<String, PublishEntry> entries, List<OutputFile> shared) {
    }

    private final Path folder;
    private final Path contentDirectory;

    public StateStore(Path folder, Path contentDirectory) {
        this.folder = folder;
        this.contentDirectory = contentDirectory;
    }

    /** The last check made with {@code fingerprint}, or {@code null}. */
    public Checks loadChecks(String fingerprint) {
        try (DataInputStream in = open(folder.resolve("checks.bin"))) {
            if (!header(in, fingerprint)) {
                return null;
            }
            int n = StateCodec.count(in);
            Map<String, CheckEntry> entries = new LinkedHashMap<>(n * 2);
            StringPool pool = new StringPool();
            for (int i = 0; i < n; i++) {
                CheckEntry e = CheckEntry.read(in, contentDirectory, pool);
                entries.put(e.source(), e);
            }
            long others = in.readLong();
            String baseline = StateCodec.string(in);
            StoredResult result = null;
            if (in.readBoolean()) {
                int checked = in.readInt();
                List<Diagnostic> diagnostics = StateCodec.diagnostics(in, contentDirectory, pool);
                List<Diagnostic> baselined = StateCodec.diagnostics(in, contentDirectory, pool);
                int s = StateCodec.count(in);
                List<Baseline.Entry> stale = new ArrayList<>(s);
                for (int i = 0; i < s; i++) {
                    stale.add(new Baseline.Entry(StateCodec.string(in), StateCodec.string(in), StateCodec.string(in),
                            in.readInt()));
                }
                List<ContentResult.LeftOut> leftOut = StateCodec.leftOut(in, contentDirectory, pool);
                result = new StoredResult(checked, diagnostics, baselined, stale, leftOut);
            }
            List<List<Diagnostic>> corpusFindings = null;
            if (in.readBoolean()) {
                int c = StateCodec.count(in);
                corpusFindings = new ArrayList<>(c);
                for (int i = 0; i < c; i++) {
                    corpusFindings.add(StateCodec.diagnostics(in, contentDirectory, pool));
                }
            }
            return new Checks(fingerprint, entries, others, baseline, result, corpusFindings);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable (another format, cut short): start afresh
        }
    }

    public void saveChecks(Checks checks) throws IOException {
        save(folder.resolve("checks.bin"), out -> {
            out.writeInt(checks.entries().size());
            for (CheckEntry e : checks.entries().values()) {
                e.write(out, contentDirectory);
            }
            out.writeLong(checks.others());
            StateCodec.string(out, checks.baseline());
            StoredResult r = checks.result();
            out.writeBoolean(r != null);
            if (r != null) {
                out.writeInt(r.checked());
                StateCodec.diagnostics(out, r.diagnostics(), contentDirectory);
                StateCodec.diagnostics(out, r.baselined(), contentDirectory);
                out.writeInt(r.staleBaseline().size());
                for (Baseline.Entry e : r.staleBaseline()) {
                    StateCodec.string(out, e.source());
                    StateCodec.string(out, e.rule());
                    StateCodec.string(out, e.message());
                    out.writeInt(e.count());
                }
                StateCodec.leftOut(out, r.leftOut(), contentDirectory);
            }
            out.writeBoolean(checks.corpusFindings() != null);
            if (checks.corpusFindings() != null) {
                out.writeInt(checks.corpusFindings().size());
                for (List<Diagnostic> found : checks.corpusFindings()) {
                    StateCodec.diagnostics(out, found, contentDirectory);
                }
            }
        }, checks.fingerprint());
    }

    /** The last bundle of that name made with {@code fingerprint}, or {@code null}. */
    public Bundle loadBundle(String name, String fingerprint) {
        try (DataInputStream in = open(bundleFile(name))) {
            if (!header(in, fingerprint)) {
                return null;
            }
            int n = StateCodec.count(in);
            Map<String, PublishEntry> entries = new LinkedHashMap<>(n * 2);
            StringPool pool = new StringPool();
            for (int i = 0; i < n; i++) {
                PublishEntry e = PublishEntry.read(in, pool);
                entries.put(e.source(), e);
            }
            return new Bundle(fingerprint, entries, PublishEntry.readOutputs(in));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void saveBundle(String name, Bundle bundle) throws IOException {
        save(bundleFile(name), out -> {
            out.writeInt(bundle.entries().size());
            for (PublishEntry e : bundle.entries().values()) {
                e.write(out);
            }
            PublishEntry.writeOutputs(out, bundle.shared());
        }, bundle.fingerprint());
    }

    /** The brief record of the last build of a goal ({@code validate} or {@code bundle-{name}}), or {@code null}. */
    public BuildRecord loadRecord(String goal) {
        try {
            return BuildRecord.read(folder.resolve("quick-" + goal + ".bin"), contentDirectory);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void saveRecord(String goal, BuildRecord quick) throws IOException {
        quick.write(folder.resolve("quick-" + goal + ".bin"), contentDirectory);
    }

    /** The folder the state is kept in. */
    public Path folder() {
        return folder;
    }

    /** Where rendered articles wait during a build ({@link ArticleSpool}). */
    public Path spoolFile() {
        return folder.resolve("spool.bin");
    }

    private Path bundleFile(String name) {
        return folder.resolve("bundle-" + name + ".bin");
    }

    private static DataInputStream open(Path file) throws IOException {
        return StateFiles.reader(file);
    }

    private static boolean header(DataInputStream in, String fingerprint) throws IOException {
        return in.readInt() == MAGIC && in.readInt() == VERSION && fingerprint.equals(StateCodec.string(in));
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static void save(Path file, Body body, String fingerprint) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = StateFiles.writer(temp)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            StateCodec.string(out, fingerprint);
            body.write(out);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
