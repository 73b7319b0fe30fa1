package dev.articles.core.reader;

import java.time.ZoneId;

/**
 * What a reader's sources are made from: everything that decides their text.
 *
 * @param names the package and class names
 * @param bundleName the bundle the reader reads
 * @param schema the typed extra fields
 * @param zone the zone of extra dates and times written without an offset
 * @param generator the plugin's version, named in the sources
 * @param groupId the content project's group id
 * @param artifactId the content project's artifact id
 */
record ReaderSpec(ReaderNames names, String bundleName, ExtraSchema schema, ZoneId zone, String generator,
        String groupId, String artifactId) {
}
