// SPDX-License-Identifier: BSL-1.0
// Fuzz target: a status code built from arbitrary parts, formatted, then
// parsed back (canonical and zero-padded) must give the same code.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/status_code.hpp"

namespace {

using smtp_status::parse_error;
using smtp_status::parse_mode;
using smtp_status::status_class;
using smtp_status::status_code;

// Reads bytes from the input, zeros once it runs out.
struct byte_source {
  const std::uint8_t* p;
  const std::uint8_t* end;
  unsigned next() { return p != end ? *p++ : 0u; }
  unsigned next16() { return next() << 8 | next(); }
};

// Writes `v` with `width` digits at least, padding with zeros.
std::size_t put_padded(char* out, unsigned v, unsigned width) {
  char digits[3];
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  std::size_t w = 0;
  for (std::size_t i = n; i < width; ++i) out[w++] = '0';
  while (n != 0) out[w++] = digits[--n];
  return w;
}

void check_code(status_code c, byte_source& in) {
  // Canonical text parses back, in both modes.
  const auto text = smtp_status::to_code_string(c);
  const auto strict = smtp_status::parse(text.view());
  SMTP_STATUS_FUZZ_CHECK(strict.ok() && strict.code == c);
  const auto lenient = smtp_status::parse(text.view(), parse_mode::lenient);
  SMTP_STATUS_FUZZ_CHECK(lenient.ok() && lenient.code == c &&
                         !lenient.leading_zeros);

  // Zero-padded text parses back in lenient mode only.
  const unsigned sw = 1 + in.next() % 3;
  const unsigned dw = 1 + in.next() % 3;
  char buf[16];
  std::size_t n = 0;
  buf[n++] = static_cast<char>('0' + c.class_digit());
  buf[n++] = '.';
  n += put_padded(buf + n, c.subject(), sw);
  buf[n++] = '.';
  n += put_padded(buf + n, c.detail(), dw);
  const std::string_view padded(buf, n);
  const bool zeros = padded != text.view();
  const auto lp = smtp_status::parse(padded, parse_mode::lenient);
  SMTP_STATUS_FUZZ_CHECK(lp.ok() && lp.code == c && lp.leading_zeros == zeros);
  const auto sp = smtp_status::parse(padded, parse_mode::strict);
  SMTP_STATUS_FUZZ_CHECK(sp.ok() != zeros);
  if (zeros) SMTP_STATUS_FUZZ_CHECK(sp.error == parse_error::leading_zero);

  // The packed form and the class-free pair give the same code back.
  const auto unpacked = status_code::from_packed(c.packed());
  SMTP_STATUS_FUZZ_CHECK(unpacked && *unpacked == c);
  const auto sd = smtp_status::subject_detail::of(c);
  const auto again = sd.with(c.cls());
  SMTP_STATUS_FUZZ_CHECK(again && *again == c);
  SMTP_STATUS_FUZZ_CHECK(sd.success().is_success());
  SMTP_STATUS_FUZZ_CHECK(sd.transient().is_transient());
  SMTP_STATUS_FUZZ_CHECK(sd.permanent().is_permanent());

  // Class changes keep subject and detail.
  const auto soft = c.to_transient();
  const auto hard = c.to_permanent();
  SMTP_STATUS_FUZZ_CHECK(soft.subject() == c.subject() &&
                         soft.detail() == c.detail());
  SMTP_STATUS_FUZZ_CHECK(hard.subject() == c.subject() &&
                         hard.detail() == c.detail());
  SMTP_STATUS_FUZZ_CHECK(c.is_success()
                             ? soft == c && hard == c
                             : soft.is_transient() && hard.is_permanent());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  byte_source in{data, data + size};
  while (in.p != in.end) {
    const unsigned cls = in.next();
    const unsigned subject = in.next16();
    const unsigned detail = in.next16();
    const auto c = status_code::from_parts(static_cast<status_class>(cls),
                                           subject, detail);
    const bool valid =
        (cls == 2 || cls == 4 || cls == 5) && subject <= 999 && detail <= 999;
    SMTP_STATUS_FUZZ_CHECK(c.has_value() == valid);
    if (c) check_code(*c, in);

    // Any 32-bit number is either refused or kept exactly.
    const std::uint32_t packed =
        static_cast<std::uint32_t>(in.next16() << 16 | in.next16());
    const auto p = status_code::from_packed(packed);
    if (p) SMTP_STATUS_FUZZ_CHECK(p->packed() == packed);
  }
  return 0;
}
