#!/usr/bin/env bash
# A 60-second mixed read load on loopback: builds the jar, starts it on a fresh H2 database with the seed data,
# runs wrk over the public pages and JSON endpoints (including two deliberately bad queries, which must answer
# 400 or a page, never an error), and prints requests, errors and latency. Not part of the test command.
#   bash bench/mixed-read-load.sh [seconds]      (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mvn -B -q package -DskipTests
data="$(mktemp -d)"
port=18093
java -jar target/precursor-*.jar --server.port=$port --server.address=127.0.0.1 \
  "--spring.datasource.url=jdbc:h2:file:$data/precursor;AUTO_SERVER=FALSE;WRITE_DELAY=0" \
  --precursor.admin.password=bench-admin-password-1 > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$port/" || { echo "the application did not start" >&2; tail -20 "$data/app.log"; exit 1; }
wrk -t2 -c16 -d"${seconds}s" --timeout 10s --latency -s bench/mixed-read-load.lua "http://127.0.0.1:$port" | tee "$data/wrk.txt"
grep -q 'socket errors: 0, timeouts: 0, 5xx/404 answers: 0' "$data/wrk.txt" && echo "zero errors" || { echo "ERRORS"; exit 1; }
