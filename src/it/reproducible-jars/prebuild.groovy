// Runs before the first invocation. Copies the content project to elsewhere/checkout-2, as a second checkout in another folder would be: files are
// created in reverse order and get other modification times, so nothing may depend on either.
import java.nio.file.Files
import java.nio.file.Path

Path root = basedir.toPath()
Path copy = root.resolve('elsewhere/checkout-2')
List<Path> sources = []
[root.resolve('pom.xml')].each { sources << it }
['module-a', 'module-b', 'module-c'].each { module ->
    Files.walk(root.resolve(module)).withCloseable { s -> s.filter { Files.isRegularFile(it) }.forEach { sources << it } }
}
sources.sort()
long time = java.time.Instant.parse('2001-02-03T04:05:06Z').toEpochMilli()
sources.reverse().eachWithIndex { Path source, int i ->
    Path target = copy.resolve(root.relativize(source).toString())
    Files.createDirectories(target.parent)
    Files.copy(source, target)
    target.toFile().setLastModified(time + i * 60_000L)
}
// A checkout is a project root of its own, as the invoker makes this folder one with an empty .mvn: without it,
// Maven 4 takes this folder's reactor for the copy's and warns that the copy is not in it.
Files.createDirectories(copy.resolve('.mvn'))
assert Files.isRegularFile(copy.resolve('module-c/pom.xml'))
return true
