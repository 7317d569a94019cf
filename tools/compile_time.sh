#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Measures what including the library costs a translation unit: the time to
# compile a TU with the umbrella header, against an empty TU and one with
# <string>, and the time to compile the whole-table static_assert tests.
# Usage: tools/compile_time.sh [--headers] [runs]   (CXX, CXXFLAGS, STD)
# --headers adds one TU per core header, to see where the time goes.
set -euo pipefail
cd "$(dirname "$0")/.."

per_header=false
if [ "${1:-}" = --headers ]; then
  per_header=true
  shift
fi
runs=${1:-7}
compilers=${CXX:-"g++ clang++"}
std=${STD:-17}
flags=${CXXFLAGS:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The umbrella header once it exists, else every core header: the
# integrations (fmt, <format>, iostream, std::string, error_code) and the
# 2008-09-05 registry edition are opt-in headers and not part of what every
# user pays for.
umbrella=include/smtp_status/smtp_status.hpp
{
  if [ -f "$umbrella" ]; then
    echo "#include \"smtp_status/smtp_status.hpp\""
  else
    for h in include/smtp_status/*.hpp include/smtp_status/generated/*.hpp; do
      case $(basename "$h") in
        fmt.hpp | format.hpp | ostream.hpp | string.hpp | error_code.hpp) ;;
        registry_2008.hpp | iana_2008_09_05.hpp) ;;
        *) echo "#include \"${h#include/}\"" ;;
      esac
    done
  fi
  echo "int main() { return 0; }"
} >"$work/umbrella.cpp"
echo "int main() { return 0; }" >"$work/empty.cpp"
printf '#include <string>\nint main() { return 0; }\n' >"$work/string.cpp"

# Most translation units that use the library include <string> anyway:
# what the umbrella adds on top of it is the cost such a TU pays.
{
  echo "#include <string>"
  cat "$work/umbrella.cpp"
} >"$work/string_umbrella.cpp"

tus=(empty string umbrella string_umbrella)
if $per_header; then
  for std_header in string_view optional array; do
    printf '#include <%s>\nint main() { return 0; }\n' "$std_header" \
      >"$work/std_$std_header.cpp"
    tus+=("std_$std_header")
  done
  while read -r line; do
    h=${line#\#include \"smtp_status/}
    h=${h%.hpp\"}
    name=${h//\//_}
    printf '%s\nint main() { return 0; }\n' "$line" >"$work/$name.cpp"
    tus+=("$name")
  done < <(grep -h '^#include "smtp_status/' "$work/umbrella.cpp" \
    "$(test -f "$umbrella" && echo "$umbrella" || echo /dev/null)" |
    grep -v 'smtp_status/smtp_status.hpp')
fi
static_test=tests/test_registry_static.cpp
catch_dir=$(dirname "$(find /usr/include /usr/local/include -name catch.hpp \
  -path '*catch2*' 2>/dev/null | head -1)")
if [ -f "$static_test" ]; then
  tus+=(registry_static)
  cp "$static_test" "$work/registry_static.cpp"
fi

# CPU time (user + system, which a busy machine disturbs less than
# wall-clock time) of one compile in milliseconds, or "failed".
compile_ms() {  # compiler, source
  local t
  # shellcheck disable=SC2086
  if ! t=$( { TIMEFORMAT='%3U %3S'; time "$1" -std=c++"$std" $flags \
      -Iinclude -I"$catch_dir/.." \
      -DSMTP_STATUS_TEST_SHARED_DIR='"/nonexistent"' \
      -DSMTP_STATUS_TEST_SOURCE_DIR='"."' -c "$2" -o "$work/out.o" \
      2>"$work/errors"; } 2>&1); then
    echo failed
    return
  fi
  echo "$t" | awk '{ printf "%d", ($1 + $2) * 1000 }'
}

# The median of a list of timings, or "failed" if any failed.
median() {
  case " $* " in *" failed "*) echo failed; return ;; esac
  printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"
}

echo "compile time in ms of CPU (user + sys), median of $runs runs, C++$std, flags '${flags}'"
if [ -f "$umbrella" ]; then
  echo "umbrella TU: #include \"smtp_status/smtp_status.hpp\""
else
  echo "umbrella TU: every core header ($(grep -c include "$work/umbrella.cpp") headers)"
fi
declare -A ms=()
names=()
for cxx in $compilers; do
  command -v "$cxx" >/dev/null || continue
  names+=("$cxx")
  # Round by round, every TU once per round, so that a machine that slows
  # down or speeds up mid-way weighs on every TU alike.
  declare -A times=()
  for ((i = 0; i < runs; ++i)); do
    for tu in "${tus[@]}"; do
      times[$tu]+=" $(compile_ms "$cxx" "$work/$tu.cpp")"
    done
  done
  # shellcheck disable=SC2086
  for tu in "${tus[@]}"; do ms[$cxx,$tu]=$(median ${times[$tu]}); done
  unset times
done

printf '| translation unit |'
for cxx in "${names[@]}"; do printf ' %s |' "$($cxx --version | head -1)"; done
printf '\n|---|'
for _ in "${names[@]}"; do printf -- '---:|'; done
printf '\n'
for tu in "${tus[@]}"; do
  printf '| %s |' "$tu"
  for cxx in "${names[@]}"; do printf ' %s |' "${ms[$cxx,$tu]}"; done
  printf '\n'
done
for cxx in "${names[@]}"; do
  u=${ms[$cxx,umbrella]} s=${ms[$cxx,string]} e=${ms[$cxx,empty]}
  if [ "$u" = failed ] || [ "$s" = failed ]; then
    echo "$cxx: a TU failed to compile"
    continue
  fi
  verdict="within"
  [ "$u" -le "$s" ] || verdict="OVER"
  echo "$cxx: the umbrella TU costs $((u - e)) ms over an empty TU," \
    "<string> $((s - e)) ms: $verdict the target;" \
    "over a TU with <string> the umbrella adds $((${ms[$cxx,string_umbrella]} - s)) ms"
done
