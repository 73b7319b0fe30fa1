package dev.articles.core.reader;

import java.util.List;

/**
 * What generating a reader did.
 *
 * @param status how it went
 * @param written files created or changed
 * @param unchanged files left as they were because their bytes were already right
 * @param deleted files of an earlier reader removed (a renamed package, say)
 * @param compileMillis how long the compiler took; 0 when it did not run
 * @param messages the compiler's errors ({@link Status#FAILED}) or warnings
 */
public record ReaderOutcome(Status status, int written, int unchanged, int deleted, long compileMillis,
        List<String> messages) {

    /** How generating a reader went. */
    public enum Status {
        /** Nothing changed since the last build: no file written, nothing compiled. */
        UP_TO_DATE,
        /** Generated and compiled; files written as needed. */
        GENERATED,
        /** This Java has no compiler (a runtime without the JDK's tools): nothing written. */
        NO_COMPILER,
        /** The compiler refused the sources (a bug of the generator): nothing written. */
        FAILED
    }
}
