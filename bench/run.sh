#!/usr/bin/env bash
# The benchmark (docs/performance.md): publishes the app and the Blazor template in Release, builds 1×–1000× data sets
# through the import verb, and prints the figures beside their targets. Run by hand; it takes 10–20 minutes.
#   bash bench/run.sh [--factors 1,10,100,1000] [--seconds 10] [--work DIR] [--reuse]
#   bash bench/run.sh --products   (the product catalogue's lookups and searches only; a minute, no publish)
#   bash bench/run.sh --product-pages [--baseline COMMIT]   (issue 26: first start, memory and product pages; 15 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-/usr/bin/chromium}" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet run --project bench/TradeTalks.Bench -c Release -- "$@"
