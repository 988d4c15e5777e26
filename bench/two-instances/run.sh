#!/usr/bin/env bash
# Two Precursor instances on one PostgreSQL behind nginx, all on loopback, checked with curl as a person would see
# it: signed in through one instance, signed in on the other and through the proxy; an edit through one shown by the
# other within a second; signed out through one, out on both. Not part of the test command (the suite's
# TwoInstancesOnOneDatabaseTests checks the same without nginx).
#   bash bench/two-instances/run.sh
# Installs nginx with apt-get when it is missing; needs PostgreSQL's initdb, pg_ctl and postgres (on PATH or in
# /usr/lib/postgresql/*/bin), psql and curl. Builds the jar unless JAR names one. Ports: PROXY_PORT (18180),
# A_PORT (18181), B_PORT (18182), PG_PORT (18183).
set -euo pipefail
cd "$(dirname "$0")/../.."
proxy_port="${PROXY_PORT:-18180}" a_port="${A_PORT:-18181}" b_port="${B_PORT:-18182}" pg_port="${PG_PORT:-18183}"
admin=admin password=two-instances-admin-password

if ! command -v nginx >/dev/null; then
  echo "installing nginx"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
pg_bin="$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")"
for port in "$proxy_port" "$a_port" "$b_port" "$pg_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is taken" >&2; exit 2; fi
done
if [ -z "${JAR:-}" ]; then mvn -B -q package -DskipTests; fi
jar="${JAR:-$(ls target/precursor-*.jar | grep -v original | head -1)}"

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$work/pg/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# PostgreSQL refuses to run as root.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PostgreSQL with an empty database
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres: "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U precursor --auth=trust >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null
sql() { psql -h 127.0.0.1 -p "$pg_port" -U precursor -d precursor -Atqc "$1"; }
psql -h 127.0.0.1 -p "$pg_port" -U precursor -d postgres -qc "create database precursor"
echo "PostgreSQL on 127.0.0.1:$pg_port, empty database 'precursor'"

# Both instances at the same moment, with the same settings but their ports
start_instance() {
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/precursor" \
  SPRING_DATASOURCE_USERNAME=precursor SPRING_DATASOURCE_PASSWORD= \
  PRECURSOR_ADMIN_USERNAME="$admin" PRECURSOR_ADMIN_PASSWORD="$password" \
  PRECURSOR_BASE_URL="http://127.0.0.1:$proxy_port" \
  SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$1" \
    java -Xmx512m -jar "$jar" > "$work/$2.log" 2>&1 &
  pids+=($!)
}
started=$(date +%s)
start_instance "$a_port" a
start_instance "$b_port" b

# nginx in front, from the committed configuration with this run's ports
mkdir -p "$work/nginx/logs" "$work/nginx/temp"
sed -e "s/127.0.0.1:8080/127.0.0.1:$proxy_port/" -e "s/127.0.0.1:8081/127.0.0.1:$a_port/" \
    -e "s/127.0.0.1:8082/127.0.0.1:$b_port/" bench/two-instances/nginx.conf > "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" -t -q
nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

a="http://127.0.0.1:$a_port" b="http://127.0.0.1:$b_port" proxy="http://127.0.0.1:$proxy_port"
for url in "$a" "$b"; do
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$url/login" && break; sleep 1; done
  curl -sf -o /dev/null "$url/login" || { echo "FAILED: $url did not start" >&2; tail -30 "$work"/[ab].log >&2; exit 1; }
done
echo "both instances up $(( $(date +%s) - started )) s after starting together; nginx on $proxy"
echo "seed imports: $(sql "select string_agg(name || ' v' || version, ', ' order by name) from seed_import");" \
  "seed revisions: $(sql "select count(*) from revision_info where username like 'seed dataset v%'");" \
  "accounts: $(sql "select string_agg(username, ', ') from account")"

failures=0
check() { if [ "$2" = "$3" ]; then echo "ok    $1"; else echo "FAIL  $1: expected '$3', got '$2'"; failures=$((failures + 1)); fi; }
# status and Location of a request, e.g. "302 /admin"
answer() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$@" | sed -e "s#http://127.0.0.1:[0-9]*##" -e 's/ $//'; }
csrf() { curl -s -b "$1" -c "$1" "$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

jar_file="$work/cookies"
check "an anonymous page through nginx sets no cookie" \
  "$(curl -s -D - -o /dev/null "$proxy/actors/china" | grep -ci '^set-cookie' || true)" "0"
token="$(csrf "$jar_file" "$a/login")"
check "sign in through instance A" "$(answer -b "$jar_file" -c "$jar_file" --data-urlencode "username=$admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$a/login")" "302 /admin"
check "signed in on instance B with the same cookie" "$(answer -b "$jar_file" "$b/admin")" "200"
for i in 1 2 3 4; do
  check "signed in through nginx, request $i" "$(answer -b "$jar_file" "$proxy/admin")" "200"
done
echo "      nginx sent them to: $(grep '"GET /admin ' "$work/nginx/logs/access.log" | sed 's/.*upstream=//' | tr '\n' ' ')"

slug=china-main-source-of-precursors
id="$(sql "select id from proposition where slug = '$slug'")"
description="Edited through instance A at $(date +%H:%M:%S.%N)"
curl -s -o /dev/null "$b/propositions/$slug"   # read on B before the edit, as a cache would hold it
token="$(csrf "$jar_file" "$a/admin/propositions/$id/edit")"
check "edit a proposition's description through instance A" "$(answer -b "$jar_file" -c "$jar_file" \
  --data-urlencode "_csrf=$token" --data-urlencode "version=$(sql "select version from proposition where id = $id")" \
  --data-urlencode "text=$(sql "select text from proposition where id = $id")" \
  --data-urlencode "description=$description" "$a/admin/propositions/$id")" "302 /admin/propositions"
edited=$(date +%s%N) seen=""
while [ $(( ($(date +%s%N) - edited) / 1000000 )) -le 1000 ]; do
  page="$(curl -s "$b/propositions/$slug")"
  if [[ "$page" == *"$description"* ]]; then seen=$(( ($(date +%s%N) - edited) / 1000000 )); break; fi
  sleep 0.1
done
check "instance B shows the edit within a second" "${seen:+yes}" "yes"
[ -n "$seen" ] && echo "      after $seen ms"
check "and so does nginx" "$(curl -s "$proxy/propositions/$slug" | grep -cF "$description")" "1"

cp "$jar_file" "$work/cookies-before-sign-out"
token="$(csrf "$jar_file" "$a/admin")"
check "sign out through instance A" "$(answer -b "$jar_file" -c "$jar_file" --data-urlencode "_csrf=$token" \
  "$a/logout")" "302 /login?signed-out"
check "instance B, with the old cookie, sends to sign-in" \
  "$(answer -b "$work/cookies-before-sign-out" "$b/admin")" "302 /login"
check "nginx, with the old cookie, sends to sign-in" \
  "$(answer -b "$work/cookies-before-sign-out" "$proxy/admin")" "302 /login"
check "no session of the admin is left in the database" \
  "$(sql "select count(*) from spring_session where principal_name = '$admin'")" "0"

if [ "$failures" = 0 ]; then echo "all checks passed"; else echo "$failures checks FAILED"; exit 1; fi
