#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Instructions per code parse, counted by Valgrind (cachegrind without cache
# simulation) for each method: the count for N calls less the count for
# none, divided by N. Usage: bench/count_instructions.sh BUILD_DIR [N]
set -euo pipefail
bin=${1:?usage: $0 BUILD_DIR [N]}/bench/count_instructions
n=${2:-20000}
command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 1; }

irefs() {  # method, calls
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin" "$1" "$2" 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,
}

declare -A per_call=()
for m in bare_loop parse sscanf naive regex; do
  per_call[$m]=$((($(irefs "$m" "$n") - $(irefs "$m" 0)) / n))
done
echo "| method | instructions per call | / bare loop | parse is this much fewer |"
echo "|---|---:|---:|---:|"
for m in bare_loop parse sscanf naive regex; do
  awk -v m="$m" -v c="${per_call[$m]}" -v b="${per_call[bare_loop]}" \
    -v p="${per_call[parse]}" \
    'BEGIN { printf "| %s | %d | %.2f | %.1fx |\n", m, c, c / b, c / p }'
done
