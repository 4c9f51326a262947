#!/bin/bash
# parse-batch.sh [-r 5]
# The parse benchmark's end-to-end row: `feedhub parse --batch` over the benchmark corpus (written out as files by
# `-- write-corpus`) against SyndicationFeed behind the same contract (`-- syndication-batch`: every field of the
# schema read and written as one JSON line per feed). Both are Release builds; they alternate, R rounds after one
# warm-up each, and the medians of the whole process (wall clock, start-up included) and of the parse loop alone
# (batch_parse_seconds: reading, parsing and writing, start-up and file reads excluded) are printed with the ratios.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ROUNDS=5
while [ $# -gt 0 ]; do
  case "$1" in -r) ROUNDS="$2"; shift 2;; *) sed -n '2,7p' "$0"; exit 2;; esac
done
T="$(mktemp -d -t parse-batch.XXXXXX)"
trap 'rm -rf "$T"' EXIT INT TERM

dotnet build -c Release -v q "$ROOT/src/FeedHub" >/dev/null
dotnet build -c Release -v q "$ROOT/bench/FeedHub.Benchmarks" >/dev/null
FEEDHUB="$ROOT/src/FeedHub/bin/Release/net10.0/feedhub"
BENCH="$ROOT/bench/FeedHub.Benchmarks/bin/Release/net10.0/FeedHub.Benchmarks"
"$BENCH" write-corpus "$T/corpus"
ls "$T"/corpus/*.xml > "$T/list"

feedhub() { "$FEEDHUB" parse --batch "$1"; }
syndication() { "$BENCH" syndication-batch "$1"; }
run() { # run NAME: appends "wall-seconds loop-seconds" to $T/NAME.times
  local name="$1" start end loop
  start=$(date +%s.%N)
  "$name" "$T/list" > "$T/$name.out" 2> "$T/$name.err"
  end=$(date +%s.%N)
  loop=$(sed -n 's/^batch_parse_seconds=//p' "$T/$name.err" | tail -1)
  echo "$(echo "$end - $start" | bc) $loop" >> "$T/$name.times"
}

run feedhub; run syndication # warm-up: the file cache and the disk
rm -f "$T"/*.times
for _ in $(seq "$ROUNDS"); do
  run feedhub
  run syndication
done
/usr/bin/python3 - "$T" "$ROUNDS" <<'PY'
import json, statistics, sys, os
t, rounds = sys.argv[1], int(sys.argv[2])
def med(name, i): return statistics.median(float(l.split()[i]) for l in open(os.path.join(t, name + ".times")))
size = sum(os.path.getsize(os.path.join(t, "corpus", f)) for f in os.listdir(os.path.join(t, "corpus")))
items = {n: sum(len(json.loads(l).get("items", [])) for l in open(os.path.join(t, n + ".out"))) for n in ("feedhub", "syndication")}
print(f"corpus: {len(os.listdir(os.path.join(t, 'corpus')))} feeds, {size/1e6:.1f} MB; items written: FeedHub {items['feedhub']}, SyndicationFeed {items['syndication']}")
print(f"{'':28}{'whole process':>16}{'parse loop':>14}   (medians of {rounds} rounds)")
for n, label in (("syndication", "SyndicationFeed adapter"), ("feedhub", "feedhub parse --batch")):
    print(f"{label:28}{med(n, 0)*1000:13.0f} ms{med(n, 1)*1000:11.0f} ms")
print(f"{'ratio (SyndicationFeed / FeedHub)':34}{med('syndication', 0)/med('feedhub', 0):7.2f}x{med('syndication', 1)/med('feedhub', 1):13.2f}x")
PY
