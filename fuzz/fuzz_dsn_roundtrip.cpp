// SPDX-License-Identifier: BSL-1.0
// Fuzz target: write_dsn_fields() of values taken from the input, then
// parse_dsn_recipient() of what it wrote, must give the same Action,
// Status, comment and diagnostic reply.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/writer.hpp"

namespace {

using smtp_status::dsn_action;
using smtp_status::reply_code;
using smtp_status::status_class;
using smtp_status::status_code;

// The comment as written, with the writer's backslash escapes undone.
std::string unescape(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) ++i;
    out.push_back(raw[i]);
  }
  return out;
}

std::string content(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != ' ' && c != '\r' && c != '\n' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  if (size < 10) return 0;
  const status_class classes[] = {
      status_class::success, status_class::transient, status_class::permanent};
  smtp_status::dsn_fields f{
      *status_code::from_parts(classes[data[0] % 3u], data[1] % 1000u,
                               (data[2] * 256u + data[3]) % 1000u)};
  const unsigned knobs = data[4];
  if ((knobs & 1u) != 0) {
    f.action = static_cast<dsn_action>(data[5] % 5u);
  }
  if ((knobs & 2u) != 0) {
    f.diagnostic_reply = reply_code::from_number(
        200 + (data[6] % 4u) * 100 + (data[7] % 6u) * 10 + data[8] % 10u);
    if ((knobs & 4u) != 0) {
      const auto c = f.diagnostic_reply->status_class_of();
      if (c) f.diagnostic_status = f.status.with_class(*c);
    }
  }
  // The rest: comment and diagnostic text, split where the input says.
  const auto rest = smtp_status_fuzz::as_text(data + 10, size - 10);
  const std::size_t cut = rest.empty() ? 0 : data[9] % (rest.size() + 1);
  f.status_comment = rest.substr(0, cut);
  f.diagnostic_text = rest.substr(cut);

  char buf[8192];
  const auto w = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
  if (!w.ok()) {
    if (w.error == smtp_status::write_error::action_mismatch) {
      SMTP_STATUS_FUZZ_CHECK(f.action && smtp_status::class_for(*f.action) !=
                                             f.status.cls());
    }
    return 0;
  }
  const std::string_view out(buf, w.size);
  std::string appended;
  const auto a = smtp_status::append_dsn_fields(appended, f);
  SMTP_STATUS_FUZZ_CHECK(a.ok() && appended == out);

  // Without a code of its own, a diagnostic whose text starts like a code
  // ("5.7.76 ...") reads back with that code: the writer cannot tell, so
  // only tolerant reading is asked to accept it.
  smtp_status::dsn_options ro;
  if (!f.diagnostic_status) ro.mode = smtp_status::reply_mode::tolerant;
  const auto r = smtp_status::parse_dsn_recipient(out, ro);
  SMTP_STATUS_FUZZ_CHECK(r.ok());
  SMTP_STATUS_FUZZ_CHECK(r.offset == 0 && r.size == out.size());
  SMTP_STATUS_FUZZ_CHECK(r.status == f.status);
  const dsn_action action =
      f.action ? *f.action : smtp_status::action_for(f.status.cls());
  SMTP_STATUS_FUZZ_CHECK(r.action == action);
  SMTP_STATUS_FUZZ_CHECK(!r.flags.has(smtp_status::dsn_flag::action_mismatch));
  SMTP_STATUS_FUZZ_CHECK(unescape(r.status_comment) == f.status_comment);
  SMTP_STATUS_FUZZ_CHECK(r.diagnostic.has_value() ==
                         f.diagnostic_reply.has_value());
  if (f.diagnostic_reply) {
    SMTP_STATUS_FUZZ_CHECK(r.diagnostic->is_smtp());
    const auto& reply = r.diagnostic->reply;
    SMTP_STATUS_FUZZ_CHECK(reply && reply->ok());
    SMTP_STATUS_FUZZ_CHECK(reply->code == *f.diagnostic_reply);
    if (f.diagnostic_status) {
      SMTP_STATUS_FUZZ_CHECK(reply->status() == f.diagnostic_status);
    }
    // The diagnostic's text keeps the content of the text written.
    std::string read_back;
    const std::size_t prefix =
        4 + (f.diagnostic_status
                 ? smtp_status::to_code_string(*f.diagnostic_status).size()
                 : 0);
    for (const auto& l : reply->lines()) {
      std::string_view line = l.line;
      while (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
        line.remove_prefix(1);
      }
      if (line.size() > prefix) read_back += line.substr(prefix);
    }
    SMTP_STATUS_FUZZ_CHECK(content(read_back) == content(f.diagnostic_text));
  }
  return 0;
}
