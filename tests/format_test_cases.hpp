// SPDX-License-Identifier: BSL-1.0
// The codes and format specifications that test_fmt and test_std_format
// both run through their formatter.

#ifndef SMTP_STATUS_TESTS_FORMAT_TEST_CASES_HPP_INCLUDED
#define SMTP_STATUS_TESTS_FORMAT_TEST_CASES_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <vector>

#include "smtp_status/registry.hpp"
#include "smtp_status/registry_2008.hpp"
#include "smtp_status/status_code.hpp"

namespace format_test {

inline constexpr smtp_status::status_class classes[] = {
    smtp_status::status_class::success, smtp_status::status_class::transient,
    smtp_status::status_class::permanent};

// Every code either edition enumerates, in each class, then codes neither
// does: unregistered details and subjects, and one to three digits in each
// sub-code.
inline std::vector<smtp_status::status_code> codes() {
  std::vector<smtp_status::status_code> all;
  for (const auto* table : {&smtp_status::tables::iana_2024_12_06,
                            &smtp_status::tables::iana_2008_09_05}) {
    for (std::size_t i = 0; i != table->code_count; ++i) {
      for (const auto c : classes) {
        all.push_back(*smtp_status::status_code::from_parts(
            c, table->codes[i].subject, table->codes[i].detail));
      }
    }
  }
  for (const auto c : classes) {
    for (unsigned s : {0u, 1u, 7u, 8u, 10u, 99u, 100u, 999u}) {
      for (unsigned d : {0u, 9u, 30u, 606u, 999u}) {
        all.push_back(*smtp_status::status_code::from_parts(c, s, d));
      }
    }
  }
  return all;
}

inline std::string text_of(smtp_status::status_code code) {
  return std::string(smtp_status::to_code_string(code).view());
}

// Specifications a formatting library applies to a string the same way: a
// code must be padded exactly as its text is.
inline constexpr const char* padding_specs[] = {
    "{}",      "{:s}",     "{:12}", "{:>12}",  "{:<12}", "{:^12}", "{:*^12}",
    "{:*^11}", "{:->10s}", "{:3}",  "{:x<13}", "{:^1}",  "{:<}"};

// The same with the long form's `l`, and the string specification that
// pads the long text the same way.
inline constexpr const char* long_specs[][2] = {
    {"{:l}", "{}"},      {"{:>60l}", "{:>60}"},   {"{:*^70l}", "{:*^70}"},
    {"{:<3l}", "{:<3}"}, {"{:.<50l}", "{:.<50}"},
};

// Fills of more than one UTF-8 code unit (which not every standard library
// accepts for strings yet), with the padding they must give.
struct fill_case {
  const char* spec;
  const char* fill;
  char align;
  std::size_t width;
};

inline constexpr fill_case multibyte_fills[] = {
    {"{:→>9}", "→", '>', 9},
    {"{:é^10}", "é", '^', 10},
    {"{:€<70}", "€", '<', 70},
    {"{:\U0001F4E7^80}", "\U0001F4E7", '^', 80},
};

// `spec` with the long form's type `l` added.
inline std::string long_form_of(const char* spec) {
  // Built by concatenation: GCC 12 in C++20 at -O2 gives a false -Wrestrict
  // for std::string::insert (GCC bug 105329).
  const std::string s = spec;
  return s.substr(0, s.size() - 1) + "l" + s.substr(s.size() - 1);
}

// `text` padded to `width` with `fill` as `align` ('<', '>' or '^') says,
// the extra fill of an odd centring going right.
inline std::string padded(const std::string& text, const char* fill, char align,
                          std::size_t width) {
  const std::size_t pad = width > text.size() ? width - text.size() : 0;
  const std::size_t before = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  std::string out;
  for (std::size_t i = 0; i != before; ++i) out += fill;
  out += text;
  for (std::size_t i = before; i != pad; ++i) out += fill;
  return out;
}

// Specifications the formatters refuse, and the error they give.
struct rejected_spec {
  const char* spec;
  const char* why;
};

inline constexpr const char* unknown_type =
    "unknown presentation type for a status code (use 's' or 'l')";

inline constexpr rejected_spec rejected_specs[] = {
    {"{:q}", unknown_type},
    {"{:d}", unknown_type},
    {"{:ls}", unknown_type},
    {"{:>10x}", unknown_type},
    {"{:+}", "a sign is not allowed for an SMTP code"},
    {"{:>-5}", "a sign is not allowed for an SMTP code"},
    {"{:#}", "'#' is not allowed for an SMTP code"},
    {"{:08}", "zero padding is not allowed for an SMTP code"},
    {"{:>0}", "zero padding is not allowed for an SMTP code"},
    {"{:.3}", "a precision is not allowed for an SMTP code"},
    {"{:L}", "'L' is not allowed for an SMTP code"},
    {"{:>{}}", "a dynamic width is not supported for an SMTP code"},
    {"{:99999}", "width is too large"},
    {"{:{<10}", "'{' and '}' cannot be fill characters"},
};

inline constexpr const char* reply_code_long_form_error =
    "unknown presentation type for a reply code (use 's')";

}  // namespace format_test

#endif  // SMTP_STATUS_TESTS_FORMAT_TEST_CASES_HPP_INCLUDED
