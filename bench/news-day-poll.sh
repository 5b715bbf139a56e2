# How bench/news-day.sh asks an instance whether it shows an edit; sourced by it and by NewsDayPollTests.
#
# Each answer is read whole, then searched. The news day's first check piped curl into `grep -q` under pipefail: grep
# stops reading at the title, curl then fails writing the rest of a page larger than a pipe holds (the timeline of talks
# is about 70 KB, the newest talks in its first half), and the check read "not shown". About half of all polls of a page
# that showed the edit said it did not, so an edit "showed" only at a lucky poll: the late edits of runs 3-8.

now() { date +%s.%N; }

# instance talk title -> one line: the time the poll began and the time its later answer arrived (the page and the API
# are asked at once), then for the timeline of talks and for the talk in the API: the status, whether the title is shown
# (1 or 0), the change set the answer names ("Cite this" on the page, the API's ETag) and the cached copy's age in
# seconds (- when it was rendered for this request).
poll() {
  local at answers
  at=$(now)
  answers=$(mktemp -d)
  { curl -s --max-time 10 -D - "$1/timeline?kind=Talk" >"$answers/page" || true; now >"$answers/page-at"; } &
  { curl -s --max-time 10 -D - "$1/api/v1/talks/$2" >"$answers/api" || true; now >"$answers/api-at"; } &
  wait
  printf '%s %s %s %s\n' "$at" "$(sort -n "$answers/page-at" "$answers/api-at" | tail -n 1)" \
    "$(describe "$(tr -d '\r' <"$answers/page")" "$3" 'as published at version \K[0-9]+')" \
    "$(describe "$(tr -d '\r' <"$answers/api")" "$3" '^etag: W/"\K[0-9]+')"
  rm -rf "$answers"
}

# response (headers, then body) title version-pattern -> status shown version age
describe() {
  local status shown version age
  status=$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' <<<"$1")
  shown=0
  if grep -qF -- "$2" <<<"$1"; then shown=1; fi
  version=$(grep -m1 -oiP -- "$3" <<<"$1") || true
  version=${version%%$'\n'*}
  age=$(sed -n '/^[Aa]ge: /{s///p;q}' <<<"$1")
  printf '%s %s %s %s' "${status:-none}" "$shown" "${version:--}" "${age:--}"
}
