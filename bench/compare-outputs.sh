#!/usr/bin/env bash
# Proof of "no behaviour change": builds the plugin at a base revision and the plugin of the current work tree
# (or of another revision), runs both on the same inputs and compares what they produce byte for byte.
# Run `bench/compare-outputs.sh -h` for usage.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/compare-outputs.sh [options]

Builds articles-maven-plugin twice - at a base revision and from the current work tree (or --new REV) -
each installed into a local Maven repository of its own, runs both on the same content projects, step by
step, and compares everything they produce byte for byte. Prints one line per input/step, SAME or
DIFFERENT (with the differences), then "compare-outputs: N same, M different". Exit status: 0 when
everything is the same, 1 when anything differs, 2 when the comparison could not be made.

Options:
  -h, --help          this message
  -b, --base REV      base revision (default 023342a, the commit before the restructuring)
  -n, --new REV       compare with revision REV instead of the work tree (e.g. REV against itself, or
                      a commit of another worktree: all worktrees share the repository's commits)
  -s, --seeds DIR     folder of seed articles (*.txt: Markdown with front matter); env SEEDS; default
                      ../shared/seeds relative to the repository root, used only if it exists
  -g, --gen FILE      the corpus generator gen-corpus.py; env GEN_CORPUS; default
                      ../shared/bench/gen-corpus.py relative to the repository root, used only if present
  -w, --work DIR      work folder (env CMP_WORK; default /work/cmp); holds the plugins' sources and local
                      repositories, generated corpora, the content projects and the results (DIR/out)
  -k, --keep-base     reuse the base plugin installed by an earlier run (when built from the same commit)
  -i, --inputs LIST   comma-separated subset of: site,seeds,corpus,corpus-defects (default: all)
      --steps LIST    comma-separated step numbers to run (default: all, 01 to 08; e.g. 01,02,03,04 for a
                      quicker run); steps run in order, each starting from what the previous one left
      --size N        articles in the generated corpora (default 2000)
      --defects F     fraction of articles with a planted defect in corpus-defects (default 0.02)
      --offline       never let Maven go online; by default a plugin build that cannot resolve its
                      (test) dependencies offline is retried online, downloading only into its own local
                      repository
  -m, --mvn CMD       Maven for the content builds (env MVN; default the repository's ./mvnw; Maven 3.9+
                      as the local repositories use maven.repo.local.tail)

The plugins: the base revision is exported with git archive into DIR/base-src; the work tree (its tracked
files and untracked ones that are not ignored, as they are on disk now) is copied into DIR/new-src, so
nothing is built inside the repository. Each is installed with the README's command plus -B and -o,
  ./mvnw -B -q -o install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local=DIR/m2-{base,new}
  -Dmaven.repo.local.tail=~/.m2/repository
into a local repository of its own, with ~/.m2/repository as a read-only tail: no copy of it is made and
nothing is written into it. Content builds run offline (-o) with the same two properties.

Inputs (a missing source skips that input with a message):
  site            examples/site of the base revision, unchanged (validate and bundle bound, feeds, a draft)
  seeds           the *.txt files of --seeds copied as .md into a generated content project; they have
                  real defects, so validate fails
  corpus          gen-corpus.py OUT N --lang ja --seed 42 (generated once into DIR/corpora), in a
                  generated content project
  corpus-defects  the same with --defects F (validate fails)
The generated content projects have the shape of bench/run.sh's, with validate and bundle bound,
timeZone UTC, siteUrl https://example.com/ (feeds and sitemap), feedLanguage ja and a fixed
project.build.outputTimestamp (reproducible jar). Every project gets the README's .mvn/jvm.config.

Steps, each one Maven invocation in the same content project, run by the base plugin and then by the new
one in a fresh copy of the project at the same path (so absolute paths in logs and reports agree):
  01-validate          mvn validate                      (cold: no target/)
  02-package           mvn package                       (validate up to date, bundle cold, jar)
  03-package-nochange  mvn package                       (nothing changed)
  04-package-edited    mvn package                       (after appending a paragraph to one article)
  05-package-drafts    mvn package -Darticles.includeDrafts=true  (a setting changed: whole build again)
  06-bundle-cold       mvn articles:bundle               (target/ set aside first: bundle alone, cold)
  07-baseline          mvn articles:baseline
  08-package-baseline  mvn package                       (with the baseline just written)

Compared for every step:
  exit       Maven's exit code
  log        the plugin's log: every line from an articles goal's header line ("[INFO] --- articles:...")
             up to the next goal header or Maven's closing separator, plus Maven's
             "[ERROR] Failed to execute goal dev.articles:..." message up to its "-> [Help n]"
  maven-log  the whole Maven log without its "Total time:" and "Finished at:" lines
  reports    target/articles/** except target/articles/state/ (report.json, report.sarif) and
             articles-baseline.json in the project folder
  classes    the tree target/classes (the bundle: META-INF/articles/...), paths and bytes
  jar        target/*.jar bytes (cmp), with `unzip -lv` listings to show what differs
  written    which files under target/classes and target/articles (not state/) and which jar were
             (re)written by the step, by modification time (the incremental engine's "writes only
             what changed")
Normalisation, applied to log and maven-log only: "(123 ms)" becomes "(# ms)" and "123 ms in all"
becomes "# ms in all" (the timing figures of the plugin's Validate/Bundle summary lines). Nothing else is
normalised. Not compared: target/articles/state/ (the incremental state is keyed by a fingerprint of the
plugin jar, so its bytes differ between any two plugin builds).

Environment: SEEDS, GEN_CORPUS, CMP_WORK, MVN (see above); MAVEN_REPO_TAIL (the read-only repository,
default ~/.m2/repository); DIFF_LINES (lines of each difference printed, default 30; the full diffs are
kept); MAX_FILES (differing bundle files unpacked for diff -r per step, default 20).

Results: DIR/out/INPUT/{base,new}/STEP/ (logs, reports, classes.tar, the jar, ...), DIR/out/INPUT/{base,new}/
project (the project after the last step), full diffs in DIR/out/diffs/, a copy of stdout in DIR/out/report.txt.
EOF
}

die() { echo "compare-outputs: $*" >&2; exit 2; }

REPO=$(cd "$(dirname "$0")/.." && pwd)

# ---- options -------------------------------------------------------------------------------------
BASE_REV=023342a
NEW_REV= # empty: the work tree
SEEDS_DIR=${SEEDS:-}
GEN=${GEN_CORPUS:-}
WORK=${CMP_WORK:-/work/cmp}
KEEP_BASE=false
INPUTS=site,seeds,corpus,corpus-defects
STEP_LIST=
SIZE=2000
DEFECTS=0.02
OFFLINE_ONLY=false
MVN=${MVN:-$REPO/mvnw}
TAIL=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
DIFF_LINES=${DIFF_LINES:-30}
MAX_FILES=${MAX_FILES:-20}
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    -b|--base) BASE_REV=${2:?"$1 needs a revision"}; shift 2 ;;
    -n|--new) NEW_REV=${2:?"$1 needs a revision"}; shift 2 ;;
    -s|--seeds) SEEDS_DIR=${2:?"$1 needs a folder"}; shift 2 ;;
    -g|--gen) GEN=${2:?"$1 needs a file"}; shift 2 ;;
    -w|--work) WORK=${2:?"$1 needs a folder"}; shift 2 ;;
    -k|--keep-base) KEEP_BASE=true; shift ;;
    -i|--inputs) INPUTS=${2:?"$1 needs a list"}; shift 2 ;;
    --steps) STEP_LIST=${2:?"$1 needs a list"}; shift 2 ;;
    --size) SIZE=${2:?"$1 needs a number"}; shift 2 ;;
    --defects) DEFECTS=${2:?"$1 needs a fraction"}; shift 2 ;;
    --offline) OFFLINE_ONLY=true; shift ;;
    -m|--mvn) MVN=${2:?"$1 needs a command"}; shift 2 ;;
    *) usage >&2; die "unknown argument $1" ;;
  esac
done
[[ "$SIZE" =~ ^[1-9][0-9]*$ ]] || die "--size is a positive whole number, not '$SIZE'"
[[ "$DEFECTS" =~ ^(0?\.[0-9]*[1-9][0-9]*|1(\.0*)?)$ ]] || die "--defects is a fraction in (0, 1], not '$DEFECTS'"
IFS=, read -r -a INPUT_LIST <<< "$INPUTS"
for i in "${INPUT_LIST[@]}"; do
  case "$i" in site|seeds|corpus|corpus-defects) ;; *) die "unknown input '$i' (site, seeds, corpus, corpus-defects)" ;; esac
done
command -v "$MVN" > /dev/null || die "no Maven command '$MVN' (set --mvn or MVN)"
for tool in git tar unzip sha256sum cmp diff; do
  command -v "$tool" > /dev/null || die "$tool is needed"
done
[ -d "$TAIL" ] || die "no local Maven repository at $TAIL to read plugins and libraries from (set MAVEN_REPO_TAIL)"
BASE_SHA=$(git -C "$REPO" rev-parse --verify --quiet "$BASE_REV^{commit}") || die "no revision '$BASE_REV' in $REPO"
if [ -n "$NEW_REV" ]; then
  NEW_SHA=$(git -C "$REPO" rev-parse --verify --quiet "$NEW_REV^{commit}") || die "no revision '$NEW_REV' in $REPO"
fi

# ---- steps ---------------------------------------------------------------------------------------
# name|action before|Maven arguments
STEPS=(
  "01-validate||validate"
  "02-package||package"
  "03-package-nochange||package"
  "04-package-edited|edit|package"
  "05-package-drafts||package -Darticles.includeDrafts=true"
  "06-bundle-cold|cold|articles:bundle"
  "07-baseline||articles:baseline"
  "08-package-baseline||package"
)
if [ -n "$STEP_LIST" ]; then
  IFS=, read -r -a wanted <<< "$STEP_LIST"
  chosen=()
  for entry in "${STEPS[@]}"; do
    for w in "${wanted[@]}"; do
      [[ "$w" =~ ^[0-9]+$ ]] || die "--steps takes step numbers (01 to 08), not '$w'"
      if [ "$(( 10#$w ))" -eq "$(( 10#${entry:0:2} ))" ]; then chosen+=("$entry"); fi
    done
  done
  [ ${#chosen[@]} -gt 0 ] || die "--steps $STEP_LIST selects no step (01 to 08)"
  STEPS=("${chosen[@]}")
fi

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
case "$WORK/" in "$REPO"/*) die "the work folder must be outside the repository ($REPO)" ;; esac
OUT=$WORK/out
RUN=$WORK/run
TRASH=$WORK/.trash
# Old results are moved aside and deleted when the run ends, not before the builds.
set_aside() { # PATH
  [ -e "$1" ] || return 0
  mkdir -p "$TRASH"
  mv "$1" "$TRASH/$(date +%s%N)-$(basename "$1")"
}
trap 'rm -rf "$TRASH"' EXIT
set_aside "$OUT"
set_aside "$RUN"
mkdir -p "$OUT/diffs" "$RUN"
REPORT=$OUT/report.txt
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }
T0=$SECONDS

# ---- the two plugins -----------------------------------------------------------------------------
# Each side has its own local repository (head) in the work folder; plugins and libraries are read from
# ~/.m2/repository as a read-only tail (Maven 3.9's maven.repo.local.tail), so nothing is copied, nothing
# is written into ~/.m2, and the two 0.2.0-SNAPSHOT installs never meet.
pom_version() { # POM -> the project's version (the first <version> after articles-maven-plugin)
  awk '/<artifactId>articles-maven-plugin<\/artifactId>/ { f = 1 }
       f && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$1"
}

# export_tree DEST: DEST becomes a copy of REV (git archive), or of the work tree when REV is empty
# (tracked and untracked files that are not ignored, as they are on disk now; target/ is ignored).
export_tree() { # DEST REV
  local dest=$1 rev=$2
  set_aside "$dest"
  mkdir -p "$dest"
  if [ -n "$rev" ]; then
    git -C "$REPO" archive "$rev" | tar -x -C "$dest"
  else
    (cd "$REPO" && git ls-files -z -c -o --exclude-standard --deduplicate \
      | while IFS= read -r -d '' f; do if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi; done \
      | tar -c --null -T - -f -) | tar -x -C "$dest"
  fi
}

# build_plugin SIDE SRC M2: the README's install command in SRC, into M2.
build_plugin() {
  local side=$1 src=$2 m2=$3 log=$WORK/logs/build-$1.log t=$SECONDS
  mkdir -p "$WORK/logs" "$m2"
  rm -rf "$m2/dev/articles" # only this side's own earlier install; never the tail
  local cmd=(./mvnw -B -q install -DskipTests -Dinvoker.skip=true "-Dmaven.repo.local=$m2" "-Dmaven.repo.local.tail=$TAIL")
  if ! (cd "$src" && "${cmd[0]}" -o "${cmd[@]:1}") > "$log" 2>&1; then
    if ! $OFFLINE_ONLY && grep -q 'offline mode' "$log"; then
      say "  $side plugin: offline build could not resolve everything ($(grep -c 'has not been downloaded' "$log") artifacts missing from $TAIL);"
      say "  $side plugin: building online, downloads go to $m2 only (--offline forbids this)"
      (cd "$src" && "${cmd[@]}") > "$log" 2>&1 || { tail -n 40 "$log" >&2; die "building the $side plugin failed; log: $log"; }
    else
      tail -n 40 "$log" >&2
      die "building the $side plugin failed; log: $log"
    fi
  fi
  BUILD_SECONDS=$(( SECONDS - t ))
}

plugin_jar() { # M2 VERSION
  echo "$1/dev/articles/articles-maven-plugin/$2/articles-maven-plugin-$2.jar"
}

if [ -n "$NEW_REV" ]; then
  NEW_DESC="$NEW_REV ($NEW_SHA)"
else
  NEW_DESC="the work tree of $REPO (HEAD $(git -C "$REPO" rev-parse --short HEAD) and $(git -C "$REPO" status --porcelain | wc -l) paths changed or untracked)"
fi
say "compare-outputs: base $BASE_REV ($BASE_SHA) against $NEW_DESC"
say "  work folder $WORK; Maven for content builds: $MVN; read-only repository tail: $TAIL"

BASE_SRC=$WORK/base-src
BASE_M2=$WORK/m2-base
NEW_SRC=$WORK/new-src
NEW_M2=$WORK/m2-new
BASE_MARK=$WORK/base.built

if $KEEP_BASE && [ -f "$BASE_MARK" ] && [ "$(cat "$BASE_MARK")" = "$BASE_SHA" ] \
   && [ -f "$BASE_SRC/pom.xml" ] && [ -f "$(plugin_jar "$BASE_M2" "$(pom_version "$BASE_SRC/pom.xml")")" ]; then
  BASE_VERSION=$(pom_version "$BASE_SRC/pom.xml")
  say "  base plugin: kept from an earlier run (--keep-base)"
else
  $KEEP_BASE && say "  base plugin: nothing to keep for $BASE_SHA; building it"
  rm -f "$BASE_MARK"
  export_tree "$BASE_SRC" "$BASE_SHA"
  BASE_VERSION=$(pom_version "$BASE_SRC/pom.xml")
  build_plugin base "$BASE_SRC" "$BASE_M2"
  echo "$BASE_SHA" > "$BASE_MARK"
  say "  base plugin: built in ${BUILD_SECONDS} s"
fi
export_tree "$NEW_SRC" "${NEW_SHA:-}"
NEW_VERSION=$(pom_version "$NEW_SRC/pom.xml")
[ -n "$BASE_VERSION" ] && [ -n "$NEW_VERSION" ] || die "cannot read the plugin versions from the poms"
build_plugin new "$NEW_SRC" "$NEW_M2"
say "  new plugin:  built in ${BUILD_SECONDS} s"
BASE_JAR=$(plugin_jar "$BASE_M2" "$BASE_VERSION")
NEW_JAR=$(plugin_jar "$NEW_M2" "$NEW_VERSION")
[ -f "$BASE_JAR" ] || die "the base build installed no $BASE_JAR"
[ -f "$NEW_JAR" ] || die "the new build installed no $NEW_JAR"
say "  base: $BASE_VERSION, $BASE_JAR sha256 $(sha256sum < "$BASE_JAR" | cut -c 1-16)"
say "  new:  $NEW_VERSION, $NEW_JAR sha256 $(sha256sum < "$NEW_JAR" | cut -c 1-16)"
[ "$BASE_VERSION" = "$NEW_VERSION" ] || say "  note: the versions differ, so every output naming the version will differ"
[ "$(sha256sum < "$BASE_JAR")" != "$(sha256sum < "$NEW_JAR")" ] \
  || say "  note: the two plugin jars are byte-identical"

# ---- inputs --------------------------------------------------------------------------------------
if [ -z "$SEEDS_DIR" ] && [ -d "$REPO/../shared/seeds" ]; then SEEDS_DIR=$REPO/../shared/seeds; fi
if [ -z "$GEN" ] && [ -f "$REPO/../shared/bench/gen-corpus.py" ]; then GEN=$REPO/../shared/bench/gen-corpus.py; fi
[ ! -d "$SEEDS_DIR" ] || SEEDS_DIR=$(cd "$SEEDS_DIR" && pwd)
[ ! -f "$GEN" ] || GEN=$(cd "$(dirname "$GEN")" && pwd)/$(basename "$GEN")

# Why an input cannot run, or nothing.
input_missing() {
  case "$1" in
    site) [ -f "$BASE_SRC/examples/site/pom.xml" ] || echo "no examples/site/pom.xml at $BASE_REV" ;;
    seeds)
      if [ -z "$SEEDS_DIR" ]; then echo "no seeds folder (give --seeds DIR or SEEDS=DIR; ../shared/seeds is not there)"
      elif [ ! -d "$SEEDS_DIR" ]; then echo "no seeds folder at $SEEDS_DIR"
      elif ! compgen -G "$SEEDS_DIR/*.txt" > /dev/null; then echo "no *.txt seed articles in $SEEDS_DIR"; fi ;;
    corpus|corpus-defects)
      if [ -z "$GEN" ]; then echo "no corpus generator (give --gen FILE or GEN_CORPUS=FILE; ../shared/bench/gen-corpus.py is not there)"
      elif [ ! -f "$GEN" ]; then echo "no corpus generator at $GEN"
      elif ! command -v python3 > /dev/null; then echo "python3 is needed to run the corpus generator"; fi ;;
  esac
}

# corpus DIR ARGS...: generated once and reused while the arguments and the generator stay the same.
corpus() {
  local dir=$1; shift
  local want="$* $(cksum < "$GEN")"
  if [ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$want" ]; then return; fi
  set_aside "$dir"
  set_aside "$dir.tmp"
  mkdir -p "$(dirname "$dir")"
  python3 "$GEN" "$dir.tmp" "$@" > "$dir.log"
  mv "$dir.tmp" "$dir"
  echo "$want" > "$dir/.complete"
}

# A content project of the shape bench/run.sh writes, with validate and bundle bound (as in examples/site),
# a fixed outputTimestamp (reproducible jar) and siteUrl (feeds and sitemap are written too).
write_pom() { # POM ARTIFACT VERSION
  cat > "$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by bench/compare-outputs.sh. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.articles.compare</groupId>
  <artifactId>$2</artifactId>
  <version>1.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.1</version></plugin>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.3</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <groupId>dev.articles</groupId>
        <artifactId>articles-maven-plugin</artifactId>
        <version>$3</version>
        <configuration>
          <timeZone>UTC</timeZone>
          <siteUrl>https://example.com/</siteUrl>
          <feedLanguage>ja</feedLanguage>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>validate</goal>
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

# prepare INPUT PROJECT VERSION: a fresh content project.
prepare() {
  local input=$1 proj=$2 version=$3
  set_aside "$proj"
  case "$input" in
    site)
      cp -a "$BASE_SRC/examples/site" "$proj"
      # The plugin version of this side (the same as the example's unless the versions differ).
      awk -v v="$version" '/<artifactId>articles-maven-plugin<\/artifactId>/ { f = 1 }
           f && /<version>/ { sub(/<version>[^<]*<\/version>/, "<version>" v "</version>"); f = 0 } { print }' \
        "$BASE_SRC/examples/site/pom.xml" > "$proj/pom.xml" ;;
    seeds)
      mkdir -p "$proj/src/main/articles"
      write_pom "$proj/pom.xml" seeds "$version"
      local f
      for f in "$SEEDS_DIR"/*.txt; do cp "$f" "$proj/src/main/articles/$(basename "$f" .txt).md"; done ;;
    corpus|corpus-defects)
      mkdir -p "$proj/src/main/articles"
      write_pom "$proj/pom.xml" "$input" "$version"
      cp -r "$(corpus_dir "$input")/_posts/." "$proj/src/main/articles/" ;;
  esac
  # The README's JVM options for content projects (shorter builds; a .mvn folder also marks the project root).
  mkdir -p "$proj/.mvn"
  printf '%s\n' "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=128m" > "$proj/.mvn/jvm.config"
}
corpus_dir() {
  case "$1" in
    corpus) echo "$WORK/corpora/ja-$SIZE-s42" ;;
    corpus-defects) echo "$WORK/corpora/ja-$SIZE-s42-defects-$DEFECTS" ;;
  esac
}

# ---- one step ------------------------------------------------------------------------------------
normalise() { # the timing figures of the plugin's summary lines
  sed -E 's/\([0-9]+ ms\)/(# ms)/g; s/[0-9]+ ms in all/# ms in all/g'
}
plugin_lines() { # Maven log -> the plugin's lines (see usage)
  awk '
    /^\[INFO\] --- / { insec = ($0 ~ /^\[INFO\] --- (articles|articles-maven-plugin):/) }
    /^\[INFO\] -----/ { insec = 0 }
    /^\[ERROR\] Failed to execute goal dev\.articles:/ { fail = 1 }
    insec || fail { print }
    fail && /-> \[Help [0-9]+\][[:space:]]*$/ { fail = 0 }
  '
}

# The edited article: the middle one of the sorted list, so both sides edit the same file.
edit_article() { # PROJECT
  local files n victim
  mapfile -t files < <(cd "$1/src/main/articles" && find . -type f -name '*.md' | LC_ALL=C sort)
  n=${#files[@]}
  [ "$n" -gt 0 ] || return 0
  victim=$1/src/main/articles/${files[$(( n / 2 ))]#./}
  printf '\n比較のために追加した段落です。This paragraph was appended by compare-outputs.sh.\n' >> "$victim"
}

# snapshot PROJECT DIR STAMP PREV: what one step left behind. The tree's tar and the jar are hard links to
# those of the previous step (PREV) when their bytes are the same, which saves most of the space.
snapshot() {
  local proj=$1 dir=$2 stamp=$3 prev=$4
  (cd "$proj"
   mkdir -p "$dir/reports"
   if [ -d target/articles ]; then
     (cd target/articles && find . -path ./state -prune -o -type f -print0 | tar -c --null -T - -f -) | tar -x -C "$dir/reports"
   fi
   [ ! -f articles-baseline.json ] || cp articles-baseline.json "$dir/reports/articles-baseline.json"
   if [ -d target/classes ]; then
     # One line a path, sorted by path: "./PATH  dir", "./PATH  link TARGET" or "./PATH  file SHA256".
     (cd target/classes && { find . -type d -printf '%p  dir\n'; find . -type l -printf '%p  link %l\n'
                             find . -type f -print0 | xargs -0 -r sha256sum | sed -E 's/^([0-9a-f]+)  (.*)$/\2  file \1/'
                           } | LC_ALL=C sort) > "$dir/classes.manifest"
     if [ -n "$prev" ] && [ -f "$prev/classes.tar" ] && cmp -s "$prev/classes.manifest" "$dir/classes.manifest"; then
       ln "$prev/classes.tar" "$dir/classes.tar"
     else
       tar -c --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -f "$dir/classes.tar" -C target classes
     fi
   else
     echo "(no target/classes)" > "$dir/classes.manifest"
   fi
   local jar
   jar=$(find target -maxdepth 1 -name '*.jar' -type f 2>/dev/null | LC_ALL=C sort | sed -n 1p)
   if [ -n "$jar" ]; then
     if [ -n "$prev" ] && [ -f "$prev/$(basename "$jar")" ] && cmp -s "$prev/$(basename "$jar")" "$jar"; then
       ln "$prev/$(basename "$jar")" "$dir/$(basename "$jar")"
     else
       cp "$jar" "$dir/$(basename "$jar")"
     fi
     echo "$(basename "$jar")" > "$dir/jar.name"
     unzip -lv "$jar" | sed '1d' > "$dir/jar.listing"   # line 1 names the archive's path
   else
     echo "(no jar)" > "$dir/jar.listing"
   fi
   { [ ! -d target ] || find target -maxdepth 1 -name '*.jar' -type f -newer "$stamp"
     [ ! -d target/classes ] || find target/classes -type f -newer "$stamp"
     [ ! -d target/articles ] || find target/articles -path target/articles/state -prune -o -type f -newer "$stamp" -print
   } | LC_ALL=C sort > "$dir/written")
}

run_side() { # INPUT SIDE M2 VERSION
  local input=$1 side=$2 m2=$3 version=$4
  local proj=$RUN/$input entry name action args dir rc prev=
  prepare "$input" "$proj" "$version"
  for entry in "${STEPS[@]}"; do
    IFS='|' read -r name action args <<< "$entry"
    dir=$OUT/$input/$side/$name
    mkdir -p "$dir"
    case "$action" in
      edit) edit_article "$proj" ;;
      cold) set_aside "$proj/target" ;;
    esac
    touch "$WORK/.stamp"
    rc=0
    # shellcheck disable=SC2086 # args holds the goals and properties, split on purpose
    (cd "$proj" && "$MVN" -B -o "-Dmaven.repo.local=$m2" "-Dmaven.repo.local.tail=$TAIL" $args) \
      > "$dir/maven.raw.log" 2>&1 || rc=$?
    echo "$rc" > "$dir/exit"
    plugin_lines < "$dir/maven.raw.log" | normalise > "$dir/plugin.log"
    grep -v -E '^\[INFO\] (Total time:|Finished at:)' "$dir/maven.raw.log" | normalise > "$dir/maven.log" || true
    snapshot "$proj" "$dir" "$WORK/.stamp" "$prev"
    prev=$dir
  done
  set_aside "$OUT/$input/$side/project"
  mv "$proj" "$OUT/$input/$side/project"
}

# ---- comparison ----------------------------------------------------------------------------------
SAME=0
DIFFERENT=0
BROKEN=0
show() { # FILE: the first DIFF_LINES lines of a diff, indented
  local n
  n=$(wc -l < "$1")
  sed -n "1,${DIFF_LINES}p" "$1" | sed 's/^/    /' | tee -a "$REPORT"
  [ "$n" -le "$DIFF_LINES" ] || say "    ... $(( n - DIFF_LINES )) more lines in $1"
}
difftext() { # LABEL A B OUT: unified diff into OUT; true when they differ
  diff -u --label "base/$1" --label "new/$1" "$2" "$3" > "$4" && return 1 || return 0
}
PREV_DIFF= # the differences of the input's previous step, to say "the same as" instead of printing them again

compare_step() { # INPUT STEP
  local input=$1 step=$2
  local a=$OUT/$input/base/$step b=$OUT/$input/new/$step d=$OUT/diffs/$input-$step
  local what=() ea eb f rel
  ea=$(cat "$a/exit") eb=$(cat "$b/exit")
  mkdir -p "$d"
  # A step in which the plugin did not run at all (Maven could not even load it) compares nothing.
  if [ ! -s "$a/plugin.log" ] || [ ! -s "$b/plugin.log" ]; then
    BROKEN=$(( BROKEN + 1 )); DIFFERENT=$(( DIFFERENT + 1 ))
    say "$(printf 'DIFFERENT  %-36s the plugin did not run (base exit %s, new exit %s); see %s and %s' \
          "$input/$step" "$ea" "$eb" "$a/maven.raw.log" "$b/maven.raw.log")"
    return
  fi
  [ "$ea" = "$eb" ] || { what+=(exit); printf 'exit code: base %s, new %s\n' "$ea" "$eb" > "$d/exit.diff"; }
  difftext plugin.log "$a/plugin.log" "$b/plugin.log" "$d/log.diff" && what+=(log)
  difftext maven.log "$a/maven.log" "$b/maven.log" "$d/maven-log.diff" && what+=(maven-log)
  if diff -r "$a/reports" "$b/reports" > /dev/null 2>&1; then :; else
    what+=(reports)
    mkdir -p "$d/base" "$d/new"
    cp -r "$a/reports" "$d/base/reports"
    cp -r "$b/reports" "$d/new/reports"
    (cd "$d" && diff -r -u base/reports new/reports > reports.diff 2>&1) || true
  fi
  if difftext classes.manifest "$a/classes.manifest" "$b/classes.manifest" "$d/classes.manifest.diff"; then
    what+=(classes)
    # The manifests say which files differ; the first MAX_FILES of them are unpacked from both sides and
    # compared with diff -r to show how.
    mkdir -p "$d/base/classes" "$d/new/classes"
    sed -n -E '/^(---|\+\+\+) /d; s/^[-+]\.\/(.*)  (dir|link .*|file [0-9a-f]+)$/classes\/\1/p' "$d/classes.manifest.diff" \
      | LC_ALL=C sort -u | sed -n "1,${MAX_FILES}p" > "$d/files"
    [ ! -f "$a/classes.tar" ] || tar -x -f "$a/classes.tar" -C "$d/base" --no-recursion -T "$d/files" 2> /dev/null || true
    [ ! -f "$b/classes.tar" ] || tar -x -f "$b/classes.tar" -C "$d/new" --no-recursion -T "$d/files" 2> /dev/null || true
    { sed -n -E '/^(---|\+\+\+) /d; s/^([-+])\.\/(.*)  (dir|link .*|file [0-9a-f]+)$/\1 \2/p' "$d/classes.manifest.diff" \
        | awk '{ k = substr($0, 3); s[k] = s[k] substr($0, 1, 1) }
               END { for (k in s) { if (s[k] == "-+" || s[k] == "+-") c++; else if (s[k] == "-") b++; else n++ }
                     printf "target/classes: %d paths differ, %d only in base, %d only in new", c, b, n
                     printf " (diff -r of the first '"$MAX_FILES"' below, then the manifests)\n" }'
      (cd "$d" && diff -r -u base/classes new/classes 2>&1) || true
      cat "$d/classes.manifest.diff"; } > "$d/classes.diff"
  fi
  local ja=none jb=none
  [ ! -f "$a/jar.name" ] || ja=$a/$(cat "$a/jar.name")
  [ ! -f "$b/jar.name" ] || jb=$b/$(cat "$b/jar.name")
  if [ "$ja" = none ] && [ "$jb" = none ]; then :
  elif [ "$ja" = none ] || [ "$jb" = none ] || ! cmp -s "$ja" "$jb"; then
    what+=(jar)
    { if [ "$ja" = none ] || [ "$jb" = none ]; then echo "jar: base ${ja##*/}, new ${jb##*/}"
      else echo "jar bytes differ: $(cmp "$ja" "$jb" 2>&1 | sed 's/.* differ: //')"; fi
      diff -u --label "base/jar (unzip -lv)" --label "new/jar (unzip -lv)" "$a/jar.listing" "$b/jar.listing" || true
    } > "$d/jar.diff" 2>&1
  fi
  difftext written "$a/written" "$b/written" "$d/written.diff" && what+=(written)

  if [ ${#what[@]} -eq 0 ]; then
    SAME=$(( SAME + 1 ))
    say "$(printf 'SAME       %-36s exit %s' "$input/$step" "$ea")"
    rm -rf "$d"
    PREV_DIFF=
  else
    DIFFERENT=$(( DIFFERENT + 1 ))
    say "$(printf 'DIFFERENT  %-36s exit %s/%s (base/new); differs: %s' "$input/$step" "$ea" "$eb" "${what[*]}")"
    for f in exit log maven-log reports classes jar written; do
      [ ! -f "$d/$f.diff" ] || { echo "== $f"; cat "$d/$f.diff"; }
    done > "$d/all.diff"
    if [ -n "$PREV_DIFF" ] && cmp -s "$PREV_DIFF" "$d/all.diff"; then
      say "  (the same differences as in $PREV_STEP; all of them in $d/all.diff)"
      return
    fi
    PREV_DIFF=$d/all.diff PREV_STEP=$input/$step
    for f in exit log maven-log reports classes jar written; do
      rel=$d/$f.diff
      if [[ " ${what[*]} " == *" $f "* ]] && [ -f "$rel" ]; then
        if [ "$f" = maven-log ] && [[ " ${what[*]} " == *" log "* ]]; then
          say "  -- maven-log: the plugin's lines above, and perhaps more: $rel"
          continue
        fi
        say "  -- $f"
        show "$rel"
      fi
    done
  fi
}

# ---- run -----------------------------------------------------------------------------------------
SKIPPED=()
for input in "${INPUT_LIST[@]}"; do
  why=$(input_missing "$input")
  if [ -n "$why" ]; then
    say "SKIPPED    $input: $why"
    SKIPPED+=("$input")
    continue
  fi
  case "$input" in
    corpus) corpus "$(corpus_dir corpus)" "$SIZE" --lang ja --seed 42 ;;
    corpus-defects) corpus "$(corpus_dir corpus-defects)" "$SIZE" --lang ja --seed 42 --defects "$DEFECTS" ;;
  esac
  t=$SECONDS
  run_side "$input" base "$BASE_M2" "$BASE_VERSION"
  tb=$(( SECONDS - t )); t=$SECONDS
  run_side "$input" new "$NEW_M2" "$NEW_VERSION"
  tn=$(( SECONDS - t ))
  case "$input" in
    site) desc="examples/site of $BASE_REV" ;;
    seeds) desc="$(ls "$SEEDS_DIR"/*.txt | wc -l) seed articles from $SEEDS_DIR" ;;
    corpus) desc="$SIZE generated articles (--lang ja)" ;;
    corpus-defects) desc="$SIZE generated articles (--lang ja --defects $DEFECTS: $(wc -l < "$(corpus_dir corpus-defects)/defects.tsv") planted)" ;;
  esac
  say "== $input: $desc; base ${tb} s, new ${tn} s"
  PREV_DIFF=
  for entry in "${STEPS[@]}"; do
    compare_step "$input" "${entry%%|*}"
  done
done

rmdir "$RUN" 2> /dev/null || true
rm -rf "$TRASH"
[ ${#SKIPPED[@]} -eq 0 ] || say "skipped inputs: ${SKIPPED[*]}"
[ "$BROKEN" -eq 0 ] || say "$BROKEN step(s) in which the plugin did not run: nothing was compared there"
say "$(( SECONDS - T0 )) s in all; results in $OUT"
say "compare-outputs: $SAME same, $DIFFERENT different"
[ $(( SAME + DIFFERENT )) -gt 0 ] || exit 2
[ "$DIFFERENT" -eq 0 ] || exit 1
