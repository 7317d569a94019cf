// SPDX-License-Identifier: BSL-1.0
// The inputs and the baseline parsers the code benchmarks compare with:
// sscanf, std::regex, a naive split-and-convert, and a bare loop.

#ifndef SMTP_STATUS_BENCH_BASELINES_HPP_INCLUDED
#define SMTP_STATUS_BENCH_BASELINES_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdio>
#include <regex>
#include <string>
#include <string_view>

namespace smtp_status_bench {

// Codes of every length and class, cycled so that the branch predictor
// cannot learn one input; NUL-terminated for sscanf.
inline const std::array<std::string, 8>& inputs() {
  static const std::array<std::string, 8> codes = {
      "5.1.1",   "4.2.2",  "2.0.0", "5.7.606",
      "4.7.651", "5.1.10", "5.7.1", "2.6.0"};
  return codes;
}

// The three parts of a code, or all zero.
struct parts {
  unsigned cls = 0, subject = 0, detail = 0;
};

inline parts parse_sscanf(const std::string& s) {
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

inline parts parse_regex(const std::string& s) {
  static const std::regex re{
      R"(([245])\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2}))"};
  std::smatch m;
  if (!std::regex_match(s, m, re)) return {};
  return {static_cast<unsigned>(std::stoul(m[1].str())),
          static_cast<unsigned>(std::stoul(m[2].str())),
          static_cast<unsigned>(std::stoul(m[3].str()))};
}

// What many codebases do: split on dots into strings, convert each.
inline parts parse_naive(const std::string& s) {
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

// The floor: reads the digits into three numbers, held in registers, and
// checks nothing.
inline parts parse_bare_loop(std::string_view s) {
  unsigned first = 0, second = 0, value = 0;
  for (const char c : s) {
    if (c == '.') {
      first = second;
      second = value;
      value = 0;
    } else {
      value = value * 10 + static_cast<unsigned>(c - '0');
    }
  }
  return {first, second, value};
}

}  // namespace smtp_status_bench

#endif  // SMTP_STATUS_BENCH_BASELINES_HPP_INCLUDED
