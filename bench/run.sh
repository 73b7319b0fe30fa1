#!/usr/bin/env bash
# Benchmark of articles-maven-plugin on generated corpora (and of Hugo on the same corpora, when installed).
# Run `bench/run.sh -h` for usage; the README section "Benchmark" explains what is measured and the targets.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [options] [SIZE...]

Generates corpora of SIZE articles each (default: 1000 10000 50000) with the deterministic generator
gen-corpus.py, builds a content project with articles-maven-plugin for each, and prints per size:
cold build, no-change rebuild and one-article-edited rebuild (wall time of the whole Maven command, the
plugin's own time, peak memory), jar size, a 256 MiB heap run (sizes >= 50000), Hugo on the same corpus
(when `hugo` is on PATH), and PASS/FAIL against the targets.

The plugin is taken from the local Maven repository, where the README's install command puts it:
  ./mvnw -q install -DskipTests -Dinvoker.skip=true
Builds run offline (-o).

Options:
  -h, --help         this message
  -w, --work DIR     work folder for corpora, build folders and results (env BENCH_WORK;
                     default: target/bench in the repository; note that `mvnw clean` deletes it)
  -g, --gen FILE     the corpus generator (env GEN_CORPUS; default: ../shared/bench/gen-corpus.py
                     relative to the repository root)
  -m, --mvn CMD      Maven command (env MVN; default: the repository's ./mvnw, the pinned Maven)
      --install      install the plugin from this repository first (the README's install command)
      --no-hugo      do not build with Hugo even when it is installed
      --seed S       generator seed (default 42)
      --lang L       generator language: ja, en or mixed (default ja)
      --jvm-config F JVM options for the content project's .mvn/jvm.config (env JVM_CONFIG; default
                     "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=128m", the README's
                     recommendation for content projects; "" for none, the JVM's defaults)

Environment: MAVEN_REPO_LOCAL (local repository, default ~/.m2/repository), MAVEN_OPTS (used as is for
the normal builds; the low-memory run uses MAVEN_OPTS=-Xmx256m), LOWMEM_SIZE (smallest size given the low-memory run,
default 50000), LOWMEM_TIMEOUT (its time limit in seconds, default 1800).

Results: a table on stdout, and in the work folder results.tsv (one row per size), targets.tsv,
machine.txt and report.txt (a copy of stdout). Corpora are generated once and reused.
EOF
}

die() { echo "bench/run.sh: $*" >&2; exit 1; }

REPO=$(cd "$(dirname "$0")/.." && pwd)

# ---- options -------------------------------------------------------------------------------------
WORK=${BENCH_WORK:-$REPO/target/bench}
GEN=${GEN_CORPUS:-}
MVN=${MVN:-$REPO/mvnw}
INSTALL=false
HUGO=true
SEED=42
LANG_OPT=ja
JVM_CONFIG=${JVM_CONFIG--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=128m}
SIZES=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    -w|--work) WORK=${2:?"$1 needs a folder"}; shift 2 ;;
    -g|--gen) GEN=${2:?"$1 needs a file"}; shift 2 ;;
    -m|--mvn) MVN=${2:?"$1 needs a command"}; shift 2 ;;
    --install) INSTALL=true; shift ;;
    --no-hugo) HUGO=false; shift ;;
    --seed) SEED=${2:?"$1 needs a number"}; shift 2 ;;
    --lang) LANG_OPT=${2:?"$1 needs ja, en or mixed"}; shift 2 ;;
    --jvm-config) [ $# -ge 2 ] || die "$1 needs JVM options (or \"\" for none)"; JVM_CONFIG=$2; shift 2 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "a size is a positive whole number of articles, not '$1'"
       SIZES+=("$1"); shift ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 50000)
case "$LANG_OPT" in ja|en|mixed) ;; *) die "--lang is ja, en or mixed, not '$LANG_OPT'" ;; esac
[[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed is a whole number, not '$SEED'"

if [ -z "$GEN" ]; then
  GEN=$REPO/../shared/bench/gen-corpus.py
  [ -f "$GEN" ] || die "no corpus generator at $GEN; give its path with --gen FILE or GEN_CORPUS=FILE"
fi
[ -f "$GEN" ] || die "no corpus generator at $GEN (from --gen or GEN_CORPUS)"
GEN=$(cd "$(dirname "$GEN")" && pwd)/$(basename "$GEN")
command -v python3 >/dev/null || die "python3 is needed to run the corpus generator"
command -v "$MVN" >/dev/null || die "no Maven command '$MVN' (set --mvn or MVN)"

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
REPORT=$WORK/report.txt
: > "$REPORT"
# Everything printed goes to stdout and to report.txt.
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# Old build output is moved aside and deleted when the script ends, never just before a timed build. On some file
# systems creating files soon after deleting tens of thousands is several times slower (ext4 without a journal, as on
# the machine of the README's figures, skips recently freed inodes one by one); that would slow whichever build,
# ours or Hugo's, came right after a deletion.
TRASH=$WORK/.trash # what an interrupted run left there goes at the end of this one
set_aside() { # PATH
  [ -e "$1" ] || return 0
  mkdir -p "$TRASH"
  mv "$1" "$TRASH/$(date +%s%N)-$(basename "$1")"
}

# ---- the plugin under test -----------------------------------------------------------------------
# The version is the repository's own; the jar is whatever the README's install command last put into the
# local repository. The benchmark never builds the plugin unless asked (--install), so it measures exactly
# what a content project would get.
VERSION=$(awk '/<artifactId>articles-maven-plugin<\/artifactId>/ { f = 1 }
               f && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$REPO/pom.xml")
[ -n "$VERSION" ] || die "cannot read the plugin version from $REPO/pom.xml"
LOCAL_REPO=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
REPO_ARGS=()
[ -z "${MAVEN_REPO_LOCAL:-}" ] || REPO_ARGS=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
PLUGIN_JAR=$LOCAL_REPO/dev/articles/articles-maven-plugin/$VERSION/articles-maven-plugin-$VERSION.jar
if $INSTALL; then
  say "Installing the plugin: ./mvnw -q install -DskipTests -Dinvoker.skip=true"
  (cd "$REPO" && "$MVN" -q ${REPO_ARGS[@]+"${REPO_ARGS[@]}"} install -DskipTests -Dinvoker.skip=true) \
    || die "installing the plugin failed"
fi
[ -f "$PLUGIN_JAR" ] || die "the plugin dev.articles:articles-maven-plugin:$VERSION is not installed in $LOCAL_REPO.
Install it from the repository root with
  ./mvnw -q install -DskipTests -Dinvoker.skip=true
or run this script with --install."
# The local repository is shared: a plugin installed while the benchmark runs would mix two plugin builds in
# one set of figures. Each build is followed by a check of the jar.
PLUGIN_SUM=$(cksum < "$PLUGIN_JAR")
PLUGIN_CHANGED=false
plugin_check() {
  if [ "$(cksum < "$PLUGIN_JAR")" != "$PLUGIN_SUM" ]; then
    PLUGIN_CHANGED=true
    PLUGIN_SUM=$(cksum < "$PLUGIN_JAR")
    say "  !! the plugin jar in the local repository was replaced during this run; figures mix two plugin builds"
  fi
}

# ---- timing --------------------------------------------------------------------------------------
# GNU time gives wall time and the peak resident set size (%M, KiB) of the command. mvnw and bin/mvn exec
# java, and hugo is one process, so %M is the JVM's (or Hugo's) peak. Without GNU time, wall time comes from
# the shell and memory is not measured.
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o /dev/null true 2>/dev/null; then
  GNU_TIME=true
else
  GNU_TIME=false
fi
T_WALL= T_RSS= T_RC=
# timed LOG CMD...: runs CMD with stdout and stderr to LOG; sets T_WALL (s), T_RSS (MB or n/a), T_RC.
timed() {
  local log=$1; shift
  local tf=$WORK/.time
  T_RC=0
  # What earlier builds wrote (20,000 files and a 41 MB jar for 10,000 articles) is still being written back to the
  # disk for up to half a minute; flushed first, so that it does not slow the build timed next, ours or Hugo's.
  sync
  if $GNU_TIME; then
    /usr/bin/time -f '%e %M' -o "$tf" "$@" > "$log" 2>&1 || T_RC=$?
    # On failure GNU time writes a "Command exited with non-zero status" line first.
    read -r T_WALL T_RSS < <(tail -n 1 "$tf")
    T_RSS=$(( T_RSS / 1024 ))
  else
    local t0 t1
    t0=${EPOCHREALTIME:-$(date +%s)}
    "$@" > "$log" 2>&1 || T_RC=$?
    t1=${EPOCHREALTIME:-$(date +%s)}
    T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    T_RSS=n/a
  fi
}

# The timed Maven command is `mvn -o -q package` plus:
#  -B           batch mode (no colours in the log);
#  -Dorg.slf4j.simpleLogger.log.dev.articles=info
#               lets the plugin's INFO and WARNING lines through -q (all other output stays quiet), so the
#               plugin's own time can be read from the very run that is timed; writing these few lines
#               to the log costs nothing measurable.
MVN_PACKAGE=("$MVN" -B -o -q ${REPO_ARGS[@]+"${REPO_ARGS[@]}"} package -Dorg.slf4j.simpleLogger.log.dev.articles=info -f)

# The plugin's INFO line ends with "; 4012 ms in all -> target/classes"; older plugins print no time.
plugin_ms() {
  local ms
  ms=$(sed -n 's/.*; \([0-9][0-9]*\) ms in all.*/\1/p' "$1" | tail -n 1)
  echo "${ms:-n/a}"
}

build_or_die() { # LOG: stop when a build that has to pass did not
  if [ "$T_RC" -ne 0 ]; then
    tail -n 30 "$1" >&2
    die "the build failed (exit $T_RC); full log: $1"
  fi
}

# ---- machine facts -------------------------------------------------------------------------------
strip_ansi() { sed 's/\x1b\[[0-9;]*m//g'; }
HUGO_VERSION=
if $HUGO; then
  if command -v hugo >/dev/null; then
    HUGO_VERSION=$(hugo version 2>/dev/null | awk '{ print $2 }')
  else
    HUGO=false
    HUGO_NOTE="hugo is not on PATH: Hugo comparison skipped (install it, e.g. apt-get install hugo)"
  fi
else
  HUGO_NOTE="Hugo comparison skipped (--no-hugo)"
fi
{
  echo "date:        $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "cpu:         $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
  echo "ram:         $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
  echo "load:        $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min, at start)"
  echo "java:        $(java -version 2>&1 | head -n 1)"
  echo "maven:       $("$MVN" -B -v 2>/dev/null | strip_ansi | head -n 1) ($MVN)"
  echo "MAVEN_OPTS:  ${MAVEN_OPTS:-(none)}"
  echo "jvm.config:  ${JVM_CONFIG:-(none: JVM defaults)} (the content project's .mvn/jvm.config)"
  echo "plugin:      dev.articles:articles-maven-plugin:$VERSION, $PLUGIN_JAR"
  echo "             installed $(date -u -r "$PLUGIN_JAR" '+%Y-%m-%d %H:%M:%S UTC'), repository at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "hugo:        ${HUGO_VERSION:-not used}"
  echo "timing:      $($GNU_TIME && echo "GNU time (/usr/bin/time -f %M for peak RSS)" || echo "shell clock; peak memory not measured (no GNU time)")"
  echo "corpus:      $GEN --seed $SEED --lang $LANG_OPT"
} > "$WORK/machine.txt"
say "articles-maven-plugin benchmark"
tee -a "$REPORT" < "$WORK/machine.txt"
[ -z "${HUGO_NOTE:-}" ] || say "note:        $HUGO_NOTE"
say ""

# ---- corpus --------------------------------------------------------------------------------------
# corpus DIR N: generates once; the marker records the arguments and the generator's checksum, so a changed
# generator or seed regenerates instead of measuring stale files.
corpus() {
  local dir=$1 n=$2 want
  want="$n $SEED $LANG_OPT $(cksum < "$GEN")"
  if [ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$want" ]; then
    return
  fi
  say "generating $n articles into $dir ..."
  rm -rf "$dir" "$dir.tmp"
  python3 "$GEN" "$dir.tmp" "$n" --seed "$SEED" --lang "$LANG_OPT" > /dev/null
  mv "$dir.tmp" "$dir"
  echo "$want" > "$dir/.complete"
}

# ---- content project -----------------------------------------------------------------------------
# Only `bundle` is bound: it runs every check of `validate` itself. No failOnWarning: the generator plants
# warnings (dates after today) and the build must pass with them, like a real site.
write_pom() {
  local pom=$1 content=$2
  cat > "$pom" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bench/run.sh: the content project of the benchmark. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.articles.bench</groupId>
  <artifactId>site</artifactId>
  <version>1.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <!-- 3.5.0: packs the 50,000-article jar in a 256 MB heap, where 3.4.2 ran out of memory -->
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <groupId>dev.articles</groupId>
        <artifactId>articles-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <contentDirectory>$content</contentDirectory>
          <timeZone>UTC</timeZone>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>bundle</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

# ---- Hugo site -----------------------------------------------------------------------------------
# Minimal and comparable: the same files as content (contentDir points at the corpus, nothing copied),
# one page per article with its rendered body, plus the home page, the sections and the tag and category
# pages as lists (our bundle has index.json, tags.json and categories.json). No RSS, sitemap, robots.txt
# or 404 page, which the bundle has no counterpart of. buildFuture: the corpus has articles dated after
# today, which Hugo would otherwise leave out and the plugin publishes (with a warning).
write_hugo_site() {
  local site=$1 content=$2
  set_aside "$site"
  mkdir -p "$site/layouts/_default"
  cat > "$site/config.toml" <<EOF
baseURL = "https://example.org/"
title = "bench"
contentDir = "$content"
buildFuture = true
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
EOF
  cat > "$site/layouts/_default/single.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>
EOF
  cat > "$site/layouts/_default/list.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
EOF
}

# ---- helpers -------------------------------------------------------------------------------------
fmt_ms() { [ "$1" = n/a ] && echo n/a || echo "$1 ms"; }
verdict() { # CONDITION (awk expression over numbers) -> PASS/FAIL
  awk "BEGIN { exit !($1) }" && echo PASS || echo FAIL
}
declare -A R # results by "size:key"

# ---- per size ------------------------------------------------------------------------------------
for N in "${SIZES[@]}"; do
  CORPUS=$WORK/corpus-$LANG_OPT-s$SEED-$N
  SITE=$WORK/site-$N
  LOGS=$WORK/logs-$N
  corpus "$CORPUS" "$N"
  mkdir -p "$SITE" "$LOGS"
  write_pom "$SITE/pom.xml" "$CORPUS/_posts"
  mkdir -p "$SITE/.mvn"
  if [ -n "$JVM_CONFIG" ]; then printf '%s\n' "$JVM_CONFIG" > "$SITE/.mvn/jvm.config"; else rm -f "$SITE/.mvn/jvm.config"; fi
  OUT=$SITE/target/classes/META-INF/articles
  JAR=$SITE/target/site-1.0.0.jar
  say "== $N articles ($(du -sm "$CORPUS/_posts" | cut -f 1) MB of Markdown in $CORPUS)"

  # Cold: no target/ at all, so nothing is reused.
  set_aside "$SITE/target"
  timed "$LOGS/cold.log" "${MVN_PACKAGE[@]}" "$SITE/pom.xml"
  build_or_die "$LOGS/cold.log"
  R[$N:cold]=$T_WALL R[$N:cold_ms]=$(plugin_ms "$LOGS/cold.log") R[$N:cold_mb]=$T_RSS
  R[$N:jar]=$(wc -c < "$JAR")
  [ -d "$OUT" ] || die "no bundle in $OUT after the cold build (log: $LOGS/cold.log)"
  say "$(printf '  %-22s %8s s   plugin %9s   peak %6s MB   jar %s bytes' "cold build" "$T_WALL" \
        "$(fmt_ms "${R[$N:cold_ms]}")" "$T_RSS" "${R[$N:jar]}")"
  plugin_check

  # No change: nothing may be written, not even the jar. The stamp is touched after the previous build
  # ended, so any file written by this build is newer than it.
  touch "$WORK/.stamp"
  timed "$LOGS/nochange.log" "${MVN_PACKAGE[@]}" "$SITE/pom.xml"
  build_or_die "$LOGS/nochange.log"
  R[$N:noch]=$T_WALL R[$N:noch_ms]=$(plugin_ms "$LOGS/nochange.log") R[$N:noch_mb]=$T_RSS
  written=$( { find "$OUT" -type f -newer "$WORK/.stamp"; find "$JAR" -newer "$WORK/.stamp"; } | wc -l)
  R[$N:noch_written]=$written
  say "$(printf '  %-22s %8s s   plugin %9s   peak %6s MB   files written: %s' "no-change rebuild" "$T_WALL" \
        "$(fmt_ms "${R[$N:noch_ms]}")" "$T_RSS" "$written")"
  plugin_check

  # One article's body edited (a sentence appended): only its JSON and HTML may be rewritten, plus the
  # index and taxonomy files. The original file is put back afterwards (also on Ctrl-C), so the corpus stays
  # the generator's.
  victim=$(find "$CORPUS/_posts" -name "*-post-$(printf '%06d' $(( N / 2 ))).md" | head -n 1)
  [ -n "$victim" ] || die "cannot find article number $(( N / 2 )) in $CORPUS"
  # Its files in the bundle are named by its id: its path below the content directory without extension.
  id=${victim#"$CORPUS/_posts/"}; id=${id%.md}
  cp -p "$victim" "$WORK/.victim"
  trap 'cp -p "$WORK/.victim" "$victim"' EXIT
  trap 'exit 130' INT TERM # runs the EXIT trap
  printf '\nこの段落はベンチマークの編集で追加された。\n' >> "$victim"
  touch "$WORK/.stamp"
  timed "$LOGS/edit.log" "${MVN_PACKAGE[@]}" "$SITE/pom.xml"
  cp -p "$WORK/.victim" "$victim"
  trap - EXIT INT TERM
  build_or_die "$LOGS/edit.log"
  R[$N:edit]=$T_WALL R[$N:edit_ms]=$(plugin_ms "$LOGS/edit.log") R[$N:edit_mb]=$T_RSS
  newer=$(cd "$OUT" && find . -type f -newer "$WORK/.stamp" | sed 's|^\./||' | sort)
  others=$(printf '%s\n' "$newer" | grep -v -E "^(bundles\.txt|[^/]+/(index|tags|categories)\.json|[^/]+/articles/$id\.(json|html))$" \
           | grep -c . || true)
  has_edit=$(printf '%s\n' "$newer" | grep -c -E "^[^/]+/articles/$id\.html$" || true)
  R[$N:edit_written]=$(printf '%s\n' "$newer" | grep -c . || true)
  R[$N:edit_others]=$others
  R[$N:edit_seen]=$has_edit
  say "$(printf '  %-22s %8s s   plugin %9s   peak %6s MB   files written: %s (%s not of %s or index/taxonomy)' \
        "one article edited" "$T_WALL" "$(fmt_ms "${R[$N:edit_ms]}")" "$T_RSS" "${R[$N:edit_written]}" "$others" "$id")"
  [ "$has_edit" -eq 1 ] || say "  !! the edited article's HTML ($id.html) was not rewritten: the bundle is stale"
  plugin_check

  # A site of 50k articles must build in a 256 MiB heap (cold, so everything is read and rendered).
  R[$N:lowmem]=-
  if [ "$N" -ge "${LOWMEM_SIZE:-50000}" ]; then
    set_aside "$SITE/target"
    # timeout: a heap that is too small can make the JVM crawl in garbage collection instead of failing.
    limit=()
    ! command -v timeout >/dev/null || limit=(timeout "${LOWMEM_TIMEOUT:-1800}")
    timed "$LOGS/xmx256m.log" env MAVEN_OPTS=-Xmx256m ${limit[@]+"${limit[@]}"} "${MVN_PACKAGE[@]}" "$SITE/pom.xml"
    R[$N:lowmem]=$([ "$T_RC" -eq 0 ] && echo PASS || echo FAIL)
    say "$(printf '  %-22s %8s s   %-16s   peak %6s MB   exit %s, log %s' "cold, -Xmx256m" "$T_WALL" "${R[$N:lowmem]}" \
          "$T_RSS" "$T_RC" "$LOGS/xmx256m.log")"
    plugin_check
  fi

  # Hugo on the same corpus, timed as a whole command like Maven.
  R[$N:hugo]=- R[$N:hugo_mb]=- R[$N:hugo_pages]=-
  if $HUGO; then
    HSITE=$WORK/hugo-$N
    write_hugo_site "$HSITE" "$CORPUS/_posts"
    timed "$LOGS/hugo.log" hugo --quiet --source "$HSITE" --destination "$HSITE/public"
    if [ "$T_RC" -ne 0 ]; then
      tail -n 20 "$LOGS/hugo.log" >&2
      say "  hugo failed (exit $T_RC; log $LOGS/hugo.log)"
      R[$N:hugo]=FAIL
    else
      # Article pages are {section}/{file name}/index.html; list pages are not counted.
      pages=$(find "$HSITE/public" -path '*-post-[0-9]*/index.html' | wc -l)
      R[$N:hugo]=$T_WALL R[$N:hugo_mb]=$T_RSS R[$N:hugo_pages]=$pages
      say "$(printf '  %-22s %8s s                       peak %6s MB   article pages: %s of %s%s' "Hugo $HUGO_VERSION" \
            "$T_WALL" "$T_RSS" "$pages" "$N" "$([ "$pages" -eq "$N" ] || echo '  !! not all articles rendered')")"
      say "$(printf '  %-22s %8s' "ours/Hugo (cold)" "$(awk -v a="${R[$N:cold]}" -v b="$T_WALL" 'BEGIN { printf "%.2f", a / b }')")"
    fi
    set_aside "$HSITE/public" # up to 1 GB at 50k; the page count above is what was needed
  fi
  say ""
done

# ---- summary table -------------------------------------------------------------------------------
say "Summary (wall time of the whole Maven command in s, the plugin's own time in ms in brackets)"
row='%-7s %-18s %-18s %-18s %-8s %-12s %-8s %-8s %-8s %-9s'
say "$(printf "$row" size cold no-change edit "peak MB" "jar bytes" Xmx256m "Hugo s" "Hugo MB" ours/Hugo)"
TSV=$WORK/results.tsv
printf 'size\tcold_s\tcold_plugin_ms\tcold_peak_mb\tnochange_s\tnochange_plugin_ms\tnochange_peak_mb\tnochange_files_written\tedit_s\tedit_plugin_ms\tedit_peak_mb\tedit_files_written\tedit_other_files_written\tjar_bytes\txmx256m\thugo_s\thugo_peak_mb\thugo_article_pages\n' > "$TSV"
for N in "${SIZES[@]}"; do
  peak=$(printf '%s\n' "${R[$N:cold_mb]}" "${R[$N:noch_mb]}" "${R[$N:edit_mb]}" | sort -n | tail -n 1)
  ratio=-
  [[ "${R[$N:hugo]}" =~ ^[0-9.]+$ ]] && ratio=$(awk -v a="${R[$N:cold]}" -v b="${R[$N:hugo]}" 'BEGIN { printf "%.2f", a / b }')
  say "$(printf "$row" "$N" "${R[$N:cold]} (${R[$N:cold_ms]})" "${R[$N:noch]} (${R[$N:noch_ms]})" \
        "${R[$N:edit]} (${R[$N:edit_ms]})" "$peak" "${R[$N:jar]}" "${R[$N:lowmem]}" "${R[$N:hugo]}" "${R[$N:hugo_mb]}" "$ratio")"
  fields=("$N" "${R[$N:cold]}" "${R[$N:cold_ms]}" "${R[$N:cold_mb]}" "${R[$N:noch]}" "${R[$N:noch_ms]}"
    "${R[$N:noch_mb]}" "${R[$N:noch_written]}" "${R[$N:edit]}" "${R[$N:edit_ms]}" "${R[$N:edit_mb]}"
    "${R[$N:edit_written]}" "${R[$N:edit_others]}" "${R[$N:jar]}" "${R[$N:lowmem]}" "${R[$N:hugo]}"
    "${R[$N:hugo_mb]}" "${R[$N:hugo_pages]}")
  (IFS=$'\t'; echo "${fields[*]}") >> "$TSV"
done
say ""

# ---- targets -------------------------------------------------------------------------------------
# A target is "n/a" when its size was not run, or the plugin did not print its time (older plugins).
TARGETS=$WORK/targets.tsv
printf 'target\tmeasured\tverdict\n' > "$TARGETS"
target() { # NAME MEASURED VERDICT
  say "$(printf '  %-4s  %-58s %s' "$3" "$1" "$2")"
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$TARGETS"
}
has() { [ -n "${R[$1:cold]:-}" ]; }
num() { [[ "$1" =~ ^[0-9.]+$ ]]; }
say "Targets"
if has 10000 && num "${R[10000:hugo]:-}"; then
  target "cold 10k <= 0.6 x Hugo (same run)" "${R[10000:cold]} s vs 0.6 x ${R[10000:hugo]} s" \
    "$(verdict "${R[10000:cold]} <= 0.6 * ${R[10000:hugo]}")"
else
  target "cold 10k <= 0.6 x Hugo (same run)" "needs size 10000 and Hugo" n/a
fi
if has 10000 && num "${R[10000:cold_ms]}"; then
  rate=$(awk -v ms="${R[10000:cold_ms]}" 'BEGIN { printf "%.0f", 10000 / (ms / 1000) }')
  target "plugin >= 2000 articles/s (10k, cold)" "$rate articles/s" "$(verdict "$rate >= 2000")"
else
  target "plugin >= 2000 articles/s (10k, cold)" "needs size 10000 and the plugin's time" n/a
fi
for N in 10000 50000; do
  limit=$([ $N -eq 10000 ] && echo 300 || echo 1000)
  if has $N && num "${R[$N:noch_ms]}"; then
    target "no change $((N / 1000))k: plugin <= $limit ms" "${R[$N:noch_ms]} ms" "$(verdict "${R[$N:noch_ms]} <= $limit")"
  else
    target "no change $((N / 1000))k: plugin <= $limit ms" "needs size $N and the plugin's time" n/a
  fi
done
for N in "${SIZES[@]}"; do
  target "no change $N: no file written (bundle, jar)" "${R[$N:noch_written]} written" \
    "$(verdict "${R[$N:noch_written]} == 0")"
done
if has 10000 && num "${R[10000:edit_ms]}"; then
  target "one edit 10k: plugin <= 500 ms" "${R[10000:edit_ms]} ms" "$(verdict "${R[10000:edit_ms]} <= 500")"
else
  target "one edit 10k: plugin <= 500 ms" "needs size 10000 and the plugin's time" n/a
fi
for N in "${SIZES[@]}"; do
  target "one edit $N: only its files and index/taxonomy written" \
    "${R[$N:edit_written]} written, ${R[$N:edit_others]} others, edited HTML $([ "${R[$N:edit_seen]}" -eq 1 ] && echo new || echo 'NOT new')" \
    "$(verdict "${R[$N:edit_others]} == 0 && ${R[$N:edit_seen]} == 1")"
done
if has 50000; then
  target "50k builds with MAVEN_OPTS=-Xmx256m" "exit status" "${R[50000:lowmem]}"
else
  target "50k builds with MAVEN_OPTS=-Xmx256m" "needs size 50000" n/a
fi
if has 10000 && has 50000; then
  scale=$(awk -v a="${R[50000:cold]}" -v b="${R[10000:cold]}" 'BEGIN { printf "%.2f", a / b }')
  target "cold 50k <= 5.5 x cold 10k" "ratio $scale" "$(verdict "$scale <= 5.5")"
else
  target "cold 50k <= 5.5 x cold 10k" "needs sizes 10000 and 50000" n/a
fi
say ""
! $PLUGIN_CHANGED || say "!! The plugin jar was replaced during the run (see above): run again for consistent figures."
say "Results: $TSV, $TARGETS, $WORK/machine.txt, $REPORT; build logs in $WORK/logs-SIZE/"
# The old build output, deleted only now that nothing is timed any more (see set_aside).
rm -rf "$TRASH"
