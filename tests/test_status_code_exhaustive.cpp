// SPDX-License-Identifier: BSL-1.0
// Exhaustive tests: every code, every packed number below 2^23, and every
// short string over an alphabet that reaches each branch of the grammar.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/status_code.hpp"

using smtp_status::parse;
using smtp_status::parse_error;
using smtp_status::parse_mode;
using smtp_status::status_class;
using smtp_status::status_code;

namespace {

constexpr status_class classes[] = {
    status_class::success, status_class::transient, status_class::permanent};

// Counts failures in a tight loop and keeps the first one for the report,
// since a Catch2 assertion per iteration would dominate the run time.
struct failures {
  std::size_t count = 0;
  std::string first;
  void add(const std::string& what) {
    if (count++ == 0) first = what;
  }
};

std::string show(status_code c) {
  return std::to_string(c.class_digit()) + "." + std::to_string(c.subject()) +
         "." + std::to_string(c.detail());
}

// Writes `v` as exactly 3 digits, zeros first.
char* put3(char* p, unsigned v) {
  p[0] = static_cast<char>('0' + v / 100);
  p[1] = static_cast<char>('0' + v / 10 % 10);
  p[2] = static_cast<char>('0' + v % 10);
  return p + 3;
}

}  // namespace

TEST_CASE("status_code: every code formats canonically and parses back") {
  failures bad;
  std::size_t seen = 0;
  std::uint32_t previous = 0;
  char buf[smtp_status::max_code_length];
  for (const auto cls : classes) {
    for (unsigned s = 0; s <= 999; ++s) {
      for (unsigned d = 0; d <= 999; ++d) {
        ++seen;
        const auto made = status_code::from_parts(cls, s, d);
        if (!made) {
          bad.add("from_parts refused a valid code");
          continue;
        }
        const status_code c = *made;
        if (c.cls() != cls || c.subject() != s || c.detail() != d)
          bad.add("parts differ for " + show(c));
        // Iteration goes in class, subject, detail order: packed() must
        // strictly increase, which makes it both unique and the order.
        if (seen > 1 && !(c.packed() > previous))
          bad.add("packed() out of order at " + show(c));
        previous = c.packed();
        if (status_code::from_packed(c.packed()) != c)
          bad.add("from_packed does not invert packed for " + show(c));
        const auto w = smtp_status::to_chars(buf, buf + sizeof buf, c);
        const std::string_view text(buf, static_cast<std::size_t>(w.ptr - buf));
        // The canonical length: one class digit, two dots, and each
        // sub-code's digits without padding.
        const std::size_t digits =
            3u + (s >= 10) + (s >= 100) + (d >= 10) + (d >= 100);
        if (!w.ok || text.size() != digits + 2)
          bad.add("bad length for " + show(c));
        // Strict parsing accepts canonical text only, so a round trip
        // through it shows that the text has no padding.
        const auto strict = parse(text);
        if (!strict.ok() || strict.code != c || strict.leading_zeros)
          bad.add("strict round trip fails for " + std::string{text});
      }
    }
  }
  INFO("first failure: " << bad.first);
  CHECK(bad.count == 0);
  CHECK(seen == 3000000);
}

TEST_CASE("status_code: every zero-padded code reads back in lenient mode") {
  failures bad;
  std::size_t seen = 0;
  char buf[9];
  for (const auto cls : classes) {
    buf[0] = static_cast<char>('0' + static_cast<unsigned>(cls));
    buf[1] = '.';
    buf[5] = '.';
    for (unsigned s = 0; s <= 999; ++s) {
      put3(buf + 2, s);
      for (unsigned d = 0; d <= 999; ++d) {
        ++seen;
        put3(buf + 6, d);
        const std::string_view text(buf, sizeof buf);
        const auto expected = *status_code::from_parts(cls, s, d);
        const bool padded = s < 100 || d < 100;
        const auto lenient = parse(text, parse_mode::lenient);
        if (!lenient.ok() || lenient.code != expected ||
            lenient.leading_zeros != padded)
          bad.add("lenient fails for " + std::string{text});
        const auto strict = parse(text);
        const std::size_t zero_at = s < 100 ? 2 : 6;
        if (padded ? strict.error != parse_error::leading_zero ||
                         strict.position != zero_at
                   : !strict.ok() || strict.code != expected)
          bad.add("strict fails for " + std::string{text});
      }
    }
  }
  INFO("first failure: " << bad.first);
  CHECK(bad.count == 0);
  CHECK(seen == 3000000);
}

TEST_CASE("status_code: from_packed accepts exactly what packed() returns") {
  failures bad;
  std::size_t accepted = 0;
  const auto check = [&](std::uint32_t n) {
    const std::uint32_t cls = n >> 20;
    const std::uint32_t s = n >> 10 & 0x3ffu;
    const std::uint32_t d = n & 0x3ffu;
    const bool valid =
        (cls == 2 || cls == 4 || cls == 5) && s <= 999 && d <= 999;
    const auto c = status_code::from_packed(n);
    if (c.has_value() != valid)
      bad.add("wrong answer for " + std::to_string(n));
    if (c && c->packed() != n) bad.add("wrong code for " + std::to_string(n));
    accepted += c.has_value();
  };
  for (std::uint32_t n = 0; n != std::uint32_t{1} << 23; ++n) check(n);
  // Above 2^23 no class is valid; each higher bit on top of valid codes.
  for (unsigned bit = 23; bit != 32; ++bit) {
    for (std::uint32_t base : {0x200000u, 0x400000u, 0x500000u, 0x5ffbe7u})
      check(base | std::uint32_t{1} << bit);
  }
  check(UINT32_MAX);
  INFO("first failure: " << bad.first);
  CHECK(bad.count == 0);
  CHECK(accepted == 3000000);
}

namespace {

// RFC 3463's grammar written a second way: as predicates over whole
// strings, split at dots, rather than as a scanner.
bool all_digits(std::string_view s) {
  for (const char ch : s)
    if (ch < '0' || ch > '9') return false;
  return true;
}

// Whether `s` is a sub-code, or with `partial` the start of one.
bool sub_code(std::string_view s, parse_mode mode, bool partial) {
  if (s.size() > 3 || !all_digits(s)) return false;
  if (s.empty()) return partial;
  return mode == parse_mode::lenient || s.size() == 1 || s[0] != '0';
}

// The parts of `s` between dots; a fourth part means too many already.
struct parts {
  std::string_view part[4];
  std::size_t size = 0;
  std::string_view back() const { return part[size - 1]; }
};

parts split(std::string_view s) {
  parts p;
  for (std::size_t dot;
       p.size != 3 && (dot = s.find('.')) != std::string_view::npos;) {
    p.part[p.size++] = s.substr(0, dot);
    s.remove_prefix(dot + 1);
  }
  p.part[p.size++] = s;
  return p;
}

bool class_text(std::string_view s) {
  return s == "2" || s == "4" || s == "5";
}

// Whether some code starts with `s`.
bool viable(std::string_view s, parse_mode mode) {
  const auto p = split(s);
  if (p.size > 3) return false;
  if (p.size == 1) return s.empty() || class_text(s);
  if (!class_text(p.part[0])) return false;
  if (p.size == 3 && !sub_code(p.part[1], mode, false)) return false;
  return sub_code(p.back(), mode, true);
}

bool complete(std::string_view s, parse_mode mode) {
  const auto p = split(s);
  return p.size == 3 && class_text(p.part[0]) &&
         sub_code(p.part[1], mode, false) && sub_code(p.part[2], mode, false);
}

struct expectation {
  parse_error error;
  std::size_t position;
  bool leading_zeros;
};

// What parse must answer, from the position rule documented on
// parse_result: the error is at the end of the longest prefix that some
// code starts with.
expectation expect(std::string_view s, parse_mode mode) {
  std::size_t p = 0;
  while (p < s.size() && viable(s.substr(0, p + 1), mode)) ++p;
  bool zeros = false;
  const auto read = split(s.substr(0, p));
  for (std::size_t i = 1; i < read.size; ++i)
    zeros = zeros || (read.part[i].size() > 1 && read.part[i][0] == '0');
  if (p == s.size()) {
    if (complete(s, mode)) return {parse_error::none, p, zeros};
    if (s.empty()) return {parse_error::empty, 0, false};
    return {parse_error::incomplete, p, zeros};
  }
  const char next = s[p];
  const bool digit = next >= '0' && next <= '9';
  if (complete(s.substr(0, p), mode) && !digit)
    return {parse_error::trailing_characters, p, zeros};
  if (read.size == 1) {
    if (p == 0) return {parse_error::bad_class, 0, false};
    return {
        digit ? parse_error::class_too_many_digits : parse_error::missing_dot,
        p, false};
  }
  const std::string_view current = read.back();
  if (current.empty()) return {parse_error::no_digits, p, zeros};
  if (!digit) return {parse_error::missing_dot, p, zeros};
  if (current.size() == 3) return {parse_error::too_many_digits, p, zeros};
  return {parse_error::leading_zero, p - 1, zeros};
}

}  // namespace

TEST_CASE("status_code: every short string gets the specified answer") {
  // '2' is a class; '0' and '1' are digits but not classes, '0' makes a
  // leading zero; 0xB5 is a byte outside ASCII, negative as a signed char.
  constexpr char alphabet[] = {'0', '1', '2', '.', '\xb5'};
  constexpr std::size_t n = sizeof alphabet;
  constexpr std::size_t max_length = 8;
  failures bad;
  std::size_t seen = 0;
  std::size_t codes[2] = {};
  std::string s;
  for (std::size_t length = 0; length <= max_length; ++length) {
    std::vector<std::size_t> digit(length, 0);
    s.assign(length, alphabet[0]);
    for (;;) {
      ++seen;
      for (const auto mode : {parse_mode::strict, parse_mode::lenient}) {
        const auto want = expect(s, mode);
        const auto got = parse(s, mode);
        if (got.error != want.error || got.position != want.position ||
            got.leading_zeros != want.leading_zeros)
          bad.add(std::string{mode == parse_mode::strict ? "strict " : ""} +
                  "\"" + s + "\": got " +
                  std::string{smtp_status::to_string_view(got.error)} + " at " +
                  std::to_string(got.position));
        if (got.ok()) {
          ++codes[mode == parse_mode::strict ? 0 : 1];
          const auto canonical = smtp_status::to_code_string(got.code);
          if (mode == parse_mode::strict && canonical.view() != s)
            bad.add("\"" + s + "\" is not canonical");
        }
        // from_chars answers as parse does, except that it leaves what
        // follows a complete code to the caller.
        status_code c;
        const auto f =
            smtp_status::from_chars(s.data(), s.data() + s.size(), c, mode);
        const auto at = static_cast<std::size_t>(f.ptr - s.data());
        const bool same = got.error == parse_error::trailing_characters
                              ? f.ok() && at == got.position
                              : f.ec == got.error && at == got.position &&
                                    (!got.ok() || c == got.code);
        if (!same || f.leading_zeros != got.leading_zeros)
          bad.add("from_chars differs from parse on \"" + s + "\"");
      }
      // Next string of this length, as an odometer over the alphabet.
      std::size_t i = 0;
      while (i != length && ++digit[i] == n) {
        digit[i] = 0;
        s[i] = alphabet[0];
        ++i;
      }
      if (i == length) break;
      s[i] = alphabet[digit[i]];
    }
  }
  INFO("first failure: " << bad.first);
  CHECK(bad.count == 0);
  CHECK(seen == 488281);  // 5^0 + 5^1 + ... + 5^8
  // Codes are "2.a.b" with a and b of 1 to 3 digits over 0, 1, 2 and at
  // most 5 digits in all. Strict: 3 numbers of one digit, 6 of two, 18 of
  // three; the pairs of lengths (1,1) (1,2) (2,1) (1,3) (3,1) (2,2) (2,3)
  // (3,2) give 9+18+18+54+54+36+108+108. Lenient takes every digit string:
  // 3, 9 and 27, so 9+27+27+81+81+81+243+243.
  CHECK(codes[0] == 405);
  CHECK(codes[1] == 792);
}
