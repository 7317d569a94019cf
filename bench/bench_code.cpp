// SPDX-License-Identifier: BSL-1.0
// Benchmarks: parsing and formatting one status code, against baselines in
// the same binary: sscanf, std::regex, a naive split-and-convert with
// std::string and std::stoi, and a bare loop that only reads the digits.
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdio>
#include <regex>
#include <string>
#include <string_view>

#include "smtp_status/status_code.hpp"

namespace {

// Codes of every length and class, cycled so that the branch predictor
// cannot learn one input; NUL-terminated for sscanf.
const std::array<std::string, 8>& inputs() {
  static const std::array<std::string, 8> codes = {
      "5.1.1",   "4.2.2",  "2.0.0", "5.7.606",
      "4.7.651", "5.1.10", "5.7.1", "2.6.0"};
  return codes;
}

// The three parts of a code, or all zero.
struct parts {
  unsigned cls = 0, subject = 0, detail = 0;
};

parts parse_sscanf(const std::string& s) {
  parts p;
  int end = 0;
  if (std::sscanf(s.c_str(), "%1u.%3u.%3u%n", &p.cls, &p.subject, &p.detail,
                  &end) != 3 ||
      static_cast<std::size_t>(end) != s.size() ||
      (p.cls != 2 && p.cls != 4 && p.cls != 5)) {
    return {};
  }
  return p;
}

parts parse_regex(const std::string& s) {
  static const std::regex re{
      R"(([245])\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2}))"};
  std::smatch m;
  if (!std::regex_match(s, m, re)) return {};
  return {static_cast<unsigned>(std::stoul(m[1].str())),
          static_cast<unsigned>(std::stoul(m[2].str())),
          static_cast<unsigned>(std::stoul(m[3].str()))};
}

// What many codebases do: split on dots into strings, convert each.
parts parse_naive(const std::string& s) {
  const std::size_t a = s.find('.');
  if (a == std::string::npos) return {};
  const std::size_t b = s.find('.', a + 1);
  if (b == std::string::npos) return {};
  const std::string c = s.substr(0, a);
  const std::string sub = s.substr(a + 1, b - a - 1);
  const std::string det = s.substr(b + 1);
  if (c.empty() || sub.empty() || det.empty()) return {};
  const int ci = std::stoi(c);
  const int si = std::stoi(sub);
  const int di = std::stoi(det);
  if ((ci != 2 && ci != 4 && ci != 5) || si < 0 || si > 999 || di < 0 ||
      di > 999) {
    return {};
  }
  return {static_cast<unsigned>(ci), static_cast<unsigned>(si),
          static_cast<unsigned>(di)};
}

// The floor: reads digits into three numbers and checks nothing.
parts parse_bare_loop(std::string_view s) {
  unsigned v[3] = {0, 0, 0};
  unsigned k = 0;
  for (const char c : s) {
    if (c == '.') {
      if (++k == 3) break;
    } else {
      v[k] = v[k] * 10 + static_cast<unsigned>(c - '0');
    }
  }
  return {v[0], v[1], v[2]};
}

template <class F>
void run(benchmark::State& state, F&& f) {
  const auto& in = inputs();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = f(in[i++ & 7u]);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}

void code_parse(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return smtp_status::parse(std::string_view{s});
  });
}
BENCHMARK(code_parse);

void code_parse_lenient(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return smtp_status::parse(std::string_view{s},
                              smtp_status::parse_mode::lenient);
  });
}
BENCHMARK(code_parse_lenient);

void code_from_chars(benchmark::State& state) {
  run(state, [](const std::string& s) {
    smtp_status::status_code c;
    const auto r = smtp_status::from_chars(s.data(), s.data() + s.size(), c);
    return r.ec == smtp_status::parse_error::none ? c.packed() : 0u;
  });
}
BENCHMARK(code_from_chars);

void baseline_bare_loop(benchmark::State& state) {
  run(state, [](const std::string& s) {
    return parse_bare_loop(std::string_view{s});
  });
}
BENCHMARK(baseline_bare_loop);

void baseline_sscanf(benchmark::State& state) {
  run(state, parse_sscanf);
}
BENCHMARK(baseline_sscanf);

void baseline_naive_split_stoi(benchmark::State& state) {
  run(state, parse_naive);
}
BENCHMARK(baseline_naive_split_stoi);

void baseline_std_regex(benchmark::State& state) {
  run(state, parse_regex);
}
BENCHMARK(baseline_std_regex);

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
