// SPDX-License-Identifier: BSL-1.0
// Fuzz target: parse_reply() in strict and tolerant mode, with options
// taken from the first octet, checked for views inside the input, for
// agreement between modes and with read_reply(), and for its line walk.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/reply.hpp"

namespace {

using smtp_status::reply_error;
using smtp_status::reply_flag;
using smtp_status::reply_mode;
using smtp_status::reply_options;

bool inside(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;
  return part.data() >= whole.data() &&
         part.data() + part.size() <= whole.data() + whole.size();
}

bool same_line(const smtp_status::reply_line& a,
               const smtp_status::reply_line& b) {
  return a.line.data() == b.line.data() && a.line.size() == b.line.size() &&
         a.text.data() == b.text.data() && a.text.size() == b.text.size() &&
         a.offset == b.offset && a.code == b.code && a.last == b.last &&
         a.status == b.status && a.flags == b.flags && a.ending == b.ending;
}

template <class Reply>
void check_reply(const Reply& r, std::string_view text) {
  SMTP_STATUS_FUZZ_CHECK(r.input.data() == text.data());
  SMTP_STATUS_FUZZ_CHECK(r.offset + r.size <= text.size());
  SMTP_STATUS_FUZZ_CHECK(r.position <= text.size());
  SMTP_STATUS_FUZZ_CHECK(!smtp_status::to_string_view(r.error).empty());
  for (const reply_flag f : smtp_status::all_reply_flags) {
    SMTP_STATUS_FUZZ_CHECK(!smtp_status::to_string_view(f).empty());
  }
  SMTP_STATUS_FUZZ_CHECK(r.stored_line_count() <= r.line_count);
  for (std::size_t i = 0; i != r.stored_line_count(); ++i) {
    const auto& l = r.stored_lines[i];
    SMTP_STATUS_FUZZ_CHECK(inside(l.line, text));
    SMTP_STATUS_FUZZ_CHECK(inside(l.text, l.line));
    SMTP_STATUS_FUZZ_CHECK(l.offset + l.line.size() <= text.size());
  }
  // Strict mode names the one deviation it met, and only on that error.
  SMTP_STATUS_FUZZ_CHECK(r.rejected.count() <= 1);
  if (!r.rejected.empty()) {
    SMTP_STATUS_FUZZ_CHECK(r.error == reply_error::deviation);
    SMTP_STATUS_FUZZ_CHECK(r.flags.has_any(r.rejected));
    SMTP_STATUS_FUZZ_CHECK(smtp_status::reply_deviations.has_any(r.rejected));
  }
  if (!r.ok()) return;

  // A reply: the whole text, at least one line, a well-formed code.
  SMTP_STATUS_FUZZ_CHECK(r.offset == 0 && r.size == text.size());
  SMTP_STATUS_FUZZ_CHECK(r.line_count >= 1);
  SMTP_STATUS_FUZZ_CHECK(r.rejected.empty());
  SMTP_STATUS_FUZZ_CHECK(
      smtp_status::reply_code::from_number(r.code.number()).has_value());
  SMTP_STATUS_FUZZ_CHECK(r.text() == text);
  if (const auto s = r.status()) {
    SMTP_STATUS_FUZZ_CHECK(r.written_status == s);
    SMTP_STATUS_FUZZ_CHECK(r.code.status_class_of() == s->cls());
  }
  const auto e = r.effective_status();
  SMTP_STATUS_FUZZ_CHECK(e.has_value() == (r.code.first_digit() != 3));
  if (e && e->source == smtp_status::code_source::reply_class) {
    SMTP_STATUS_FUZZ_CHECK(e->code.subject() == 0 && e->code.detail() == 0);
  }
  // Walking the lines reads them again, the same as the stored ones.
  std::size_t n = 0;
  for (const auto& l : r.lines()) {
    SMTP_STATUS_FUZZ_CHECK(n < r.line_count);
    if (n < r.stored_line_count()) {
      SMTP_STATUS_FUZZ_CHECK(same_line(l, r.stored_lines[n]));
    }
    SMTP_STATUS_FUZZ_CHECK(l.last == (n + 1 == r.line_count) ||
                           r.flags.has(reply_flag::joined_lines));
    ++n;
  }
  SMTP_STATUS_FUZZ_CHECK(n == r.line_count);
  // Strict mode lets through only the deviations it was told to accept.
  if (r.options.mode == reply_mode::strict) {
    const auto deviations = r.flags.without(r.options.accept);
    SMTP_STATUS_FUZZ_CHECK(!deviations.has_any(smtp_status::reply_deviations));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  if (size == 0) return 0;
  // The first octet chooses the options; the rest is the reply.
  const unsigned knobs = data[0];
  const auto text = smtp_status_fuzz::as_text(data + 1, size - 1);
  reply_options strict;
  strict.expect_enhanced_codes = (knobs & 1u) != 0;
  strict.folded = (knobs & 2u) != 0;
  if ((knobs & 4u) != 0) strict.accept |= reply_flag::bare_lf;
  if ((knobs & 8u) != 0) strict.accept |= reply_flag::hash_prefix;
  if ((knobs & 16u) != 0) strict.accept = smtp_status::reply_deviations;
  reply_options tolerant = strict;
  tolerant.mode = reply_mode::tolerant;

  const auto rs = smtp_status::parse_reply(text, strict);
  const auto rt = smtp_status::parse_reply(text, tolerant);
  const auto small = smtp_status::parse_reply<1>(text, tolerant);
  check_reply(rs, text);
  check_reply(rt, text);
  check_reply(small, text);

  // Tolerant mode accepts whatever strict mode does, and reads it alike.
  if (rs.ok()) {
    SMTP_STATUS_FUZZ_CHECK(rt.ok());
    SMTP_STATUS_FUZZ_CHECK(rt.code == rs.code);
    SMTP_STATUS_FUZZ_CHECK(rt.written_status == rs.written_status);
    SMTP_STATUS_FUZZ_CHECK(rt.line_count == rs.line_count);
    SMTP_STATUS_FUZZ_CHECK(rt.flags == rs.flags);
  }
  // Strict mode fails where tolerant mode succeeds only for a deviation
  // tolerant mode saw (strict mode may name it by its own error, as
  // reply_code_mismatch or incomplete).
  if (rt.ok() && !rs.ok()) {
    SMTP_STATUS_FUZZ_CHECK(rt.flags.has_any(smtp_status::reply_deviations));
  }
  // The number of stored lines changes nothing else.
  SMTP_STATUS_FUZZ_CHECK(small.error == rt.error && small.code == rt.code &&
                         small.line_count == rt.line_count &&
                         small.written_status == rt.written_status &&
                         small.flags == rt.flags);

  // read_reply on the whole input reads the same first reply.
  const auto rr = smtp_status::read_reply(text, tolerant);
  if (rt.ok()) {
    SMTP_STATUS_FUZZ_CHECK(rr.status == smtp_status::read_status::complete);
    SMTP_STATUS_FUZZ_CHECK(rr.consumed == text.size());
    SMTP_STATUS_FUZZ_CHECK(rr.reply.code == rt.code &&
                           rr.reply.written_status == rt.written_status);
  }
  return 0;
}
