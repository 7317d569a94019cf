// SPDX-License-Identifier: BSL-1.0
// Benchmarks: parsing and formatting one status code, against baselines in
// the same binary: sscanf, std::regex, a naive split-and-convert with
// std::string and std::stoi, and a bare loop that only reads the digits.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "baselines.hpp"
#include "smtp_status/status_code.hpp"

namespace {

using smtp_status_bench::inputs;
using smtp_status_bench::parse_bare_loop;
using smtp_status_bench::parse_naive;
using smtp_status_bench::parse_regex;
using smtp_status_bench::parse_sscanf;
using smtp_status_bench::parts;

// Parses the first `state.range(0)` inputs in turn: 8 mixes lengths and
// classes as a log does; 1 repeats "5.1.1", so every branch is predicted.
template <class F>
void run(benchmark::State& state, F&& f) {
  const auto& in = inputs();
  const auto mask = static_cast<std::size_t>(state.range(0)) - 1;
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = f(in[i++ & mask]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}

void code_parse(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return smtp_status::parse(std::string_view{s});
  });
}
BENCHMARK(code_parse)->Arg(8)->Arg(1);

void code_parse_lenient(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return smtp_status::parse(std::string_view{s},
                              smtp_status::parse_mode::lenient);
  });
}
BENCHMARK(code_parse_lenient)->Arg(8)->Arg(1);

void code_from_chars(benchmark::State& state) {
  run(state, [](const std::string& s) {
    smtp_status::status_code c;
    const auto r = smtp_status::from_chars(s.data(), s.data() + s.size(), c);
    return r.ec == smtp_status::parse_error::none ? c.packed() : 0u;
  });
}
BENCHMARK(code_from_chars)->Arg(8)->Arg(1);

// The harness alone: picks the input and keeps a result, parsing nothing.
void baseline_harness_only(benchmark::State& state) {
  run(state, [](const std::string& s) { return s.size(); });
}
BENCHMARK(baseline_harness_only)->Arg(8)->Arg(1);

void baseline_bare_loop(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return parse_bare_loop(std::string_view{s});
  });
}
BENCHMARK(baseline_bare_loop)->Arg(8)->Arg(1);

void baseline_sscanf(benchmark::State& state) {
  run(state, parse_sscanf);
}
BENCHMARK(baseline_sscanf)->Arg(8)->Arg(1);

void baseline_naive_split_stoi(benchmark::State& state) {
  run(state, parse_naive);
}
BENCHMARK(baseline_naive_split_stoi)->Arg(8)->Arg(1);

void baseline_std_regex(benchmark::State& state) {
  run(state, parse_regex);
}
BENCHMARK(baseline_std_regex)->Arg(8)->Arg(1);

void code_format_to_chars(benchmark::State& state) {
  std::array<smtp_status::status_code, 8> codes;
  for (std::size_t i = 0; i != codes.size(); ++i) {
    codes[i] = smtp_status::parse(inputs()[i]).code;
  }
  std::size_t i = 0;
  char buf[smtp_status::max_code_length];
  for (auto _ : state) {
    const auto r =
        smtp_status::to_chars(buf, buf + sizeof buf, codes[i++ & 7u]);
    benchmark::DoNotOptimize(r);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(code_format_to_chars);

void code_format_to_code_string(benchmark::State& state) {
  std::array<smtp_status::status_code, 8> codes;
  for (std::size_t i = 0; i != codes.size(); ++i) {
    codes[i] = smtp_status::parse(inputs()[i]).code;
  }
  std::size_t i = 0;
  for (auto _ : state) {
    auto s = smtp_status::to_code_string(codes[i++ & 7u]);
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(code_format_to_code_string);

void baseline_format_snprintf(benchmark::State& state) {
  std::array<parts, 8> codes;
  for (std::size_t i = 0; i != codes.size(); ++i) {
    codes[i] = parse_bare_loop(inputs()[i]);
  }
  std::size_t i = 0;
  char buf[16];
  for (auto _ : state) {
    const parts& p = codes[i++ & 7u];
    const int n =
        std::snprintf(buf, sizeof buf, "%u.%u.%u", p.cls, p.subject, p.detail);
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(baseline_format_snprintf);

}  // namespace
