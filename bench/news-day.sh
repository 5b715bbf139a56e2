#!/usr/bin/env bash
# A news day (docs/performance.md): the production recipe (two published instances on one PostgreSQL behind nginx,
# scripts/two-instances.sh) under 500 connections over the reading pages, the API and the feeds for 60 s, while an
# editor records a change every 10 s through the import verb. Then the same HTML, saved as files and served by nginx,
# under the same load. It prints the errors, the median and p99 latency of both side by side, how many answers nginx's
# microcache gave (decision 23), how long each change took to show on each instance and through nginx, and each
# instance's memory before, at its peak and a minute after the load; it exits 1 when a target is missed. Run by hand on a quiet machine; it takes about five minutes.
#
#   bash bench/news-day.sh [--seconds 60] [--connections 500] [--edit-every 10] [--published DIR] [--keep] [--render-log]
#
# --published DIR uses an app already published (dotnet publish -c Release -r linux-x64) instead of publishing one;
# --render-log has both instances log every page they render with the change set they knew of (for a late edit's
# story; it costs a little under load, so the figures of record are taken without it);
# --keep leaves everything running and prints the folder (stop it with scripts/two-instances.sh stop DIR).
#
# Everything is kept in /tmp/tradetalks-news-day/<the run's UTC start>/ (the newest run is also .../latest): the results,
# wrk's output, memory, each import's output, every poll of each instance for each edit (polls-N: what the page and the
# API said, from which change set, how old the cached copy was), and both instances', nginx's and PostgreSQL's logs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

seconds=60 connections=500 every=10 published="" keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --edit-every) every=$2; shift 2 ;;
    --published) published=$(cd "$2" && pwd); shift 2 ;;
    --keep) keep=true; shift ;;
    --render-log) export TRADETALKS_RENDER_LOG=1; shift ;;
    *) echo "usage: $0 [--seconds 60] [--connections 500] [--edit-every 10] [--published DIR] [--keep] [--render-log]" >&2; exit 2 ;;
  esac
done
say() { printf '%s\n' "$*" >&2; }
# now, poll and describe: how an instance is asked whether it shows an edit (NewsDayPollTests run the same).
# shellcheck source=bench/news-day-poll.sh
. "$root/bench/news-day-poll.sh"
kept=/tmp/tradetalks-news-day/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$kept" && ln -sfn "$kept" /tmp/tradetalks-news-day/latest

need=()
for tool in wrk jq curl bc; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]} from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# wrk holds a socket per connection, nginx two (the reader's and the instance's).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# Every reader comes from this one address, where a news day's come from thousands: the API's per-address limit
# would answer most of them 429 and measure nothing. Each instance asks for other instances' writes this often.
poll=${Store__ChangePollSeconds:-5}
export OpenData__RateLimit__PermitLimit=1000000000 Store__ChangePollSeconds=$poll
[ -n "$published" ] && export TRADETALKS_PUBLISHED=$published
dir=$(bash scripts/two-instances.sh start)
keep_results() { # what the run wrote, beside the results; the logs come with the stop
  cp "$dir"/results.md "$dir"/cache "$dir"/app.out "$dir"/static.out "$dir"/edits "$dir"/memory "$dir"/polls-* "$dir"/import-*.log "$dir"/edit-*.json "$kept"/ 2>/dev/null || true
}
stop_all() {
  [ -f "$dir/static-nginx.conf" ] && nginx -c "$dir/static-nginx.conf" -p "$dir/static" -s stop 2>/dev/null || true
  keep_results
  bash "$root/scripts/two-instances.sh" stop "$dir" "$kept"
}
$keep || trap stop_all EXIT
# shellcheck disable=SC1091
. "$dir/env"
app=${TRADETALKS_PUBLISHED:-$dir/app}
results=$dir/results.md

pages=(/ /timeline /tariffs /truce /measures /commitments /officials /indicators /claims /sources)
api=(/api/v1/talks /api/v1/tariffs/rates /api/v1/tariffs/layers /api/v1/truce/windows /api/v1/timeline /api/v1/measures)
feeds=(/feed.atom /calendar.ics)
paths=("${pages[@]}" "${api[@]}" "${feeds[@]}")

say "Saving the ${#paths[@]} addresses' answers as the static copy..."
mkdir -p "$dir/static/copy" "$dir/static/logs"
i=0
for path in "${paths[@]}"; do
  i=$((i + 1))
  code=$(curl -s -o "$dir/static/copy/$i" -w '%{http_code}' "$TRADETALKS_PROXY$path")
  [ "$code" = 200 ] || { say "FAILED: $path answered $code before the load"; exit 1; }
done
free_port() { for p in $(shuf -i 20000-32000 -n 200); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
static_port=$(free_port)
# The same nginx settings as the proxy (docs/nginx/tradetalks.conf.template): one worker, the same connection limit.
workers=$(sed -n 's/.*worker_connections \([0-9]*\);.*/\1/p' docs/nginx/tradetalks.conf.template)
cat >"$dir/static-nginx.conf" <<CONF
worker_processes 1;
pid $dir/static/nginx.pid;
error_log $dir/static/logs/error.log warn;
events { worker_connections $workers; }
http {
    access_log off;
    client_body_temp_path $dir/static/body;
    proxy_temp_path $dir/static/proxy;
    fastcgi_temp_path $dir/static/fastcgi;
    uwsgi_temp_path $dir/static/uwsgi;
    scgi_temp_path $dir/static/scgi;
    server {
        listen 127.0.0.1:$static_port;
        location /copy/ { root $dir/static; default_type text/html; }
    }
}
CONF
[ "$(id -u)" = 0 ] && chown -R nobody "$dir/static"
nginx -c "$dir/static-nginx.conf" -p "$dir/static" -e "$dir/static/logs/error.log"

# One script for both loads: the addresses in turn, every answer counted by its status.
lua() { # prefix -> a wrk script over the addresses (the app's, or the static copy's numbered files)
  local list="" n=0
  for path in "${paths[@]}"; do
    n=$((n + 1))
    if [ -n "$1" ]; then list+="\"$1$n\","; else list+="\"$path\","; fi
  done
  cat <<LUA
local paths = { $list }
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counter = math.random(1, #paths); statuses = {} end
function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d %d\n", status, count)) end
  local e = summary.errors
  io.write(string.format("requests %d\nseconds %.3f\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("socket_detail connect %d read %d write %d timeout %d\n", e.connect, e.read, e.write, e.timeout))
end
LUA
}
lua "" >"$dir/app.lua"
lua /copy/ >"$dir/static.lua"
load() { # url script seconds output
  wrk -t2 -c"$connections" -d"$3s" --timeout 10s -s "$2" "$1" >"$4" 2>&1 || true
}

say "Warming up both instances (every address, 15 s through the proxy and each instance)..."
load "$TRADETALKS_PROXY" "$dir/app.lua" 5 /dev/null
connections=32 load "$TRADETALKS_A" "$dir/app.lua" 5 /dev/null
connections=32 load "$TRADETALKS_B" "$dir/app.lua" 5 /dev/null

rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$1/status" 2>/dev/null || echo 0; }
# Memory once a second from here on, for both instances.
(while kill -0 "$TRADETALKS_A_PID" 2>/dev/null; do echo "$(now) $(rss "$TRADETALKS_A_PID") $(rss "$TRADETALKS_B_PID")"; sleep 1; done) \
  >"$dir/memory" &
memory_pid=$!
sleep 3
start_a=$(rss "$TRADETALKS_A_PID") start_b=$(rss "$TRADETALKS_B_PID")

# The editor: every $every seconds another talk gets a new title through the import verb, in a file of that talk and
# what it refers to (the store is written by a process of its own, as an import on the news desk would be). Each edit
# starts on its tick whether or not the one before has finished. From the verb's start, each instance is asked directly,
# and the proxy as a reader would be (through the microcache), every 0.1 s, until both its timeline of talks and its API
# show the new title. The clock for "shown" starts when the
# edit is committed (PostgreSQL's commit timestamp of its change set): the verb's own time (reading and checking the
# file, waiting for another import's lock, writing) is not the instances', and the verb's return comes after its commit
# by however long the process takes to end.
export ASPNETCORE_ENVIRONMENT=Production Store__Provider=Postgres ConnectionStrings__TradeTalks="$TRADETALKS_STORE" Store__MigrateOnStart=false \
  Dashboard__PublicBaseUrl="$TRADETALKS_PROXY/"
(cd "$app" && dotnet TradeTalks.Web.dll export "$dir/base.json") 2>"$dir/export.log"
mapfile -t talks < <(jq -r '.talks | sort_by(.firstDay) | reverse | .[].key' "$dir/base.json")
# One talk with a new title, its people, and the sources it and they cite: a file the verb takes on its own.
one_talk='(.talks[] | select(.key == $key)) as $talk
  | [.people[] | select(.key as $k | ($talk.participants // []) | index($k))] as $people
  | ([$talk.sources[]?] + [$people[].sources[]?] | unique) as $cited
  | {formatVersion, sources: [.sources[] | select(.key as $k | $cited | index($k))], people: $people, talks: [$talk | .title = $title]}'
committed() { # file -> the epoch second its change set was committed, from PostgreSQL's commit timestamps
  # shellcheck disable=SC2086
  env $TRADETALKS_PSQL -c "SELECT extract(epoch FROM pg_xact_commit_timestamp(xmin)) FROM \"ChangeSets\" WHERE \"FileName\" = '$1' ORDER BY \"Id\" DESC LIMIT 1"
}
# Where each edit is looked for: both instances directly, and the proxy, whose answers may come from the microcache.
watched=("$TRADETALKS_A" "$TRADETALKS_B" "$TRADETALKS_PROXY")
edit() { # n: the nth talk gets a new title; prints how long the import took and each instance and the proxy took to show it
  local n=$1 key=${talks[$(( ($1 - 1) % ${#talks[@]} ))]} title="News-day edit $1"
  jq --arg key "$key" --arg title "$title" "$one_talk" "$dir/base.json" >"$dir/edit-$n.json"
  local t0 t1 tc; t0=$(now)
  for instance in "${watched[@]}"; do
    ( # shown: when the answers of the first poll that found the title on both the page and the API arrived
      local polls=$dir/polls-$n-${instance##*:} shown=$dir/shown-$n-${instance##*:} line
      while :; do
        line=$(poll "$instance" "$key" "$title")
        echo "$line" >>"$polls"
        if awk '{exit !($4 == 1 && $8 == 1)}' <<<"$line"; then awk '{print $2}' <<<"$line" >"$shown"; break; fi
        if [ "$(echo "$(now) - $t0 > 300" | bc)" = 1 ]; then echo never >"$shown"; break; fi
        sleep 0.1
      done
    ) &
  done
  (cd "$app" && dotnet TradeTalks.Web.dll import "$dir/edit-$n.json") >"$dir/import-$n.log" 2>&1 || { echo "edit $n import-failed"; }
  t1=$(now)
  wait
  tc=$(committed "edit-$n.json")
  for instance in "${watched[@]}"; do
    local shown; shown=$(cat "$dir/shown-$n-${instance##*:}")
    if [ "$shown" = never ] || [ -z "$tc" ]; then echo "edit $n ${instance##*:} never (committed: ${tc:-no})"; continue; fi
    printf 'edit %s %s import %.2f committed-at %.2f shown-after-return %.2f shown %.2f\n' "$n" "${instance##*:}" \
      "$(echo "$t1 - $t0" | bc)" "$(echo "$tc - $t0" | bc)" "$(echo "$shown - $t1" | bc)" "$(echo "$shown - $tc" | bc)"
  done
}
editor() {
  local begin; begin=$(now)
  for n in $(seq 1 $((seconds / every - 1))); do
    local wait; wait=$(echo "$begin + $n * $every - $(now)" | bc)
    [ "$(echo "$wait > 0" | bc)" = 1 ] && sleep "$wait"
    edit "$n" &
  done
  wait
}

say "Load: $connections connections for ${seconds} s through the proxy, an edit every $every s..."
logged_before=$(wc -l <"$dir/nginx/access.log")
editor >"$dir/edits" &
editor_pid=$!
load "$TRADETALKS_PROXY" "$dir/app.lua" "$seconds" "$dir/app.out"
wait "$editor_pid" || true
load_end=$(now)
# What the microcache answered during the load (nginx writes its access log at least once a second).
sleep 2
tail -n +"$((logged_before + 1))" "$dir/nginx/access.log" >"$dir/load-access.log"
sed -n 's/.* cache=\([A-Z-]*\)$/\1/p' "$dir/load-access.log" | sort | uniq -c >"$dir/cache"
# nginx's own time per request (from reading it to writing the last byte): beside wrk's, it tells a request nginx was
# slow over from one that waited before nginx read it (a connection held by a background update, a worker off its core).
nginx_p99=$(sed -n 's/.* rt=\([0-9.]*\) .*/\1/p' "$dir/load-access.log" | sort -n | awk '{v[NR] = $1} END {if (NR) {ms = 1000 * v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))]; if (ms < 1) printf "under 1"; else printf "%.0f", ms}}')
peak_a=$(awk '{print $2}' "$dir/memory" | sort -n | tail -1) peak_b=$(awk '{print $3}' "$dir/memory" | sort -n | tail -1)

say "The same load on the static copy (the instances stand idle meanwhile)..."
load "http://127.0.0.1:$static_port" "$dir/static.lua" "$seconds" "$dir/static.out"
rest=$(echo "$load_end + 60 - $(now)" | bc)
[ "$(echo "$rest > 0" | bc)" = 1 ] && sleep "$rest"
after_a=$(rss "$TRADETALKS_A_PID") after_b=$(rss "$TRADETALKS_B_PID")
kill "$memory_pid" 2>/dev/null || true

value() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
statuses() { awk '$1 == "status" {printf "%s%s: %s", sep, $2, $3; sep=", "}' "$1"; }
server_errors() { awk '$1 == "status" && $2 >= 500 {s += $3} END {print s + 0}' "$1"; }
non_success() { awk '$1 == "status" && ($2 < 200 || $2 >= 400) {s += $3} END {print s + 0}' "$1"; }
app_p99=$(value p99_ms "$dir/app.out") static_p99=$(value p99_ms "$dir/static.out")
ratio=$(echo "scale=2; $app_p99 / $static_p99" | bc)
proxy_port=${TRADETALKS_PROXY##*:}
edits=$(grep shown "$dir/edits" | grep -vc " $proxy_port import" || true) wanted=$((2 * (seconds / every - 1)))
slowest=$(grep shown "$dir/edits" | grep -v " $proxy_port import" | awk '{print $NF}' | sort -n | tail -1)
proxied=$(grep shown "$dir/edits" | grep -c " $proxy_port import" || true) proxied_wanted=$((seconds / every - 1))
proxied_slowest=$(grep shown "$dir/edits" | grep " $proxy_port import" | awk '{print $NF}' | sort -n | tail -1)
cached() { awk -v s="$1" '$2 == s {print $1}' "$dir/cache"; }
from_cache=$(awk '$2 == "HIT" || $2 == "STALE" || $2 == "UPDATING" {s += $1} END {print s + 0}' "$dir/cache")
logged=$(awk '{s += $1} END {print s + 0}' "$dir/cache")
limit=$((poll + 1))
# Each verdict is written from a command substitution (a subshell), so whether one was missed is read back from the table.
ok() { [ "$1" = 1 ] && echo yes || echo no; }
{
  echo "News day: $connections connections for ${seconds} s over ${#paths[@]} addresses (${#pages[@]} pages, ${#api[@]} API lists, ${#feeds[@]} feeds), an edit every $every s"
  echo
  echo "| figure | app (2 instances behind nginx) | static copy (nginx, files) | target | met |"
  echo "|---|---|---|---|---|"
  echo "| requests | $(value requests "$dir/app.out") in $(value seconds "$dir/app.out") s | $(value requests "$dir/static.out") in $(value seconds "$dir/static.out") s | – | – |"
  echo "| answers by status | $(statuses "$dir/app.out") | $(statuses "$dir/static.out") | no 5xx | $(ok "$([ "$(server_errors "$dir/app.out")" = 0 ] && [ "$(non_success "$dir/app.out")" = 0 ] && echo 1)") |"
  echo "| dropped connections (connect, read, write, timeout) | $(sed -n 's/^socket_detail //p' "$dir/app.out") | $(sed -n 's/^socket_detail //p' "$dir/static.out") | none | $(ok "$([ "$(value socket_errors "$dir/app.out")" = 0 ] && echo 1)") |"
  echo "| median latency | $(value p50_ms "$dir/app.out") ms | $(value p50_ms "$dir/static.out") ms | – | – |"
  echo "| p99 latency | $app_p99 ms (${ratio}× the static copy's) | $static_p99 ms | ≤ 5× | $(ok "$(echo "$ratio <= 5" | bc)") |"
  echo "| p99 of nginx's own time per request (access log) | ${nginx_p99:-–} ms | – | – | – |"
  echo "| answers from nginx's microcache (HIT, STALE, UPDATING) | $from_cache of $logged ($(echo "scale=1; 100 * $from_cache / ($logged + (${logged} == 0))" | bc) %): $(awk '{printf "%s%s %s", sep, $2, $1; sep=", "}' "$dir/cache") | – | – | – |"
  echo "| each edit shown on both instances, after its commit | $edits of $wanted, the slowest after ${slowest:-–} s | – | all, within ${limit} s (Store:ChangePollSeconds + 1) | $(ok "$([ "$edits" = "$wanted" ] && [ -n "$slowest" ] && echo "$slowest <= $limit" | bc)") |"
  echo "| each edit shown through nginx (its microcache), after its commit | $proxied of $proxied_wanted, the slowest after ${proxied_slowest:-–} s | – | all, within ${limit} s | $(ok "$([ "$proxied" = "$proxied_wanted" ] && [ -n "$proxied_slowest" ] && echo "$proxied_slowest <= $limit" | bc)") |"
  echo "| resident memory, instance A: before / peak / a minute after | $start_a / $peak_a / $after_a MB | – | back within 100 MB | $(ok "$(echo "$after_a - $start_a <= 100" | bc)") |"
  echo "| resident memory, instance B: before / peak / a minute after | $start_b / $peak_b / $after_b MB | – | back within 100 MB | $(ok "$(echo "$after_b - $start_b <= 100" | bc)") |"
  echo
  echo "Edits (instance port, or the proxy's ($proxy_port); seconds from the verb's start: its return, its commit; seconds from its return and"
  echo "from its commit until both the timeline of talks and the API showed it there; every poll is in polls-EDIT-PORT):"
  sed 's/^/    /' "$dir/edits"
} >"$results"
cat "$results"
missed=0
grep -q '| no |$' "$results" && missed=1
keep_results
say "Kept in $kept (the logs once the instances stop)."
$keep && say "Left running in $dir (bash scripts/two-instances.sh stop $dir $kept)."
exit "$missed"
