// articles:preview runs until it is stopped. Here it runs in a Maven of its own (the one running the ITs, with the
// same local repositories), on a free port; the index is fetched while it runs, then it gets SIGINT, the signal
// Ctrl-C sends, and must stop cleanly: its last line says so, no stack trace, no error, the port closed.
import java.util.concurrent.TimeUnit

if (System.getProperty('os.name').toLowerCase().contains('windows')) {
    println 'preview-ctrl-c: no SIGINT to send on Windows; skipped'
    return true
}

File mvn = new File(System.getProperty('maven.home'), 'bin/mvn')
assert mvn.isFile() : "no Maven at ${mvn}"
List<String> command = ['sh', mvn.path, '-B', '-ntp',
                        "-Dmaven.repo.local=${localRepositoryPath}".toString(),
                        "-Dmaven.repo.local.tail=${localRepositoryTail}".toString(),
                        // as for the other ITs: Maven 4's repository prefix lookup warns here (closed network)
                        '-Daether.remoteRepositoryFilter.prefixes=false',
                        'articles:preview', '-Darticles.port=0']
File settings = new File(basedir, '../interpolated-settings.xml')
if (settings.isFile()) {
    command.addAll(2, ['-s', settings.path]) // after the script: options of Maven, not of sh
}
File log = new File(basedir, 'preview.log')
Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
List<String> lines = Collections.synchronizedList([])
Thread reader = Thread.start {
    log.withWriter('UTF-8') { out ->
        process.inputStream.eachLine('UTF-8') { line ->
            lines << line
            out.println(line)
            out.flush()
        }
    }
}

def await = { String what, long seconds, Closure<Boolean> condition ->
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds)
    while (!condition()) {
        if (System.nanoTime() > end || !process.isAlive() && !condition()) {
            process.destroyForcibly()
            assert false : "${what} not within ${seconds} s; see ${log}:\n" + lines.join('\n')
        }
        Thread.sleep(100)
    }
}

String url = null
try {
    await('the preview\'s address', 180) {
        String line = lines.find { it ==~ /\[INFO\] Preview at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops it\)/ }
        url = line == null ? null : (line =~ /http:\S+/)[0]
        url != null
    }
    String index = new URL(url).getText('UTF-8')
    assert index.contains('プレビューの記事') : index
    assert index.contains('<a class="title" href="/articles/hello/">') : index

    // A process started with SIGINT ignored (a background job of a shell without job control) never sees Ctrl-C;
    // the JVM then does not listen for it, and SIGTERM, which runs the same shutdown, stands in.
    long pid = process.pid()
    String status = new File("/proc/${pid}/status").with { it.isFile() ? it.text : '' }
    String ignored = status.readLines().find { it.startsWith('SigIgn:') }
    boolean intIgnored = ignored != null && (Long.parseLong(ignored.split(/\s+/)[1], 16) & 2L) != 0
    String signal = intIgnored ? 'TERM' : 'INT'
    if (intIgnored) {
        println "preview-ctrl-c: SIGINT is ignored in this environment; stopping with SIGTERM"
    }
    assert ['kill', "-${signal}", pid.toString()].execute().waitFor() == 0
    assert process.waitFor(60, TimeUnit.SECONDS) : "still running 60 s after SIGINT; see ${log}"
    reader.join(10_000)
} finally {
    if (process.isAlive()) {
        process.destroyForcibly()
    }
}

String text = lines.join('\n')
assert lines.contains('[INFO] Preview stopped') : text
assert lines.any { it ==~ /\[INFO\] Preview build 1: 1 article, 0 errors, 0 warnings; .*/ } : text
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : text
assert !lines.any { it.contains('Exception') || it ==~ /\s+at [\w.$]+\(.*\)/ } : 'no stack trace:\n' + text
// The port is closed.
try {
    new URL(url).getText()
    assert false : "${url} still answers"
} catch (IOException expected) {
    // refused
}
return true
