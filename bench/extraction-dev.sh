#!/usr/bin/env bash
# Extraction quality and CPU on the real pages of ../shared/extraction-dev, FeedHub against SmartReader, in one run.
# Usage: bench/extraction-dev.sh [--feedhub-only]   (from the repository root; needs /usr/bin/python3)
# Prints each scorer's summary line per extractor, then CPU seconds per page (user + system of the whole batch
# process over the 467 snippet pages, start-up included, so both peers pay their JIT alike). Per-page rows land in
# /tmp/extraction-dev/*.tsv: look at the worst pages there first.
set -euo pipefail
cd "$(dirname "$0")/.."
S=../shared/extraction-dev
[ -d "$S" ] || { echo "no $S here: the development sets are not on this machine"; exit 2; }
OUT=/tmp/extraction-dev
mkdir -p "$OUT"
dotnet build -c Release src/FeedHub -v q -nologo >/dev/null
FEEDHUB="dotnet src/FeedHub/bin/Release/net10.0/feedhub.dll extract --batch"
ENGINES=("feedhub|$FEEDHUB")
if [ "${1:-}" != "--feedhub-only" ]; then
  dotnet build -c Release bench/FeedHub.Benchmarks -v q -nologo >/dev/null
  ENGINES+=("smartreader|dotnet bench/FeedHub.Benchmarks/bin/Release/net10.0/FeedHub.Benchmarks.dll smartreader-batch")
fi

# the snippet pages as one batch list, for the CPU clock
find "$S/snippets/html" -name '*.html' | sort | awk '{print $0 "\thttps://example.org/"}' > "$OUT/snippets.list"
pages=$(wc -l < "$OUT/snippets.list")

for entry in "${ENGINES[@]}"; do
  name=${entry%%|*}; cmd=${entry#*|}
  echo "== $name"
  /usr/bin/python3 "$S/score_snippets.py" --data "$S/snippets" --batch-cmd "$cmd {list}" --details "$OUT/$name-snippets.tsv" 2>&1 | tail -1
  /usr/bin/python3 "$S/score_readability.py" --batch-cmd "$cmd {list}" --details "$OUT/$name-readability.tsv" 2>&1 | tail -1
  /usr/bin/time -f "%U %S" -o "$OUT/$name.time" $cmd "$OUT/snippets.list" > /dev/null
  read -r user sys < "$OUT/$name.time"
  awk -v u="$user" -v s="$sys" -v n="$pages" -v name="$name" 'BEGIN { printf "cpu %s: %.4f s per page (%d pages, user %.2f s + system %.2f s)\n", name, (u + s) / n, n, u, s }'
done
