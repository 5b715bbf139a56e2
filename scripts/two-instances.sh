#!/usr/bin/env bash
# Two published TradeTalks instances on one PostgreSQL behind nginx, on loopback ports under a temporary folder: the
# production recipe of docs/production.md, made small enough to run anywhere. PostgreSQL and nginx come from Debian's
# packages (installed when missing); the cluster is a throwaway one made in the folder, never the machine's own.
#
#   scripts/two-instances.sh check          start everything, check it through the proxy, stop everything
#   scripts/two-instances.sh start [DIR]    start everything and leave it running; DIR/env holds the addresses
#   scripts/two-instances.sh stop DIR [LOGS] stop what start started and remove DIR, first copying its logs (both
#                                           instances', nginx's and PostgreSQL's) into LOGS when given
#
# TRADETALKS_PUBLISHED=path skips the publish and uses that published app.
set -euo pipefail
# nginx and runuser live in sbin, which a test runner's PATH may lack.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

root=$(cd "$(dirname "$0")/.." && pwd)
say() { printf '%s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

taken=" "
free_port() { # a loopback port nothing listens on and not handed out before (sets $port); below the kernel's range for
  # outgoing connections (32768 and up by default), where a load's closing connections can hold a port nothing listens on
  for port in $(shuf -i 20000-32000 -n 200); do
    case "$taken" in *" $port "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then taken="$taken$port "; return; fi
  done
  fail "no free loopback port"
}

install_missing() {
  local wanted=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || wanted+=(postgresql)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || wanted+=(nginx-light)
  command -v curl >/dev/null 2>&1 || wanted+=(curl)
  if [ ${#wanted[@]} -gt 0 ]; then
    say "Installing ${wanted[*]} from Debian's packages..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null
  fi
}

wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null "$1"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.5
  done
}

start() {
  local dir=${1:-$(mktemp -d /tmp/tradetalks-two-XXXXXX)}
  mkdir -p "$dir"; chmod 755 "$dir"
  install_missing
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

  local app=${TRADETALKS_PUBLISHED:-$dir/app}
  if [ -z "${TRADETALKS_PUBLISHED:-}" ]; then
    # For this machine's platform, as docs/production.md publishes: compiled ahead of time (ReadyToRun). The SDK's
    # portable name for it (linux-x64), not the one a distribution's own build of .NET may report (ubuntu.24.04-x64).
    local rid; rid=$(dotnet msbuild "$root/src/TradeTalks.Web" -getProperty:NETCoreSdkPortableRuntimeIdentifier 2>/dev/null | tr -d '[:space:]')
    [ -n "$rid" ] || fail "the SDK named no runtime identifier for this machine (dotnet msbuild -getProperty:NETCoreSdkPortableRuntimeIdentifier)"
    say "Publishing the app (Release, ReadyToRun for $rid)..."
    dotnet publish "$root/src/TradeTalks.Web" -c Release -r "$rid" --self-contained false -o "$app" --nologo -v quiet >"$dir/publish.log" 2>&1 || { cat "$dir/publish.log" >&2; fail "publish"; }
  fi

  local port pg_port a_port b_port proxy_port
  free_port; pg_port=$port; free_port; a_port=$port; free_port; b_port=$port; free_port; proxy_port=$port

  say "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$pg_port..."
  mkdir -p "$dir/pg"
  # A password, not trust: other users of the machine must not get a superuser on the loopback port.
  local db_password; db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$db_password" >"$dir/pg/password"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir/pg"; fi
  chmod 600 "$dir/pg/password"
  as_postgres "$bin/initdb" -D "$dir/pg/data" -U tradetalks --auth=scram-sha-256 --pwfile="$dir/pg/password" -E UTF8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; fail "initdb"; }
  as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c track_commit_timestamp=on" start >/dev/null
  PGPASSWORD=$db_password "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U tradetalks -d postgres -qc 'CREATE DATABASE tradetalks' >/dev/null

  local store="Host=127.0.0.1;Port=$pg_port;Database=tradetalks;Username=tradetalks;Password=$db_password"
  local password=${TRADETALKS_EDITOR_PASSWORD:-Two-instances-7-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    Store__Provider=Postgres ConnectionStrings__TradeTalks="$store" Store__MigrateOnStart=false \
    Https__Redirect=false Https__Hsts=false Proxy__KnownProxies__0=127.0.0.1 \
    Dashboard__PublicBaseUrl="http://127.0.0.1:$proxy_port/"

  say "Migrating and seeding once, before the instances start..."
  (cd "$app" && dotnet TradeTalks.Web.dll migrate) >"$dir/migrate.log" 2>&1 || { cat "$dir/migrate.log" >&2; fail "migrate"; }
  (cd "$app" && printf '%s\n' "$password" | dotnet TradeTalks.Web.dll users add editor@example.org --role Admin --password-stdin) \
    >"$dir/users.log" 2>&1 || { cat "$dir/users.log" >&2; fail "users add"; }

  for name in a b; do
    local port; port=$([ $name = a ] && echo "$a_port" || echo "$b_port")
    # TRADETALKS_RENDER_LOG=1 has each instance log every page it renders, with the change set it knew of (a Debug line
    # of CachedSinceWrite): for finding why an edit showed late, at some cost under load.
    (cd "$app" && exec env "Serilog__MinimumLevel__Override__TradeTalks.Web.Extensions.CachedSinceWrite=$([ "${TRADETALKS_RENDER_LOG:-}" = 1 ] && echo Debug || echo Information)" \
      dotnet TradeTalks.Web.dll --urls "http://127.0.0.1:$port" >"$dir/$name.log" 2>&1) &
    echo $! >"$dir/$name.pid"
  done
  for port in "$a_port" "$b_port"; do
    # Generous: on a loaded two-core machine a store check that fails once waits out its retries (1, 2, 4, 8... s).
    wait_for "http://127.0.0.1:$port/health/ready" 180 || { tail -n 20 "$dir"/a.log "$dir"/b.log >&2; fail "instance on $port not ready"; }
  done

  say "Starting nginx on 127.0.0.1:$proxy_port..."
  mkdir -p "$dir/nginx"
  [ "$(id -u)" = 0 ] && chown nobody "$dir/nginx"
  sed -e "s|@DIR@|$dir|g" -e "s|@PROXY@|$proxy_port|g" -e "s|@A@|$a_port|g" -e "s|@B@|$b_port|g" \
    "$root/docs/nginx/tradetalks.conf.template" >"$dir/nginx.conf"
  nginx -c "$dir/nginx.conf" -p "$dir/nginx" -e "$dir/nginx/error.log"
  wait_for "http://127.0.0.1:$proxy_port/health/live" 30 || fail "nginx"

  # KEY=value lines, quoted for the shell (check sources this file; the browser test reads it). The store's own client
  # (TRADETALKS_PSQL) for a bench's questions, such as when a change set was committed (track_commit_timestamp is on).
  {
    printf 'TRADETALKS_DIR=%q\n' "$dir"
    printf 'TRADETALKS_PSQL=%q\n' "PGPASSWORD=$db_password $bin/psql -h 127.0.0.1 -p $pg_port -U tradetalks -d tradetalks -Atq"
    printf 'TRADETALKS_PROXY=%q\n' "http://127.0.0.1:$proxy_port"
    printf 'TRADETALKS_A=%q\n' "http://127.0.0.1:$a_port"
    printf 'TRADETALKS_B=%q\n' "http://127.0.0.1:$b_port"
    printf 'TRADETALKS_A_PID=%q\n' "$(cat "$dir/a.pid")"
    printf 'TRADETALKS_B_PID=%q\n' "$(cat "$dir/b.pid")"
    printf 'TRADETALKS_STORE=%q\n' "$store"
    printf 'TRADETALKS_EDITOR=%q\n' "editor@example.org"
    printf 'TRADETALKS_EDITOR_PASSWORD=%q\n' "$password"
  } >"$dir/env"
  say "Running: proxy http://127.0.0.1:$proxy_port, instances :$a_port and :$b_port, PostgreSQL :$pg_port ($dir)"
  echo "$dir"
}

stop() { # dir [logs]
  local dir=$1 logs=${2:-}
  [ -f "$dir/nginx.conf" ] && nginx -c "$dir/nginx.conf" -p "$dir/nginx" -e "$dir/nginx/error.log" -s stop 2>/dev/null || true
  for name in a b; do [ -f "$dir/$name.pid" ] && kill "$(cat "$dir/$name.pid")" 2>/dev/null || true; done
  # The instances flush their logs as they stop.
  for name in a b; do [ -f "$dir/$name.pid" ] && timeout 20 tail --pid="$(cat "$dir/$name.pid")" -f /dev/null 2>/dev/null || true; done
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -d "$dir/pg/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  if [ -n "$logs" ]; then
    # What explains a late page: each instance's log, nginx's, PostgreSQL's, and how the store was made.
    mkdir -p "$logs"
    for log in a.log b.log migrate.log users.log nginx/access.log nginx/error.log pg/server.log; do
      [ -f "$dir/$log" ] && cp "$dir/$log" "$logs/${log//\//-}"
    done
  fi
  rm -rf "$dir"
}

# The checks a newcomer or CI can run with curl alone; the browser test (TwoInstanceTests) adds an edit and a live
# circuit on top.
check() {
  # The folder first, and its clean-up, so that a failure part-way still stops what was started.
  checked=$(mktemp -d /tmp/tradetalks-two-XXXXXX)
  trap 'stop "$checked"' EXIT
  start "$checked" >/dev/null
  local dir=$checked
  # shellcheck disable=SC1091
  . "$dir/env"
  local jar="$dir/cookies"

  say "Every page through the proxy..."
  for path in / /timeline /tariffs /truce /measures /commitments /officials /indicators /claims /sources \
              /api/ /api/v1/talks /feed.atom /calendar.ics /health/ready /account/signin; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$TRADETALKS_PROXY$path")
    [ "$code" = 200 ] || fail "$path answered $code through the proxy"
  done
  asset=$(curl -s "$TRADETALKS_PROXY/" | grep -o '_framework/blazor\.web\.[a-z0-9]*\.js' | head -1)
  [ -n "$asset" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$TRADETALKS_PROXY/$asset")" = 200 ] || fail "static assets through the proxy"

  say "Signing in through the proxy; the other instance reads the same cookie..."
  page=$(curl -s -c "$jar" -b "$jar" "$TRADETALKS_PROXY/account/signin")
  token=$(printf '%s' "$page" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$token" ] || fail "no form token on the sign-in page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$TRADETALKS_PROXY/account/signin" \
    --data-urlencode "_handler=signin" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$TRADETALKS_EDITOR" --data-urlencode "Input.Password=$TRADETALKS_EDITOR_PASSWORD")
  [ "$code" = 302 ] || fail "signing in answered $code"
  for instance in "$TRADETALKS_A" "$TRADETALKS_B"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$instance/account/password")
    [ "$code" = 200 ] || fail "$instance did not take the sign-in cookie ($code)"
  done

  say "An instance killed: the proxy sends readers to the other..."
  served=$(curl -s -o /dev/null -D - "$TRADETALKS_PROXY/health/live" | tr -d '\r' | sed -n 's/^X-Upstream: //Ip')
  case "$served" in *"${TRADETALKS_A##*:}") victim=$TRADETALKS_A_PID ;; *) victim=$TRADETALKS_B_PID ;; esac
  kill -9 "$victim"
  for path in / /timeline /account/password; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$TRADETALKS_PROXY$path")
    [ "$code" = 200 ] || fail "$path answered $code after one instance was killed"
  done
  now=$(curl -s -o /dev/null -D - "$TRADETALKS_PROXY/health/live" | tr -d '\r' | sed -n 's/^X-Upstream: //Ip')
  [ "$now" != "$served" ] || fail "the proxy still names the killed instance ($now)"
  say "Two instances behind nginx: every check passed."
}

case "${1:-}" in
  check) check ;;
  start)
    # Started on its own, a failure part-way stops what it started; on success the caller stops it.
    started=${2:-$(mktemp -d /tmp/tradetalks-two-XXXXXX)}
    trap 'status=$?; if [ $status -ne 0 ]; then stop "$started"; fi' EXIT
    start "$started" ;;
  stop) [ -n "${2:-}" ] || fail "stop needs the folder start printed"; stop "$2" "${3:-}" ;;
  *) say "usage: $0 check | start [DIR] | stop DIR"; exit 2 ;;
esac
