// SPDX-License-Identifier: BSL-1.0
// Benchmarks: registry lookup of a code, and describing it (lookup and the
// most specific text), for codes from X.0.0 to X.7.30: a constant-time
// index, so the time is the same for the first and the last code.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "smtp_status/lookup.hpp"

namespace {

using smtp_status::status_class;
using smtp_status::status_code;

status_code code(status_class c, unsigned s, unsigned d) {
  return *status_code::from_parts(c, s, d);
}

// Every code X.s.d of the three classes with s 0 to 7 and d 0 to 30,
// registered or not.
std::vector<status_code> all_codes() {
  std::vector<status_code> v;
  for (const auto c : {status_class::success, status_class::transient,
                       status_class::permanent}) {
    for (unsigned s = 0; s <= 7; ++s) {
      for (unsigned d = 0; d <= 30; ++d) v.push_back(code(c, s, d));
    }
  }
  return v;
}

void lookup_one(benchmark::State& state, status_code c) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(c);
    auto r = smtp_status::lookup(c);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(lookup_one, first_2_0_0, code(status_class::success, 0, 0));
BENCHMARK_CAPTURE(lookup_one, registered_5_1_1,
                  code(status_class::permanent, 1, 1));
BENCHMARK_CAPTURE(lookup_one, last_5_7_30,
                  code(status_class::permanent, 7, 30));
BENCHMARK_CAPTURE(lookup_one, unregistered_5_7_606,
                  code(status_class::permanent, 7, 606));

void lookup_all_x_0_0_to_x_7_30(benchmark::State& state) {
  const auto codes = all_codes();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = smtp_status::lookup(codes[i]);
    benchmark::DoNotOptimize(r);
    if (++i == codes.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(lookup_all_x_0_0_to_x_7_30);

void describe_all_x_0_0_to_x_7_30(benchmark::State& state) {
  const auto codes = all_codes();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string_view text = smtp_status::lookup(codes[i]).text();
    benchmark::DoNotOptimize(text);
    if (++i == codes.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(describe_all_x_0_0_to_x_7_30);

void describe_text(benchmark::State& state) {
  const std::string_view inputs[] = {"5.1.1", "4.2.2", "5.7.606", "2.0.0"};
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string_view text = smtp_status::lookup(inputs[i++ & 3u]).text();
    benchmark::DoNotOptimize(text);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(describe_text);

}  // namespace
