// SPDX-License-Identifier: BSL-1.0
// Differential test: parse() against an independent reference, RFC 3463's
// grammar written as a std::regex, on every short string over an alphabet
// that holds each kind of character the grammar cares about.
#include <cstddef>
#include <regex>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "smtp_status/status_code.hpp"

namespace {

using smtp_status::parse_mode;

// RFC 3463 section 2: class "." subject "." detail, 1 to 3 digits with no
// leading zero in each sub-code.
const std::regex& strict_grammar() {
  static const std::regex re{
      R"([245]\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2}))"};
  return re;
}

// The lenient mode's language: the same with leading zeros allowed.
const std::regex& lenient_grammar() {
  static const std::regex re{R"([245]\.[0-9]{1,3}\.[0-9]{1,3})"};
  return re;
}

// Short strings: digits 0, 2, 4, 5 and 9 (zero, every class digit, a digit
// that is no class, the top digit), the dot, two letters, two signs and a
// space; every string of length 0 to 6 (1.9 million strings).
constexpr std::string_view wide_alphabet = "02459.ax+- ";
// Longer strings, where three- and four-digit sub-codes fit: zero, a class
// digit, another digit and the dot; every string of length 7 and 8.
constexpr std::string_view narrow_alphabet = "0159.";

// Digits the reference needs to value a sub-code.
unsigned value_of(const std::string& s) {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

struct tally {
  std::size_t strings = 0;
  std::size_t strict_accepted = 0;
  std::size_t lenient_accepted = 0;
  std::size_t mismatches = 0;
};

void compare(const std::string& text, tally& t) {
  std::smatch m;
  const bool ref_strict = std::regex_match(text, m, strict_grammar());
  const auto strict = smtp_status::parse(text, parse_mode::strict);
  bool same = strict.ok() == ref_strict;
  if (same && ref_strict) {
    same = strict.code.class_digit() == static_cast<unsigned>(text[0] - '0') &&
           strict.code.subject() == value_of(m[1].str()) &&
           strict.code.detail() == value_of(m[2].str()) &&
           !strict.leading_zeros;
  }
  const bool ref_lenient = std::regex_match(text, lenient_grammar());
  const auto lenient = smtp_status::parse(text, parse_mode::lenient);
  same = same && lenient.ok() == ref_lenient;
  if (same && ref_lenient) {
    same = lenient.leading_zeros == !ref_strict;
  }
  ++t.strings;
  t.strict_accepted += ref_strict ? 1u : 0u;
  t.lenient_accepted += ref_lenient ? 1u : 0u;
  if (!same) {
    ++t.mismatches;
    if (t.mismatches <= 20) {
      UNSCOPED_INFO("mismatch on \"" << text << "\": strict " << strict.ok()
                                     << " (reference " << ref_strict
                                     << "), lenient " << lenient.ok()
                                     << " (reference " << ref_lenient << ")");
    }
  }
}

// Compares every string of length `min_len` to `max_len` over `alphabet`:
// string number n of a length spells n in base alphabet.size().
void walk(std::string_view alphabet, std::size_t min_len, std::size_t max_len,
          tally& t) {
  std::string text;
  for (std::size_t len = min_len; len <= max_len; ++len) {
    std::size_t count = 1;
    for (std::size_t i = 0; i != len; ++i) count *= alphabet.size();
    text.assign(len, ' ');
    for (std::size_t n = 0; n != count; ++n) {
      std::size_t rest = n;
      for (std::size_t i = len; i != 0; --i) {
        text[i - 1] = alphabet[rest % alphabet.size()];
        rest /= alphabet.size();
      }
      compare(text, t);
    }
  }
}

}  // namespace

TEST_CASE(
    "status_code: parse agrees with the RFC 3463 grammar on every short "
    "string") {
  tally t;
  walk(wide_alphabet, 0, 6, t);
  walk(narrow_alphabet, 7, 8, t);
  INFO("strings compared: " << t.strings);
  CHECK(t.mismatches == 0);
  // The walk reached accepted strings of both kinds, so it tested something.
  CHECK(t.strict_accepted > 0);
  CHECK(t.lenient_accepted > t.strict_accepted);
}
