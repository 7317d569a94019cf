// SPDX-License-Identifier: BSL-1.0
// Runs one code parser `n` times over the benchmark inputs, for counting
// instructions under Valgrind (bench/count_instructions.sh): a measure a
// busy machine does not disturb. Usage: count_instructions METHOD N
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "baselines.hpp"
#include "smtp_status/status_code.hpp"

namespace {

volatile unsigned sink = 0;

template <class F>
void repeat(std::size_t n, F&& f) {
  const auto& in = smtp_status_bench::inputs();
  for (std::size_t i = 0; i != n; ++i) sink = f(in[i & 7u]);
}

unsigned sum(const smtp_status_bench::parts& p) {
  return p.cls + p.subject + p.detail;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr,
                 "usage: count_instructions "
                 "parse|bare_loop|sscanf|naive|regex N\n");
    return 2;
  }
  const std::string_view method = argv[1];
  const auto n = static_cast<std::size_t>(std::strtoul(argv[2], nullptr, 10));
  // Builds the regex before counting starts, as the other methods need no
  // set-up.
  (void)smtp_status_bench::parse_regex("5.1.1");
  if (method == "parse") {
    repeat(n, [](const std::string& s) {
      return smtp_status::parse(std::string_view{s}).code.packed();
    });
  } else if (method == "bare_loop") {
    repeat(n, [](const std::string& s) {
      return sum(smtp_status_bench::parse_bare_loop(s));
    });
  } else if (method == "sscanf") {
    repeat(n, [](const std::string& s) {
      return sum(smtp_status_bench::parse_sscanf(s));
    });
  } else if (method == "naive") {
    repeat(n, [](const std::string& s) {
      return sum(smtp_status_bench::parse_naive(s));
    });
  } else if (method == "regex") {
    repeat(n, [](const std::string& s) {
      return sum(smtp_status_bench::parse_regex(s));
    });
  } else {
    std::fprintf(stderr, "unknown method %s\n", argv[1]);
    return 2;
  }
  return 0;
}
