package dev.articles.core.preview;

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
 */
public record PreviewOptions(InetSocketAddress address, Path workDirectory, Path baseDirectory, String toolVersion,
        boolean warningsStop, ZoneId zone) {

    public PreviewOptions {
        Objects.requireNonNull(address, "address");
        workDirectory = workDirectory.toAbsolutePath().normalize();
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(zone, "zone");
    }
}
