// SPDX-License-Identifier: BSL-1.0
// Fuzz target: parse_dsn_recipient() block after block in strict and
// tolerant mode: views stay inside the input, blocks follow each other,
// fields agree with the parsed values, and the modes agree.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/dsn.hpp"

namespace {

using smtp_status::dsn_error;
using smtp_status::dsn_options;
using smtp_status::reply_mode;

bool inside(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;
  return part.data() >= whole.data() &&
         part.data() + part.size() <= whole.data() + whole.size();
}

void check_block(const smtp_status::dsn_recipient& r, std::string_view text) {
  SMTP_STATUS_FUZZ_CHECK(r.input.data() == text.data());
  SMTP_STATUS_FUZZ_CHECK(r.offset + r.size <= text.size());
  SMTP_STATUS_FUZZ_CHECK(r.position <= text.size());
  SMTP_STATUS_FUZZ_CHECK(!smtp_status::to_string_view(r.error).empty());
  SMTP_STATUS_FUZZ_CHECK(inside(r.status_comment, text));
  std::size_t n = 0;
  for (const auto& f : r.fields()) {
    SMTP_STATUS_FUZZ_CHECK(++n <= text.size());
    SMTP_STATUS_FUZZ_CHECK(inside(f.name, text) && inside(f.value, text));
    SMTP_STATUS_FUZZ_CHECK(!f.name.empty());
    SMTP_STATUS_FUZZ_CHECK(f.offset >= r.offset &&
                           f.offset < r.offset + r.size);
    // A field found by its name is the first of that name.
    const auto byname = r.field(f.name);
    SMTP_STATUS_FUZZ_CHECK(byname && byname.offset <= f.offset);
  }
  if (r.diagnostic) {
    SMTP_STATUS_FUZZ_CHECK(inside(r.diagnostic->type, text));
    SMTP_STATUS_FUZZ_CHECK(inside(r.diagnostic->text, text));
    SMTP_STATUS_FUZZ_CHECK(r.diagnostic->reply.has_value() ==
                           r.diagnostic->is_smtp());
  }
  const auto e = r.effective_status();
  if (r.status) {
    SMTP_STATUS_FUZZ_CHECK(e && e->code == *r.status &&
                           e->source == smtp_status::code_source::dsn_status);
  } else {
    SMTP_STATUS_FUZZ_CHECK(e == r.fallback_status);
  }
  if (!r.ok()) return;
  SMTP_STATUS_FUZZ_CHECK(r.status.has_value());
  SMTP_STATUS_FUZZ_CHECK(r.field_count >= 1 && n == r.field_count);
  // The action, when given, agrees with the Status class unless flagged.
  if (r.action && smtp_status::class_for(*r.action) != r.status->cls()) {
    SMTP_STATUS_FUZZ_CHECK(r.flags.has(smtp_status::dsn_flag::action_mismatch));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const auto text = smtp_status_fuzz::as_text(data, size);
  std::size_t pos = 0;
  for (std::size_t blocks = 0; pos < text.size(); ++blocks) {
    SMTP_STATUS_FUZZ_CHECK(blocks <= text.size());
    // Each block is read from the rest of the text, as a caller walking a
    // DSN's blocks does.
    const auto rest = text.substr(pos);
    const auto rs = smtp_status::parse_dsn_recipient(rest, {});
    const auto rt = smtp_status::parse_dsn_recipient(
        rest, dsn_options{reply_mode::tolerant});
    check_block(rs, rest);
    check_block(rt, rest);
    // The block's extent does not depend on the mode.
    SMTP_STATUS_FUZZ_CHECK(rs.offset == rt.offset && rs.size == rt.size);
    if (rs.ok()) {
      SMTP_STATUS_FUZZ_CHECK(rt.ok());
      SMTP_STATUS_FUZZ_CHECK(rt.status == rs.status && rt.action == rs.action);
      // Tolerant mode may read a diagnostic reply that strict mode
      // refuses, and then compare it with the Status: more flags, never
      // fewer.
      SMTP_STATUS_FUZZ_CHECK(rs.flags.without(rt.flags).empty());
    }
    const std::size_t step = rt.offset + rt.size;
    SMTP_STATUS_FUZZ_CHECK(step > 0);
    pos += step;
  }
  return 0;
}
