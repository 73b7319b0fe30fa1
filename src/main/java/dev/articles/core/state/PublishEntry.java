package dev.articles.core.state;

import dev.articles.core.bundle.OutputFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What publishing one article wrote, kept between builds so an article whose file, links and settings did not change
 * is not rendered or written again, and so the bundle's index can be rebuilt without it.
 *
 * @param source the article file, relative to the content directory
 * @param inputSha256 the SHA-256 of the file's bytes it was rendered from
 * @param links a hash of where each of its links and images led: when another article's slug or an image changes,
 *     this article's HTML changes too
 * @param slug its slug
 * @param epochSecond its date, for the newest-first order
 * @param nano the date's nanoseconds
 * @param offsetSeconds the date's offset as written (the feeds' and sitemap's addresses may hold its year, month and
 *     day)
 * @param draft whether it is a draft (never in the feeds or the sitemap)
 * @param tags its tags as written
 * @param categories its categories as written
 * @param indexEntry its entry in {@code index.json}, exactly as written there (UTF-8)
 * @param outputs the files written for it: its HTML, its JSON record and the assets it refers to
 */
public record PublishEntry(String source, byte[] inputSha256, long links, String slug, long epochSecond, int nano,
        int offsetSeconds, boolean draft, List<String> tags, List<String> categories, byte[] indexEntry, List<OutputFile> outputs) {

    /** The date as written in the article: instant and offset. */
    public OffsetDateTime date() {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano),
                ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    void write(DataOutputStream out) throws IOException {
        StateCodec.string(out, source);
        StateCodec.bytes(out, inputSha256);
        out.writeLong(links);
        StateCodec.string(out, slug);
        out.writeLong(epochSecond);
        out.writeInt(nano);
        out.writeInt(offsetSeconds);
        out.writeBoolean(draft);
        StateCodec.strings(out, tags);
        StateCodec.strings(out, categories);
        StateCodec.bytes(out, indexEntry);
        writeOutputs(out, outputs);
    }

    static PublishEntry read(DataInputStream in, StringPool pool) throws IOException {
        return new PublishEntry(StateCodec.string(in), StateCodec.bytes(in), in.readLong(), StateCodec.string(in),
                in.readLong(), in.readInt(), in.readInt(), in.readBoolean(), StateCodec.strings(in, pool),
                StateCodec.strings(in, pool), StateCodec.bytes(in), readOutputs(in));
    }

    static void writeOutputs(DataOutputStream out, List<OutputFile> outputs) throws IOException {
        out.writeInt(outputs.size());
        for (OutputFile f : outputs) {
            StateCodec.string(out, f.path());
            out.writeLong(f.size());
            out.writeLong(f.modified());
            StateCodec.string(out, f.from());
            out.writeLong(f.fromSize());
            out.writeLong(f.fromModified());
        }
    }

    static List<OutputFile> readOutputs(DataInputStream in) throws IOException {
        int n = StateCodec.count(in);
        OutputFile[] list = new OutputFile[n];
        for (int i = 0; i < n; i++) {
            list[i] = new OutputFile(StateCodec.string(in), in.readLong(), in.readLong(), StateCodec.string(in),
                    in.readLong(), in.readLong());
        }
        return List.of(list); // compact: most articles have two files
    }
}
