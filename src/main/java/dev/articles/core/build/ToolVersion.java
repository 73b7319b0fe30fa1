package dev.articles.core.build;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Names the plugin build for the incremental state: its version and, since a snapshot is rebuilt under the same
 * version, the size and time of the jar (or class) the engine was loaded from.
 */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String of(String declaredVersion) {
        String where = "unknown";
        try {
            Path code = Path.of(ContentBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path file = Files.isDirectory(code)
                    ? code.resolve(ContentBuild.class.getName().replace('.', '/') + ".class") : code;
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            where = a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (URISyntaxException | RuntimeException | java.io.IOException e) {
            // no code source (an unusual class loader): the version alone
        }
        return declaredVersion + "/" + where;
    }
}
