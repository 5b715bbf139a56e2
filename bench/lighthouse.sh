#!/usr/bin/env bash
# Lighthouse on a phone (issue 23, docs/performance.md): a Release publish on a fresh SQLite store, on a loopback port,
# audited by Lighthouse from npm with the system Chromium on its default (mobile) preset with simulated throttling:
# performance, accessibility, best practices and SEO for / and /tariffs, each page --runs times (default 3). It prints
# each page's median score per category and the audits that failed in any run, keeps the JSON reports in the work
# folder, and exits 1 when a median is below 100. Run by hand; it takes about three minutes after the publish.
#
#   bash bench/lighthouse.sh [--runs 3] [--published DIR] [--work DIR] [--pages "/ /tariffs"]
#
# --published DIR uses an app already published (dotnet publish -c Release -r linux-x64) instead of publishing one.
# Lighthouse is installed with npm into the work folder's npm/ (kept between runs), never into the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

lighthouse_version=13.5.0
runs=3 published="" work="" pages="/ /tariffs"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --published) published=$(cd "$2" && pwd); shift 2 ;;
    --work) work=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    *) echo "usage: $0 [--runs 3] [--published DIR] [--work DIR] [--pages \"/ /tariffs\"]" >&2; exit 2 ;;
  esac
done
say() { printf '%s\n' "$*" >&2; }

chromium=${CHROME_PATH:-/usr/bin/chromium}
need=()
command -v curl >/dev/null || need+=(curl)
command -v npm >/dev/null || need+=(npm)
[ -x "$chromium" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  say "Installing ${need[*]} from Debian's packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=${work:-/tmp/tradetalks-lighthouse}
mkdir -p "$work/npm" "$work/reports"
lighthouse="$work/npm/node_modules/lighthouse/cli/index.js"
if ! grep -qs "\"version\": \"$lighthouse_version\"" "$work/npm/node_modules/lighthouse/package.json"; then
  say "Installing Lighthouse $lighthouse_version with npm into $work/npm..."
  (cd "$work/npm" && { [ -f package.json ] || echo '{"private": true}' >package.json; } &&
    npm install --no-audit --no-fund --loglevel=error "lighthouse@$lighthouse_version" >"$work/npm.log" 2>&1) ||
    { say "npm could not install Lighthouse; see $work/npm.log"; exit 1; }
fi

if [ -z "$published" ]; then
  say "Publishing a Release build into $work/app..."
  rm -rf "$work/app"
  dotnet publish src/TradeTalks.Web -c Release -r linux-x64 --self-contained false -o "$work/app" >"$work/publish.log" ||
    { say "The publish failed; see $work/publish.log"; exit 1; }
  published=$work/app
fi

free_port() { for p in $(shuf -i 20000-32000 -n 200); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true' EXIT
port=$(free_port)
rm -f "$work"/store.db*
(cd "$published" && ASPNETCORE_ENVIRONMENT=Production Dashboard__PublicBaseUrl="http://127.0.0.1:$port/" Https__Redirect=false Https__Hsts=false \
  ConnectionStrings__TradeTalks="Data Source=$work/store.db" Serilog__MinimumLevel__Default=Warning \
  exec dotnet TradeTalks.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.5; done
curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" || { say "The app did not start; see $work/app.log"; exit 1; }

rm -f "$work"/reports/*.json
for page in $pages; do
  # One untimed visit, so every run finds the page as a reader after the first does (rendered and in the page cache).
  curl -fs -o /dev/null "http://127.0.0.1:$port$page" || { say "$page did not answer 200"; exit 1; }
  name=$(echo "$page" | tr -c 'A-Za-z0-9\n' '-' | sed 's/^-*//; s/-*$//'); name=${name:-overview}
  for run in $(seq 1 "$runs"); do
    say "Lighthouse on $page, run $run of $runs..."
    # On a busy machine Chromium's trace now and then comes back without its start (NO_NAVSTART): a run is tried twice.
    for attempt in 1 2; do
      CHROME_PATH=$chromium node "$lighthouse" "http://127.0.0.1:$port$page" --quiet \
        --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output-path="$work/reports/$name-$run.json" 2>>"$work/lighthouse.log" && break
      [ "$attempt" = 2 ] && { say "Lighthouse failed twice on $page; see $work/lighthouse.log"; exit 1; }
      say "Lighthouse failed on $page (see $work/lighthouse.log); once more..."
    done
  done
done

# The median of each category over the runs, and every audit that scored below full marks in any run.
results="$work/results.md"
status=0
node - "$work/reports" "$runs" $pages >"$results" <<'JS' || status=$?
const fs = require('fs');
const [dir, runs, ...pages] = process.argv.slice(2);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = values => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
let below = false;
const lines = [`Lighthouse ${runs} run(s) per page, mobile preset (simulated throttling); the median of each category.`, '',
  `| page | ${categories.join(' | ')} | largest paint | blocking time |`, `|---|${categories.map(() => '---').join('|')}|---|---|`];
const failing = [];
for (const page of pages) {
  const name = page.replace(/[^A-Za-z0-9]/g, '-').replace(/^-+|-+$/g, '') || 'overview';
  const reports = [...Array(Number(runs)).keys()].map(i => JSON.parse(fs.readFileSync(`${dir}/${name}-${i + 1}.json`, 'utf8')));
  const scores = categories.map(c => median(reports.map(r => Math.round((r.categories[c].score ?? 0) * 100))));
  if (scores.some(s => s < 100)) below = true;
  const ms = id => median(reports.map(r => r.audits[id].numericValue)).toFixed(0) + ' ms';
  lines.push(`| \`${page}\` | ${scores.join(' | ')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} |`);
  const seen = new Map();
  for (const r of reports) {
    for (const [id, a] of Object.entries(r.audits)) {
      if (a.score === null || a.score >= 1 || ['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)) continue;
      seen.set(id, `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  }
  for (const [id, text] of seen) failing.push(`- \`${page}\` ${id}: ${text}`);
}
lines.push('', failing.length ? 'Audits below full marks in some run:' : 'No audit below full marks.', ...failing);
console.log(lines.join('\n'));
process.exitCode = below ? 1 : 0;
JS
cat "$results"
say "Reports in $work/reports; results in $results"
exit "$status"
