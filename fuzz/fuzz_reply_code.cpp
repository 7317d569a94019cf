// SPDX-License-Identifier: BSL-1.0
// Fuzz target: parse_reply_code() and reply_code_from_chars(), checked
// against each other, against RFC 5321's grammar and against to_chars().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/reply_code.hpp"

namespace {

using smtp_status::reply_code;
using smtp_status::reply_code_error;

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// RFC 5321 section 4.2: %x32-35 %x30-35 %x30-39.
bool grammar(std::string_view t) {
  return t.size() == 3 && t[0] >= '2' && t[0] <= '5' && t[1] >= '0' &&
         t[1] <= '5' && digit(t[2]);
}

void check_number_roundtrip(unsigned n) {
  const auto c = reply_code::from_number(n);
  char buf[3];
  const bool valid = n >= 200 && n <= 559 && n / 10 % 10 <= 5;
  SMTP_STATUS_FUZZ_CHECK(c.has_value() == valid);
  if (!c) return;
  SMTP_STATUS_FUZZ_CHECK(c->number() == n);
  const auto w = smtp_status::to_chars(buf, buf + 3, *c);
  SMTP_STATUS_FUZZ_CHECK(w.ok && w.ptr == buf + 3);
  const auto back = smtp_status::parse_reply_code({buf, 3});
  SMTP_STATUS_FUZZ_CHECK(back.ok() && back.code == *c);
  const auto small = smtp_status::to_chars(buf, buf + 2, *c);
  SMTP_STATUS_FUZZ_CHECK(!small.ok);
  // The class that goes with the reply agrees with its first digit.
  const auto cls = c->status_class_of();
  SMTP_STATUS_FUZZ_CHECK(cls.has_value() == (c->first_digit() != 3));
  if (cls) {
    SMTP_STATUS_FUZZ_CHECK(static_cast<unsigned>(*cls) == c->first_digit());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const auto text = smtp_status_fuzz::as_text(data, size);
  const auto r = smtp_status::parse_reply_code(text);
  SMTP_STATUS_FUZZ_CHECK(r.position <= text.size());
  SMTP_STATUS_FUZZ_CHECK(r.ok() == grammar(text));
  if (r.ok()) {
    char buf[3];
    const auto w = smtp_status::to_chars(buf, buf + 3, r.code);
    SMTP_STATUS_FUZZ_CHECK(w.ok && std::string_view(buf, 3) == text);
  } else {
    SMTP_STATUS_FUZZ_CHECK(r.code == reply_code{});
  }

  const auto f =
      smtp_status::reply_code_from_chars(text.data(), text.data() + size);
  SMTP_STATUS_FUZZ_CHECK(f.position <= text.size());
  // The prefix parser accepts exactly the texts that begin with a reply
  // code not followed by another digit.
  const bool prefix_ok = text.size() >= 3 && grammar(text.substr(0, 3)) &&
                         (text.size() == 3 || !digit(text[3]));
  SMTP_STATUS_FUZZ_CHECK(f.ok() == prefix_ok);
  if (f.ok()) {
    SMTP_STATUS_FUZZ_CHECK(f.position == 3);
    const auto head = smtp_status::parse_reply_code(text.substr(0, 3));
    SMTP_STATUS_FUZZ_CHECK(head.ok() && head.code == f.code);
  }
  if (r.ok()) SMTP_STATUS_FUZZ_CHECK(f.ok() && f.code == r.code);

  if (size >= 2) check_number_roundtrip(unsigned{data[0]} << 8 | data[1]);
  return 0;
}
