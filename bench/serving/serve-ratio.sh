#!/bin/bash
# serve-ratio.sh [-d 10s] [-c 50] [-t 2]
# FeedHub against nginx on the same bytes, in one run, on loopback: runs the service (Release build, the default
# configuration with its bundled samples, a PublicBaseUrl so its output cache is on, a temporary database), saves
# the /feeds/everything.rss it serves, has ../shared/clients/nginx_bench.sh serve those bytes from a private nginx
# (started on 127.0.0.1 and stopped by its PID), then measures FeedHub with the same wrk variants: plain,
# conditional (If-None-Match -> 304) and gzip. Prints both tables and FeedHub's ratio to nginx per variant.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CLIENTS="${CLIENTS:-$ROOT/../shared/clients}"
DUR=10s; CONN=50; THREADS=2; PORT=18096
while [ $# -gt 0 ]; do
  case "$1" in -d) DUR="$2"; shift 2;; -c) CONN="$2"; shift 2;; -t) THREADS="$2"; shift 2;; *) sed -n '2,7p' "$0"; exit 2;; esac
done
WRK=${WRK:-/usr/bin/wrk}
command -v "$WRK" >/dev/null || { echo "missing wrk (apt-get install wrk)" >&2; exit 2; }

T="$(mktemp -d -t serve-ratio.XXXXXX)"
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM

dotnet build -c Release -v q "$ROOT/src/FeedHub" >/dev/null
FEEDHUB="$ROOT/src/FeedHub/bin/Release/net10.0/feedhub"
mkdir -p "$T/config"
cp -r "$ROOT/config/samples" "$T/config/"
/usr/bin/python3 - "$ROOT/config/feedhub.json" "$T/config/feedhub.json" "$PORT" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["Urls"] = "http://127.0.0.1:%s" % sys.argv[3]
c["Logging"] = {"LogLevel": {"Default": "Warning"}}
c["FeedHub"]["PublicBaseUrl"] = "http://127.0.0.1:%s/" % sys.argv[3]
c["FeedHub"]["Database"] = "data/bench.db"
json.dump(c, open(sys.argv[2], "w"), indent=2)
PY
"$FEEDHUB" fetch --once --config "$T/config/feedhub.json" >/dev/null
"$FEEDHUB" serve --config "$T/config/feedhub.json" > "$T/feedhub.log" 2>&1 &
PID=$!
URL="http://127.0.0.1:$PORT/feeds/everything.rss"
for _ in $(seq 1 100); do curl -sf -o /dev/null "$URL" && break; sleep 0.2; done
curl -sf -o "$T/everything.rss" "$URL"
ETAG="$(curl -s -D - -o /dev/null "$URL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
echo "# FeedHub pid $PID; $URL ($(stat -c %s "$T/everything.rss") bytes) ETag: $ETAG"
echo "# check: conditional GET -> $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL"); gzip GET -> $(curl -s -o /dev/null -w '%{http_code} %{size_download}B' -H 'Accept-Encoding: gzip' "$URL")"

run() {  # name, extra wrk args...
  local name="$1"; shift
  local out; out="$("$WRK" -t"$THREADS" -c"$CONN" -d"$DUR" --latency "$@" "$URL" 2>&1)"
  printf '%-12s %10s req/s  %10s/s  p50 %-8s p99 %-8s %s\n' "$name" "$(awk '/^Requests\/sec:/{print $2}' <<<"$out")" \
    "$(awk '/^Transfer\/sec:/{print $2}' <<<"$out")" "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" \
    "$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';' - || true)"
}
# Warm up FeedHub (JIT, the cache) before measuring, as nginx needs no warm-up.
"$WRK" -t"$THREADS" -c"$CONN" -d3s "$URL" >/dev/null 2>&1
{
  echo "# FeedHub, wrk -t$THREADS -c$CONN -d$DUR"
  run plain
  WRK_IF_NONE_MATCH="$ETAG" run conditional -s "$CLIENTS/wrk_conditional.lua"
  WRK_ACCEPT_ENCODING=gzip run gzip -s "$CLIENTS/wrk_conditional.lua"
} | tee "$T/feedhub.txt"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
"$CLIENTS/nginx_bench.sh" "$T/everything.rss" -d "$DUR" -c "$CONN" -t "$THREADS" | tee "$T/nginx.txt"
echo "# FeedHub / nginx"
for v in plain conditional; do
  /usr/bin/python3 -c 'import sys; print("%-12s %.2fx" % (sys.argv[1], float(sys.argv[2]) / float(sys.argv[3])))' "$v" \
    "$(awk -v n="$v" '$1==n{print $2}' "$T/feedhub.txt")" "$(awk -v n="$v" '$1==n{print $2}' "$T/nginx.txt")"
done
/usr/bin/python3 -c 'import sys; print("%-12s %.2fx" % ("gzip", float(sys.argv[1]) / float(sys.argv[2])))' \
  "$(awk '$1=="gzip"{print $2}' "$T/feedhub.txt")" "$(awk '$1=="gzip_static"{print $2}' "$T/nginx.txt")"
