#!/usr/bin/env bash
# Embeds and chart images (issue 23, docs/performance.md): a Release publish on a SQLite store. Each embed served from
# the output cache against the same bytes saved as a file and served by nginx (the static copy), side by side, wrk
# interleaved, the median of three rounds; then, on a second instance with the output cache off, the time of an
# uncached PNG of the escalation chart against the uncached /tariffs page it pictures (the median of sequential
# requests). It prints both beside their targets (>= 0.5x the static copy's requests per second; PNG <= 5x the page's
# time) and exits 1 when one is missed. Run by hand; it takes about five minutes.
#
#   bash bench/embeds.sh [--seconds 10] [--requests 40] [--published DIR] [--work DIR]
#
# --published DIR uses an app already published (dotnet publish -c Release -r linux-x64) instead of publishing one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

seconds=10 requests=40 published="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --published) published=$(cd "$2" && pwd); shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds 10] [--requests 40] [--published DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done
say() { printf '%s\n' "$*" >&2; }

need=()
for tool in wrk curl bc nginx; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]} from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]/nginx/nginx-light}" >/dev/null
fi

work=${work:-$(mktemp -d /tmp/tradetalks-embeds.XXXXXX)}
mkdir -p "$work/static/copy" "$work/static/logs"
if [ -z "$published" ]; then
  say "Publishing a Release build into $work/app..."
  dotnet publish src/TradeTalks.Web -c Release -r linux-x64 --self-contained false -o "$work/app" >"$work/publish.log"
  published=$work/app
fi

free_port() { for p in $(shuf -i 20000-32000 -n 200); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/static/nginx.pid" ] && nginx -c "$work/static-nginx.conf" -p "$work/static" -s stop 2>/dev/null || true
}
trap stop_all EXIT

# One instance as production runs it, and one rendering every request (Dashboard:OutputCache=false), on copies of one store.
start_app() { # port, store, cache
  (cd "$published" && ASPNETCORE_ENVIRONMENT=Production Dashboard__PublicBaseUrl="http://127.0.0.1:$1/" Https__Redirect=false Https__Hsts=false \
    ConnectionStrings__TradeTalks="Data Source=$2" Dashboard__OutputCache="$3" Serilog__MinimumLevel__Default=Warning \
    exec dotnet TradeTalks.Web.dll --urls "http://127.0.0.1:$1" >"$work/app-$1.log" 2>&1) &
  pids+=($!)
}
wait_ready() { for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready" && return; sleep 0.5; done; say "The app on $1 did not start"; exit 1; }
cached=$(free_port); start_app "$cached" "$work/cached.db" true; wait_ready "$cached"
cp "$work/cached.db" "$work/uncached.db"
uncached=$(free_port); start_app "$uncached" "$work/uncached.db" false; wait_ready "$uncached"

embeds=(/embed/rates /embed/truce /embed/chart "/embed/rates?asOf=2025-06-10" "/embed/truce?asOf=2025-06-10" "/embed/chart?asOf=2025-06-10")
say "Saving the ${#embeds[@]} embeds' answers as the static copy..."
i=0
for path in "${embeds[@]}"; do
  i=$((i + 1))
  code=$(curl -s -o "$work/static/copy/$i.html" -w '%{http_code}' "http://127.0.0.1:$cached$path")
  [ "$code" = 200 ] || { say "FAILED: $path answered $code"; exit 1; }
done
static=$(free_port)
cat >"$work/static-nginx.conf" <<CONF
worker_processes 1;
pid $work/static/nginx.pid;
error_log $work/static/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server { listen 127.0.0.1:$static; root $work/static/copy; }
}
CONF
nginx -c "$work/static-nginx.conf" -p "$work/static"

rps() { wrk -t2 -c32 -d"${seconds}s" "$1" | sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p'; }
median() { sort -g | sed -n "$((($1 + 1) / 2))p"; }
failed=0
results="$work/results.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, a Release publish, wrk -t2 -c32 ${seconds} s × 3 per figure."
  echo
  echo "| What | Figure | Target | Met |"
  echo "|---|---|---|---|"
} >"$results"
say "Embeds from the cache against the static copy, ${seconds} s × 3 rounds each..."
declare -A app_runs static_runs
for round in 1 2 3; do
  i=0
  for path in "${embeds[@]}"; do
    i=$((i + 1))
    app_runs[$i]+="$(rps "http://127.0.0.1:$cached$path") "
    static_runs[$i]+="$(rps "http://127.0.0.1:$static/$i.html") "
  done
done
i=0
for path in "${embeds[@]}"; do
  i=$((i + 1))
  a=$(echo "${app_runs[$i]}" | tr ' ' '\n' | grep . | median 3)
  s=$(echo "${static_runs[$i]}" | tr ' ' '\n' | grep . | median 3)
  ratio=$(echo "scale=3; $a / $s" | bc)
  met=$(echo "$ratio >= 0.5" | bc)
  [ "$met" = 1 ] || failed=1
  bytes=$(stat -c %s "$work/static/copy/$i.html")
  echo "| \`$path\` from the cache ÷ static copy ($bytes bytes) | ${ratio}× ($(printf %.0f "$a") vs $(printf %.0f "$s") rps) | ≥ 0.5× | $([ "$met" = 1 ] && echo yes || echo NO) |" >>"$results"
done

say "Uncached: the escalation chart's PNG against /tariffs, $requests sequential requests each..."
timed() { for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | median "$requests"; }
page_url="http://127.0.0.1:$uncached/tariffs?asOf=2025-06-10"
png_url="http://127.0.0.1:$uncached/charts/escalation.png?asOf=2025-06-10"
for _ in 1 2 3 4 5; do curl -s -o /dev/null "$page_url"; curl -s -o /dev/null "$png_url"; done
page=$(timed "$page_url")
png=$(timed "$png_url")
ratio=$(echo "scale=2; $png / $page" | bc)
met=$(echo "$ratio <= 5" | bc)
[ "$met" = 1 ] || failed=1
echo "| Uncached PNG of the escalation chart ÷ uncached \`/tariffs\` (median of $requests) | ${ratio}× ($(echo "$png * 1000" | bc | xargs printf %.1f) ms vs $(echo "$page * 1000" | bc | xargs printf %.1f) ms) | ≤ 5× | $([ "$met" = 1 ] && echo yes || echo NO) |" >>"$results"

cat "$results"
say "Results in $results"
exit "$failed"
