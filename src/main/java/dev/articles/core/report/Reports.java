package dev.articles.core.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes both reports of a run into one folder: {@value #SARIF} and {@value #JSON}. */
public final class Reports {
    public static final String SARIF = "report.sarif";
    public static final String JSON = "report.json";

    private Reports() {
    }

    /**
     * @param directory the folder to write to (created when missing)
     * @param baseDirectory the folder report paths are relative to (the project folder)
     * @param toolVersion the plugin's version
     */
    public static void write(Path directory, ContentResult result, Path baseDirectory, String toolVersion)
            throws IOException {
        ReportJson.write(directory.resolve(SARIF), SarifReport.bytes(result, baseDirectory, toolVersion));
        ReportJson.write(directory.resolve(JSON), JsonReport.bytes(result, baseDirectory, toolVersion));
    }
}
