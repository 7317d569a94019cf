// SPDX-License-Identifier: BSL-1.0
// Fuzz target: find_code(), find_codes() and find_most_specific_code() in
// both modes: every match is a whole code at a word boundary, matches come
// in order without overlap, and the three functions agree.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/search.hpp"

namespace {

using smtp_status::parse_mode;

bool alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

void check_mode(std::string_view text, parse_mode mode) {
  std::size_t next_free = 0;
  std::size_t count = 0;
  smtp_status::code_match best;
  for (const auto& m : smtp_status::find_codes(text, mode)) {
    SMTP_STATUS_FUZZ_CHECK(++count <= text.size());
    SMTP_STATUS_FUZZ_CHECK(m.position >= next_free);
    const std::size_t prev_end = next_free;
    SMTP_STATUS_FUZZ_CHECK(m.position + m.length <= text.size());
    next_free = m.position + m.length;

    // The match is exactly a code, read in the same mode.
    const auto token = text.substr(m.position, m.length);
    const auto p = smtp_status::parse(token, mode);
    SMTP_STATUS_FUZZ_CHECK(p.ok() && p.code == m.code);
    SMTP_STATUS_FUZZ_CHECK(p.leading_zeros == m.leading_zeros);
    SMTP_STATUS_FUZZ_CHECK(m.found() && m.sourced().code == m.code);

    // Nothing alphanumeric touches it, and it does not go on as a dotted
    // number.
    if (m.position > 0) {
      SMTP_STATUS_FUZZ_CHECK(!alnum(text[m.position - 1]));
      SMTP_STATUS_FUZZ_CHECK(text[m.position - 1] != '.');
    }
    if (next_free < text.size()) {
      const char after = text[next_free];
      SMTP_STATUS_FUZZ_CHECK(!alnum(after));
      if (after == '.' && next_free + 1 < text.size()) {
        SMTP_STATUS_FUZZ_CHECK(
            !smtp_status::detail::is_digit(text[next_free + 1]));
      }
    }
    // A reply code found before it is written right there.
    if (m.reply) {
      char digits[3];
      (void)smtp_status::to_chars(digits, digits + 3, *m.reply);
      const std::size_t lo = m.position >= 6 ? m.position - 6 : 0;
      SMTP_STATUS_FUZZ_CHECK(
          text.substr(lo, m.position - lo).find(std::string_view(digits, 3)) !=
          std::string_view::npos);
    }

    // find_code from the end of the previous match finds this one.
    const auto again = smtp_status::find_code(text, prev_end, mode);
    SMTP_STATUS_FUZZ_CHECK(again && again.position == m.position &&
                           again.code == m.code);

    if (!best || smtp_status::specificity(m.code) >
                     smtp_status::specificity(best.code)) {
      best = m;
    }
  }
  const auto most = smtp_status::find_most_specific_code(text, mode);
  SMTP_STATUS_FUZZ_CHECK(most.found() == best.found());
  if (most) {
    SMTP_STATUS_FUZZ_CHECK(most.position == best.position &&
                           most.code == best.code);
  }
  const auto first = smtp_status::find_code(text, 0, mode);
  SMTP_STATUS_FUZZ_CHECK(first.found() == (count != 0));
  // Nothing found is reported at the end of the text.
  if (!first) SMTP_STATUS_FUZZ_CHECK(first.position == text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const auto text = smtp_status_fuzz::as_text(data, size);
  check_mode(text, parse_mode::strict);
  check_mode(text, parse_mode::lenient);

  // Every code found in strict mode is found in lenient mode too.
  auto lenient = smtp_status::find_codes(text, parse_mode::lenient);
  auto it = lenient.begin();
  for (const auto& m : smtp_status::find_codes(text, parse_mode::strict)) {
    while (it != lenient.end() && it->position < m.position) ++it;
    SMTP_STATUS_FUZZ_CHECK(it != lenient.end() && it->position == m.position &&
                           it->code == m.code);
  }
  return 0;
}
