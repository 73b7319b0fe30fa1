package dev.articles.core.state;

import dev.articles.core.bundle.BundleWriter;
import dev.articles.core.bundle.OutputFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * What publishing one article wrote, kept between builds so an article whose file, links and settings did not change
 * is not rendered or written again, and so the bundle's index can be rebuilt without it.
 *
 * @param source the article file, relative to the content directory
 * @param inputSha256 the SHA-256 of the file's bytes it was rendered from
 * @param links a hash of where each of its links and images led: when another article's address or an image changes,
 *     this article's HTML changes too
 * @param listed what the bundle's shared files need of it (its id, address, date, terms and index entry)
 * @param outputs the files written for it: its HTML, its JSON record and the assets it refers to
 */
public record PublishEntry(String source, byte[] inputSha256, long links, BundleWriter.Listed listed,
        List<OutputFile> outputs) {

    void write(DataOutputStream out) throws IOException {
        StateCodec.string(out, source);
        StateCodec.bytes(out, inputSha256);
        out.writeLong(links);
        StateCodec.string(out, listed.id());
        StateCodec.string(out, listed.url());
        StateCodec.string(out, listed.collection());
        out.writeLong(listed.epochSecond());
        out.writeInt(listed.nano());
        out.writeInt(listed.offsetSeconds());
        out.writeBoolean(listed.draft());
        StateCodec.strings(out, listed.tags());
        StateCodec.strings(out, listed.categories());
        StateCodec.bytes(out, listed.indexEntry());
        writeOutputs(out, outputs);
    }

    static PublishEntry read(DataInputStream in, StringPool pool) throws IOException {
        String source = StateCodec.string(in);
        byte[] sha = StateCodec.bytes(in);
        long links = in.readLong();
        BundleWriter.Listed listed = new BundleWriter.Listed(StateCodec.string(in), StateCodec.string(in),
                pool.of(StateCodec.string(in)), in.readLong(), in.readInt(), in.readInt(), in.readBoolean(),
                StateCodec.strings(in, pool), StateCodec.strings(in, pool), StateCodec.bytes(in));
        return new PublishEntry(source, sha, links, listed, readOutputs(in));
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
