#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Summarizes Google Benchmark JSON output (run with --benchmark_repetitions)
as Markdown: per benchmark the minimum and the median CPU time over the
repetitions, and for code parsing the ratios to each baseline.

Usage: bench/summarize.py results.json
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    times: dict[str, list[float]] = {}
    for b in data["benchmarks"]:
        if b.get("run_type", "iteration") != "iteration":
            continue
        scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b["time_unit"]]
        times.setdefault(b["run_name"], []).append(b["cpu_time"] * scale)
    best = {k: min(v) for k, v in times.items()}
    median = {k: sorted(v)[len(v) // 2] for k, v in times.items()}

    print("| benchmark | min ns | median ns | runs |")
    print("|---|---:|---:|---:|")
    for name, v in times.items():
        print(f"| {name} | {best[name]:.1f} | {median[name]:.1f} | {len(v)} |")

    baselines = ["baseline_bare_loop", "baseline_naive_split_stoi",
                 "baseline_sscanf", "baseline_std_regex"]
    for arg, what in (("8", "8 mixed codes"), ("1", "one code repeated")):
        ours = f"code_parse/{arg}"
        if ours not in best:
            continue
        print()
        print(f"code_parse on {what}, baseline time / our time (min; median):")
        print()
        print("| baseline | ratio (min) | ratio (median) |")
        print("|---|---:|---:|")
        for base in baselines:
            key = f"{base}/{arg}"
            if key in best:
                print(f"| {base} | {best[key] / best[ours]:.2f} | "
                      f"{median[key] / median[ours]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
