package dev.articles.core.preview;

import dev.articles.core.bundle.FeedSettings;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to run a preview.
 *
 * @param address where the server listens; port 0 picks a free port
 * @param workDirectory the preview's own folder ({@code target/articles/preview}): the rendered bundle and the
 *     incremental state of its renders
 * @param baseDirectory the folder file paths are shown relative to (the project folder)
 * @param toolVersion identifies the plugin build, for the incremental state ({@code ToolVersion.of})
 * @param warningsStop whether warnings, like errors, keep the content from being rendered (as {@code failOnWarning}
 *     keeps {@code articles:bundle} from writing)
 * @param zone the zone the pages show times of renders in
 * @param feeds the feeds' settings, as {@code articles:bundle} has them, or {@code null} for a render without feeds
 *     and sitemap (no site address)
 */
public record PreviewOptions(InetSocketAddress address, Path workDirectory, Path baseDirectory, String toolVersion,
        boolean warningsStop, ZoneId zone, FeedSettings feeds) {

    /** Options for a render without feeds. */
    public PreviewOptions(InetSocketAddress address, Path workDirectory, Path baseDirectory, String toolVersion,
            boolean warningsStop, ZoneId zone) {
        this(address, workDirectory, baseDirectory, toolVersion, warningsStop, zone, null);
    }

    public PreviewOptions {
        Objects.requireNonNull(address, "address");
        workDirectory = workDirectory.toAbsolutePath().normalize();
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(zone, "zone");
    }
}
