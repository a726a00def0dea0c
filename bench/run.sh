#!/usr/bin/env bash
# Side-by-side benchmark of `plan` against the floors and the peers: see run.mjs.
#   (cd bench && npm ci) && npm run build && bench/run.sh [sizes...]
exec node "$(dirname "$0")/run.mjs" "$@"
