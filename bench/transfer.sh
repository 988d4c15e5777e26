#!/usr/bin/env bash
# Export and import at scale: fills an H2 database with the seed data (--claims 0) or N synthetic claims, starts the
# application on it the way production runs it and times /export/dataset.json with the server's largest resident
# set; then imports the file into an empty H2 database from the command line (--import=FILE), timing it with its
# largest resident set, imports it a second time (nothing changes), and exports the target again. Prints a table
# and writes it to bench/results/<UTC time>-transfer-<claims>.md.
#   bench/transfer.sh [--claims N] [--no-build] [--import-heap 4g] [--source DIR]
# --source reuses an H2 folder filled before (for example bench/data/h2-…), read-only: it is copied first.
set -euo pipefail

claims=1000000 build=1 import_heap=4g source=""
while (($#)); do
  case $1 in
    --claims) claims=$2; shift ;;
    --no-build) build=0 ;;
    --import-heap) import_heap=$2; shift ;;
    --source) source=$2; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $claims =~ ^[0-9]+$ ]] || { echo "--claims takes a number" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RESULTS=$ROOT/bench/results
TMP=$(mktemp -d) APP_PID=""
# As production runs the server (see run.sh and the README's "Running in production").
JVM_FLAGS=(-Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC
  -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true)
export MALLOC_ARENA_MAX=2

say() { printf '\n== %s\n' "$*"; }
die() { echo "transfer: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
h2_url() { echo "jdbc:h2:file:$1/precursor;AUTO_SERVER=FALSE;WRITE_DELAY=0"; }
trap 'stop_app; rm -rf "$TMP"' EXIT

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start_app() {
  APP_PORT=$(free_port 18580)
  java "${JVM_FLAGS[@]}" -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="$(h2_url "$1")" >"$2" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null --max-time 120 "http://127.0.0.1:$APP_PORT/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$2" >&2; APP_PID=""; die "the application did not start ($2)"; }
    sleep 0.2
  done
}
stop_app() {
  [[ -n $APP_PID ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# Exports from the app on folder $1 into file $2; sets EXPORT_S and EXPORT_RSS (the server's largest resident set, MB).
export_from() {
  local t0 max=0 rss
  start_app "$1" "$TMP/server.log"
  t0=$(now)
  curl -fs --max-time 7200 -o "$2" "http://127.0.0.1:$APP_PORT/export/dataset.json" &
  local curl_pid=$!
  while kill -0 "$curl_pid" 2>/dev/null; do
    rss=$(rss_mb "$APP_PID"); ((rss > max)) && max=$rss
    sleep 0.25
  done
  wait "$curl_pid" || die "the export failed"
  EXPORT_S=$(since "$t0") EXPORT_RSS=$max
  stop_app
}

# Imports file $1 into the H2 folder $2 from the command line; sets IMPORT_S, IMPORT_RSS (MB) and IMPORT_LINE.
import_into() {
  local out=$TMP/import.out
  /usr/bin/time -f '%e %M' -o "$TMP/time" java -Xmx"$import_heap" -XX:+UseParallelGC -jar "$JAR" --import="$1" \
    --import.author=transfer-benchmark --precursor.seed.enabled=false --spring.datasource.url="$(h2_url "$2")" \
    >"$out" 2>&1 || { tail -30 "$out" >&2; die "the import failed"; }
  read -r IMPORT_S kb <"$TMP/time"
  IMPORT_RSS=$((kb / 1024))
  IMPORT_LINE=$(grep -A12 '^Imported ' "$out" | grep -E '^(Imported|  [a-z])' | sed 's/^  /  - /' || true)
}

command -v /usr/bin/time >/dev/null || { say "Installing time from Debian's packages"; apt-get install -y time >/dev/null; }
if ((build)); then
  say "Building the jar"
  (cd "$ROOT" && mvn -B -q package -DskipTests) || die "the build failed"
fi
JAR=$(ls "$ROOT"/target/precursor-*.jar | grep -v plain | head -1)

SRC=$TMP/source
mkdir -p "$SRC"
if [[ -n $source ]]; then
  say "Copying the source database from $source"
  cp "$source"/precursor.mv.db "$SRC"/
elif ((claims == 0)); then
  say "Loading the seed data into the source"
  start_app "$SRC" "$TMP/fill.log"; stop_app
else
  say "Generating $claims claims into the source"
  java -Xmx2g -jar "$JAR" --generate --claims="$claims" --spring.datasource.url="$(h2_url "$SRC")" \
    >"$TMP/generate.log" 2>&1 || { tail -20 "$TMP/generate.log" >&2; die "the generator failed"; }
fi

say "Exporting the source"
export_from "$SRC" "$TMP/export.json"
EXPORT1_S=$EXPORT_S EXPORT1_RSS=$EXPORT_RSS SIZE_MB=$(awk -v b="$(stat -c %s "$TMP/export.json")" 'BEGIN { printf "%.1f", b / 1048576 }')

say "Importing it into an empty database"
import_into "$TMP/export.json" "$TMP/target"
FIRST_S=$IMPORT_S FIRST_RSS=$IMPORT_RSS FIRST_LINE=$IMPORT_LINE
say "Importing it again"
import_into "$TMP/export.json" "$TMP/target"
AGAIN_S=$IMPORT_S AGAIN_RSS=$IMPORT_RSS AGAIN_LINE=$IMPORT_LINE

say "Exporting the target"
export_from "$TMP/target" "$TMP/export-again.json"
SIZE2_MB=$(awk -v b="$(stat -c %s "$TMP/export-again.json")" 'BEGIN { printf "%.1f", b / 1048576 }')

mkdir -p "$RESULTS"
out=$RESULTS/$(date -u +%Y%m%dT%H%M%SZ)-transfer-$claims.md
{
  echo "# Export and import, $claims synthetic claims (0: the seed data), H2"
  echo
  echo "commit $(cd "$ROOT" && git rev-parse --short HEAD), $(nproc) cores, import heap $import_heap"
  echo
  echo "| step | seconds | largest resident set, MB |"
  echo "|---|---:|---:|"
  echo "| export of the source ($SIZE_MB MB), server at -Xmx256m | $EXPORT1_S | $EXPORT1_RSS |"
  echo "| import into an empty database (command line) | $FIRST_S | $FIRST_RSS |"
  echo "| the same import again | $AGAIN_S | $AGAIN_RSS |"
  echo "| export of the target ($SIZE2_MB MB) | $EXPORT_S | $EXPORT_RSS |"
  echo
  echo "First import:"
  echo
  echo "${FIRST_LINE:-?}"
  echo
  echo "Second import:"
  echo
  echo "${AGAIN_LINE:-?}"
} | tee "$out"
echo "written to $out"
