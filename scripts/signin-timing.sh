#!/usr/bin/env bash
# How long the sign-in form takes to refuse an unknown address, a wrong password, a disabled and a locked account,
# so their timing can be compared (they should be alike: each checks one password hash). Starts the built app on a
# throwaway SQLite file in Development, with the per-address sign-in limit lifted, and prints the median and the 90th
# percentile of each over ROUNDS attempts (interleaved, so a busy moment hits every case alike).
#
#   dotnet build src/TradeTalks.Web && bash scripts/signin-timing.sh [folder of TradeTalks.Web.dll] [rounds]
set -euo pipefail
app=$(cd "${1:-$(dirname "$0")/../src/TradeTalks.Web/bin/Debug/net10.0}" && pwd)
rounds=${2:-40}
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export ASPNETCORE_ENVIRONMENT=Development DOTNET_CLI_TELEMETRY_OPTOUT=1 ConnectionStrings__TradeTalks="Data Source=$dir/store.db" \
  SignIn__RateLimit__PermitLimit=1000000 Serilog__MinimumLevel__Default=Warning
password=Known-Password-2026
cleanup() { [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT

cd "$app"
for who in known gone locked; do
  printf '%s\n' "$password" | dotnet TradeTalks.Web.dll users add "$who@example.org" --role Editor --password-stdin >>"$dir/setup.log" 2>&1 \
    || { cat "$dir/setup.log" >&2; exit 1; }
done
dotnet TradeTalks.Web.dll users disable gone@example.org >>"$dir/setup.log" 2>&1 || { cat "$dir/setup.log" >&2; exit 1; }
# Locked as the change-password form's lock-out leaves an account: a lock-out end in the future.
sqlite3 "$dir/store.db" "UPDATE AspNetUsers SET LockoutEnd = '2999-01-01 00:00:00+00:00' WHERE Email = 'locked@example.org'"

dotnet TradeTalks.Web.dll --urls "http://127.0.0.1:$port" >"$dir/app.log" 2>&1 &
echo $! >"$dir/pid"
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$dir/app.log" >&2; exit 1; }

attempt() { # email password -> seconds the POST took
  local jar="$dir/jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "http://127.0.0.1:$port/account/signin" \
    --data-urlencode _handler=signin --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2"
}

attempt known@example.org wrong-password-1 >/dev/null # the first answer also builds the decoy hash
for _ in $(seq "$rounds"); do
  echo "unknown $(attempt nobody@example.org "$password")"
  echo "wrong-password $(attempt known@example.org Wrong-Password-2026)"
  echo "disabled $(attempt gone@example.org "$password")"
  echo "locked $(attempt locked@example.org "$password")"
done | python3 -c '
import sys, statistics
times = {}
for line in sys.stdin:
    case, seconds = line.split()
    times.setdefault(case, []).append(float(seconds) * 1000)
for case, values in times.items():
    values.sort()
    print(f"{case:15} median {statistics.median(values):6.1f} ms   p90 {values[int(len(values) * 0.9) - 1]:6.1f} ms   ({len(values)} attempts)")
'
