// Shared by the verify scripts of ITs that run several builds: the runs of build.log, lines with their timings
// taken out, and checks that all run, their failures reported together at the end. A verify script loads it with
//   def buildLog = evaluate(new File(basedir, '../../../src/it/build-log.groovy')).newInstance(basedir)
class BuildLog {
    /** Each build's lines, in order. */
    final List<List<String>> runs
    private final List<String> failures = []

    BuildLog(File basedir) {
        String text = new File(basedir, 'build.log').getText('UTF-8')
        runs = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1).collect { it.readLines() }
    }

    /** Runs a group of assertions; a failure is kept and the next group still runs. */
    void check(String what, Closure body) {
        try {
            body()
        } catch (AssertionError e) {
            failures << "${what}: ${e.message}".toString()
        }
    }

    /** A log line without its timings, which vary from run to run. */
    static String strip(String line) {
        line.replaceAll(/ \(\d+ ms\)/, '').replaceAll(/; \d+ ms in all/, '')
    }

    /** The files below {@code dir}, relative to it with {@code /}, sorted; none when it does not exist. */
    static List<String> filesUnder(File dir) {
        List<String> names = []
        if (dir.isDirectory()) {
            dir.eachFileRecurse(groovy.io.FileType.FILES) {
                names << dir.toPath().relativize(it.toPath()).toString().replace(File.separator, '/')
            }
        }
        names.sort()
    }

    /** Fails with every failed group. */
    void finish() {
        assert failures.isEmpty() : failures.size() + ' failed:\n\n' + failures.join('\n\n')
    }
}
return BuildLog
