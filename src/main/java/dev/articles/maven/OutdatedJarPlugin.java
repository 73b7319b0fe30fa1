package dev.articles.maven;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * Whether a project's jar would ignore {@code project.build.outputTimestamp}: maven-jar-plugin honours it since 3.2.0
 * (MJAR-263), but Maven 3.8 and older pack jars with 2.4 unless the pom pins a version. The bundle is byte for byte the
 * same from the same content either way; the jar around it then gets the build's time in every entry, so the writer
 * who set the timestamp for identical jars gets different ones without a word. A problem only when all three hold:
 * the timestamp is set, the project makes a jar, and its maven-jar-plugin is older than 3.2.0.
 */
final class OutdatedJarPlugin {
    /** The first maven-jar-plugin that writes {@code project.build.outputTimestamp} into the jar's entries. */
    static final String FIRST_HONOURING = "3.2.0";
    /** The version the warning advises pinning. */
    static final String ADVISED = "3.4.2";

    private static final String TIMESTAMP = "project.build.outputTimestamp";

    private OutdatedJarPlugin() {
    }

    /** The warning for {@code project}, or {@code null} when its jar honours the timestamp (or it makes no jar). */
    static String warning(MavenProject project) {
        String version = null;
        for (Plugin plugin : project.getBuildPlugins()) {
            if ("org.apache.maven.plugins".equals(plugin.getGroupId())
                    && "maven-jar-plugin".equals(plugin.getArtifactId())) {
                version = plugin.getVersion();
            }
        }
        return warning(project.getArtifactId(), project.getPackaging(), project.getProperties().getProperty(TIMESTAMP),
                version);
    }

    /**
     * The warning, or {@code null}.
     *
     * @param packaging the project's packaging; only {@code jar} is concerned
     * @param timestamp {@code project.build.outputTimestamp}, or {@code null}; a value of one character is maven's
     *     way of turning it off in a child pom, and counts as not set
     * @param jarPluginVersion the effective maven-jar-plugin version of the project's build, or {@code null} when
     *     unknown (then nothing is said)
     */
    static String warning(String artifactId, String packaging, String timestamp, String jarPluginVersion) {
        if (!"jar".equals(packaging) || timestamp == null || timestamp.strip().length() < 2
                || jarPluginVersion == null || jarPluginVersion.isBlank()
                || new ComparableVersion(jarPluginVersion.strip()).compareTo(new ComparableVersion(FIRST_HONOURING))
                        >= 0) {
            return null;
        }
        return "project.build.outputTimestamp is set, but " + artifactId + " is packed by maven-jar-plugin "
                + jarPluginVersion.strip() + ", which ignores it (it is honoured since " + FIRST_HONOURING + ", and "
                + "Maven 3.8 and older use 2.4 unless the pom says otherwise): the bundle is the same from the same "
                + "content, but the jar gets this build's time in every entry and differs from build to build. Pin a "
                + "newer maven-jar-plugin in the pom's <build><pluginManagement><plugins> (or <build><plugins>):\n"
                + "  <plugin>\n"
                + "    <artifactId>maven-jar-plugin</artifactId>\n"
                + "    <version>" + ADVISED + "</version>\n"
                + "  </plugin>";
    }
}
