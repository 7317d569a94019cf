// SPDX-License-Identifier: BSL-1.0
// Fuzz target: parse() and from_chars() for status codes, in both modes,
// checked against each other and against the canonical formatting.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/status_code.hpp"

namespace {

using smtp_status::parse_error;
using smtp_status::parse_mode;
using smtp_status::status_code;

bool in_range(status_code c) {
  return smtp_status::is_valid(c.cls()) && c.subject() <= 999 &&
         c.detail() <= 999;
}

void check_formatting(status_code c) {
  const auto s = smtp_status::to_code_string(c);
  SMTP_STATUS_FUZZ_CHECK(s.size() >= 5 && s.size() <= 9);
  SMTP_STATUS_FUZZ_CHECK(s.c_str()[s.size()] == '\0');
  const auto back = smtp_status::parse(s.view());
  SMTP_STATUS_FUZZ_CHECK(back.ok() && back.code == c && !back.leading_zeros);

  // A buffer too small is refused whole and left untouched.
  for (std::size_t n = 0; n <= smtp_status::max_code_length; ++n) {
    char buf[smtp_status::max_code_length] = {'#', '#', '#', '#', '#',
                                              '#', '#', '#', '#'};
    const auto r = smtp_status::to_chars(buf, buf + n, c);
    if (n < s.size()) {
      SMTP_STATUS_FUZZ_CHECK(!r.ok && r.ptr == buf + n);
      for (char ch : buf) SMTP_STATUS_FUZZ_CHECK(ch == '#');
    } else {
      SMTP_STATUS_FUZZ_CHECK(r.ok && r.ptr == buf + s.size());
      SMTP_STATUS_FUZZ_CHECK(std::string_view(buf, s.size()) == s.view());
    }
  }
}

void check_mode(std::string_view text, parse_mode mode) {
  const auto r = smtp_status::parse(text, mode);
  SMTP_STATUS_FUZZ_CHECK(r.position <= text.size());
  SMTP_STATUS_FUZZ_CHECK(r.ok() == (r.error == parse_error::none));
  if (r.ok()) {
    SMTP_STATUS_FUZZ_CHECK(r.position == text.size());
    SMTP_STATUS_FUZZ_CHECK(in_range(r.code));
    const auto canonical = smtp_status::to_code_string(r.code);
    if (mode == parse_mode::strict) {
      SMTP_STATUS_FUZZ_CHECK(!r.leading_zeros);
    }
    // Canonical text is the input exactly unless zeros were skipped.
    SMTP_STATUS_FUZZ_CHECK((canonical.view() == text) == !r.leading_zeros);
    check_formatting(r.code);
  } else {
    SMTP_STATUS_FUZZ_CHECK(r.code == status_code{});
    SMTP_STATUS_FUZZ_CHECK(!text.empty() || r.error == parse_error::empty);
  }

  // from_chars is the prefix parser parse() is built on.
  const char* first = text.data();
  const char* last = first + text.size();
  status_code out =
      *status_code::from_parts(smtp_status::status_class::transient, 4, 4);
  const status_code before = out;
  const auto f = smtp_status::from_chars(first, last, out, mode);
  SMTP_STATUS_FUZZ_CHECK(f.ptr >= first && f.ptr <= last);
  const auto consumed = static_cast<std::size_t>(f.ptr - first);
  if (f.ec == parse_error::none) {
    SMTP_STATUS_FUZZ_CHECK(in_range(out));
    const auto prefix = smtp_status::parse(text.substr(0, consumed), mode);
    SMTP_STATUS_FUZZ_CHECK(prefix.ok() && prefix.code == out);
    SMTP_STATUS_FUZZ_CHECK(prefix.leading_zeros == f.leading_zeros);
    if (f.ptr == last) {
      SMTP_STATUS_FUZZ_CHECK(r.ok() && r.code == out);
    } else {
      SMTP_STATUS_FUZZ_CHECK(r.error == parse_error::trailing_characters);
      SMTP_STATUS_FUZZ_CHECK(r.position == consumed);
      // A code never ends inside a run of digits.
      SMTP_STATUS_FUZZ_CHECK(*f.ptr < '0' || *f.ptr > '9');
    }
  } else {
    SMTP_STATUS_FUZZ_CHECK(out == before);
    SMTP_STATUS_FUZZ_CHECK(r.error == f.ec && r.position == consumed);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const auto text = smtp_status_fuzz::as_text(data, size);
  check_mode(text, parse_mode::strict);
  check_mode(text, parse_mode::lenient);

  // Lenient mode accepts a superset of strict mode, with the same value.
  const auto strict = smtp_status::parse(text, parse_mode::strict);
  const auto lenient = smtp_status::parse(text, parse_mode::lenient);
  if (strict.ok()) {
    SMTP_STATUS_FUZZ_CHECK(lenient.ok() && lenient.code == strict.code &&
                           !lenient.leading_zeros);
  }
  if (lenient.ok() && !lenient.leading_zeros) {
    SMTP_STATUS_FUZZ_CHECK(strict.ok() && strict.code == lenient.code);
  }
  if (lenient.ok() && lenient.leading_zeros) {
    SMTP_STATUS_FUZZ_CHECK(strict.error == parse_error::leading_zero);
  }
  return 0;
}
