#!/usr/bin/env bash
# Side-by-side benchmark of `plan` against the floors and the peers, on the synthetic corpus
# (bench/gen-corpus.mjs) at the sizes given (default 1000 10000 50000).
#
#   (cd bench && npm ci)         # the peers (remark-cli, markdownlint-cli2), once
#   npm run build
#   bench/run.sh                 # 5 timed runs + 1 warm-up per runner and size
#   RUNS=3 LIMIT=120 bench/run.sh 1000 10000
#
# Prints a Markdown table: median wall time, ratio to the floor, peak RSS, and the growth with N.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
SIZES=("${@:-1000 10000 50000}")
[ $# -eq 0 ] && SIZES=(1000 10000 50000)
RUNS=${RUNS:-5}
LIMIT=${LIMIT:-120}
PLAN="node $REPO/bin/plan.js"
SCHEMA=$REPO/schemas/paragraph.schema.json
OUT=$HERE/out
mkdir -p "$OUT"
[ -f "$REPO/dist/cli/main.js" ] || { echo "run 'npm run build' first" >&2; exit 2; }
PEERS=1
[ -x "$HERE/node_modules/.bin/remark" ] || { PEERS=0; echo "peers not installed (cd bench && npm ci): skipping them" >&2; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# run NAME N CMD... : prints "median_ms peak_rss_mb" (or "timeout")
run() {
  local name=$1 n=$2; shift 2
  local walls=() rss=0 i t0 t1 r
  for ((i = 0; i <= RUNS; i++)); do
    t0=$(date +%s%N)
    (cd "$OUT/corpus-$n" && /usr/bin/time -f %M -o "$OUT/rss" timeout "$LIMIT" "$@" >"$OUT/last.out" 2>"$OUT/last.err")
    local rc=$?
    t1=$(date +%s%N)
    [ $rc = 124 ] && { echo timeout; return; }
    ((i == 0)) && continue
    walls+=($(((t1 - t0) / 1000000)))
    r=$(tail -1 "$OUT/rss"); ((r > rss)) && rss=$r
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $((rss / 1024))"
}

declare -A FLOOR
echo "| runner | N | median ms | × floor | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  [ -f "$OUT/corpus-$n/expected.json" ] || node "$HERE/gen-corpus.mjs" "$n" "$OUT/corpus-$n" >&2
  row() {
    local name=$1; shift
    local res; res=$(run "$name" "$n" "$@")
    if [ "$res" = timeout ]; then echo "| $name | $n | > ${LIMIT} s | | |"; return; fi
    local ms=${res% *} mb=${res#* }
    [ "$name" = "floor: read + split + yaml + ajv" ] && FLOOR[$n]=$ms
    local ratio=""
    [ -n "${FLOOR[$n]:-}" ] && ratio=$(awk "BEGIN {printf \"%.2f\", $ms / ${FLOOR[$n]}}")
    echo "| $name | $n | $ms | $ratio | $mb |"
  }
  row "read every file" node "$HERE/read-floor.mjs" .
  row "floor: read + split + yaml + ajv" node "$HERE/floor.mjs" paragraphs "$SCHEMA"
  row "plan lint" $PLAN lint --corpus . --format json --today 2026-01-01
  row "plan lint (one thread)" env PLAN_WORKERS=1 $PLAN lint --corpus . --format json --today 2026-01-01
  row "plan gaps --all" $PLAN gaps --all --corpus . --format json --today 2026-01-01
  row "plan xref" $PLAN xref --corpus . --format json
  if [ $PEERS = 1 ]; then
    row "markdownlint-cli2 (style only)" "$HERE/node_modules/.bin/markdownlint-cli2" --config "$HERE/bench.markdownlint-cli2.jsonc" 'paragraphs/**/*.md'
    row "remark-cli + remark-lint-frontmatter-schema" env PLAN_SCHEMA="$SCHEMA" "$HERE/node_modules/.bin/remark" paragraphs --rc-path "$HERE/remark.config.mjs" --quiet --frail --no-stdout --no-color
  fi
done
echo
echo "$(date -u +%Y-%m-%d), $(node -v), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); medians of $RUNS runs after 1 warm-up"
