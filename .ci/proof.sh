#!/usr/bin/env bash
# Proof stage: the whole test suite under AddressSanitizer and
# UndefinedBehaviorSanitizer (Clang), then every libFuzzer target for a
# bounded time. Usage: .ci/proof.sh [all|sanitizers|fuzz]
set -euo pipefail
cd "$(dirname "$0")/.."

# Knobs. Fuzzing runs two targets at a time; the default budget is the
# wall-clock time of the fuzz stage, shared evenly, at most 30 s a target.
stage=${1:-all}
out=${SMTP_STATUS_PROOF_DIR:-build-proof}
jobs=${SMTP_STATUS_PROOF_JOBS:-$(nproc)}
fuzz_budget=${SMTP_STATUS_FUZZ_BUDGET:-180}
fuzz_seconds=${SMTP_STATUS_FUZZ_SECONDS:-}
fuzz_parallel=${SMTP_STATUS_FUZZ_PARALLEL:-2}
cxx=${SMTP_STATUS_PROOF_CXX:-clang++}
# The consumer tests build small programs with their own flags: they prove
# packaging, not memory safety, and run in the ordinary stages.
ctest_exclude=${SMTP_STATUS_PROOF_CTEST_EXCLUDE:-^consumer_}

san_flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined"
san_flags+=" -fno-sanitize-recover=all -D_GLIBCXX_ASSERTIONS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_string_checks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$out"

# The sanitizer and libFuzzer runtimes come with Debian's
# libclang-rt-<N>-dev, which clang only recommends.
install_runtimes() {
  command -v "$cxx" >/dev/null || { echo "$cxx not found" >&2; return 1; }
  local major
  major=$("$cxx" -dumpversion | cut -d. -f1)
  if ! dpkg -s "libclang-rt-$major-dev" >/dev/null 2>&1 &&
    command -v apt-get >/dev/null; then
    echo "installing: libclang-rt-$major-dev"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "libclang-rt-$major-dev"
  fi
}
install_runtimes

run_sanitizers() {
  local dir="$out/asan" t0=$SECONDS
  echo "=== proof: test suite with ASan + UBSan ($cxx) ==="
  # The clang-16/libc++ std::format test runs in the ordinary stages.
  CXX=$cxx cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_STANDARD=17 -DCMAKE_CXX_FLAGS="$san_flags" \
    -DSMTP_STATUS_WERROR=ON -DSMTP_STATUS_TEST_LIBCXX=OFF \
    >"$dir.log" 2>&1 || { cat "$dir.log"; return 1; }
  cmake --build "$dir" -j"$jobs" >>"$dir.log" 2>&1 ||
    { tail -100 "$dir.log"; return 1; }
  ctest --test-dir "$dir" --output-on-failure -j"$jobs" \
    -E "$ctest_exclude" || return 1
  echo "sanitizer stage: $((SECONDS - t0)) s"
}

# Runs one fuzz target; leaves its log and its status in $work.
fuzz_one() {  # name, seconds
  local name=$1 seconds=$2 bin="$out/fuzz/fuzz/fuzz_$1"
  local work="$out/fuzz-work/$1" max_len=4096
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  case $name in status_code* | reply_code*) max_len=64 ;; esac
  local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
              -max_len="$max_len" -print_final_stats=1
              -artifact_prefix="$work/artifacts/")
  [ -f "fuzz/$name.dict" ] && args+=(-dict="fuzz/$name.dict")
  args+=("$work/corpus" "fuzz/corpus/$name")
  [ -d "fuzz/regressions/$name" ] && args+=("fuzz/regressions/$name")
  if timeout $((seconds + 120)) "$bin" "${args[@]}" >"$work/log" 2>&1; then
    echo ok >"$work/status"
  else
    echo failed >"$work/status"
  fi
}

run_fuzzers() {
  local dir="$out/fuzz" t0=$SECONDS
  echo "=== proof: libFuzzer targets ($cxx) ==="
  CXX=$cxx cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_STANDARD=17 \
    -DSMTP_STATUS_BUILD_FUZZERS=ON -DSMTP_STATUS_BUILD_TESTS=OFF \
    -DSMTP_STATUS_BUILD_TOOLS=OFF -DSMTP_STATUS_INSTALL=OFF \
    -DSMTP_STATUS_WERROR=ON >"$dir.log" 2>&1 || { cat "$dir.log"; return 1; }
  cmake --build "$dir" -j"$jobs" >>"$dir.log" 2>&1 ||
    { tail -100 "$dir.log"; return 1; }
  mapfile -t names < <(grep -v '^$' "$dir/fuzz/targets.txt")
  local n=${#names[@]}
  [ "$n" -gt 0 ] || { echo "no fuzz targets"; return 1; }
  local seconds=$fuzz_seconds
  if [ -z "$seconds" ]; then
    local rounds=$(((n + fuzz_parallel - 1) / fuzz_parallel))
    seconds=$((fuzz_budget / rounds))
    [ "$seconds" -gt 30 ] && seconds=30
    [ "$seconds" -lt 5 ] && seconds=5
  fi
  echo "$n targets, $seconds s each, $fuzz_parallel at a time"

  local running=0
  for name in "${names[@]}"; do
    fuzz_one "$name" "$seconds" &
    running=$((running + 1))
    if [ "$running" -ge "$fuzz_parallel" ]; then
      wait -n || true
      running=$((running - 1))
    fi
  done
  wait || true

  local failed=0
  for name in "${names[@]}"; do
    local work="$out/fuzz-work/$name"
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
    if [ "$(cat "$work/status" 2>/dev/null)" = ok ]; then
      echo "fuzz_$name: ok, ${runs:-?} inputs"
      continue
    fi
    failed=$((failed + 1))
    echo "fuzz_$name: FAILED"
    grep -E 'invariant broken|ERROR|SUMMARY|runtime error' "$work/log" |
      head -20 || true
    tail -40 "$work/log"
    mkdir -p "fuzz/regressions/$name"
    for f in "$work"/artifacts/*; do
      [ -f "$f" ] || continue
      local keep
      keep="fuzz/regressions/$name/$(basename "$f")"
      cp "$f" "$keep"
      echo "saved $keep; to commit it from a CI log:"
      echo "  echo '$(base64 -w0 "$f")' | base64 -d > $keep"
    done
  done
  echo "fuzz stage: $((SECONDS - t0)) s, $n targets, $failed failed"
  [ "$failed" -eq 0 ]
}

case $stage in
  all)
    # Both stages run, so that one failure does not hide the other's.
    failed=0
    run_sanitizers || failed=1
    run_fuzzers || failed=1
    exit "$failed"
    ;;
  sanitizers) run_sanitizers || exit 1 ;;
  fuzz) run_fuzzers || exit 1 ;;
  *) echo "usage: $0 [all|sanitizers|fuzz]" >&2; exit 2 ;;
esac
