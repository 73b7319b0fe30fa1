package dev.articles.core.reader;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * What to generate a reader for, and where.
 *
 * @param names the reader's package and class names
 * @param bundleName the bundle it reads
 * @param frontMatterSchema the user's front matter schema, whose fields become typed accessors, or {@code null}
 * @param zone the zone of extra dates and times written without an offset (the build's {@code timeZone})
 * @param generator the plugin's version, named in the sources (letters, digits, {@code .}, {@code -}, {@code +})
 * @param groupId the content project's group id (named in messages, and the native image configuration's folder)
 * @param artifactId the content project's artifact id
 * @param sourceDirectory where the sources are written ({@code target/generated-sources/articles})
 * @param classesDirectory where the class files, a copy of the sources (for IDEs) and the native image
 *     configuration are written: the folder the jar is made from
 * @param recordFile where the generator records what it wrote, so the next build can tell what changed
 */
public record ReaderRequest(ReaderNames names, String bundleName, Path frontMatterSchema, ZoneId zone,
        String generator, String groupId, String artifactId, Path sourceDirectory, Path classesDirectory,
        Path recordFile) {

    public ReaderRequest {
        generator = generator == null ? "unknown" : generator.replaceAll("[^A-Za-z0-9._+-]", "_");
    }
}
