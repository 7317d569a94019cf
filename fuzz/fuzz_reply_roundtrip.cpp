// SPDX-License-Identifier: BSL-1.0
// Fuzz target: write_reply() of a reply code, status code and text taken
// from the input, then parse_reply() of what it wrote, must give the same
// reply code and status code and the same text, with no line injected.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/writer.hpp"

namespace {

using smtp_status::reply_code;
using smtp_status::status_code;
using smtp_status::write_error;

// The octets of `s` other than spaces and line breaks, which the writer
// may drop where it splits lines.
std::string content(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != ' ' && c != '\r' && c != '\n') out.push_back(c);
  }
  return out;
}

bool is_control(unsigned char u) {
  return (u < 0x20 && u != '\t' && u != '\r' && u != '\n') || u == 0x7f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  if (size < 9) return 0;
  const auto rc = *reply_code::from_number(200 + (data[0] % 4u) * 100 +
                                           (data[1] % 6u) * 10 + data[2] % 10u);
  std::optional<status_code> sc;
  if ((data[3] & 3u) != 0) {
    const unsigned cls[] = {2, 4, 5};
    sc = status_code::from_parts(
        static_cast<smtp_status::status_class>(cls[(data[3] & 3u) - 1]),
        data[4] % 1000u, (data[5] * 256u + data[6]) % 1000u);
  }
  smtp_status::write_options o;
  const unsigned knobs = data[7];
  o.breaks = (knobs & 1u) != 0 ? smtp_status::line_breaks::reject
                               : smtp_status::line_breaks::split;
  o.adjust_class = (knobs & 2u) != 0;
  o.allow_non_ascii = (knobs & 4u) != 0;
  if ((knobs & 8u) != 0) o.max_line_length = 8 + data[8];
  const auto text = smtp_status_fuzz::as_text(data + 9, size - 9);

  char buf[4096];
  const auto w =
      smtp_status::write_reply(buf, buf + sizeof buf, rc, sc, text, o);
  const auto cls = rc.status_class_of();
  if (!w.ok()) {
    // Each refusal names a real fault.
    switch (w.error) {
      case write_error::code_on_intermediate:
        SMTP_STATUS_FUZZ_CHECK(sc && !cls);
        break;
      case write_error::class_mismatch:
        SMTP_STATUS_FUZZ_CHECK(sc && cls && sc->cls() != *cls &&
                               !o.adjust_class);
        break;
      case write_error::line_break_in_text:
        SMTP_STATUS_FUZZ_CHECK(
            w.position < text.size() &&
            (text[w.position] == '\r' || text[w.position] == '\n') &&
            o.breaks == smtp_status::line_breaks::reject);
        break;
      case write_error::control_character:
        SMTP_STATUS_FUZZ_CHECK(
            w.position < text.size() &&
            is_control(static_cast<unsigned char>(text[w.position])));
        break;
      case write_error::non_ascii:
        SMTP_STATUS_FUZZ_CHECK(w.position < text.size() && !o.allow_non_ascii &&
                               static_cast<unsigned char>(text[w.position]) >
                                   0x7f);
        break;
      case write_error::text_looks_like_code:
        SMTP_STATUS_FUZZ_CHECK(!sc && w.position < text.size());
        break;
      case write_error::line_length_too_small:
        SMTP_STATUS_FUZZ_CHECK((knobs & 8u) != 0);
        break;
      case write_error::buffer_too_small:
        SMTP_STATUS_FUZZ_CHECK(w.size > sizeof buf);
        break;
      default:
        SMTP_STATUS_FUZZ_CHECK(false);
    }
    return 0;
  }

  const std::string_view out(buf, w.size);
  // Appending to a string writes the same octets.
  std::string appended;
  const auto a = smtp_status::append_reply(appended, rc, sc, text, o);
  SMTP_STATUS_FUZZ_CHECK(a.ok() && appended == out);
  // A buffer one octet short is refused, and asks for the size.
  const auto short_write =
      smtp_status::write_reply(buf, buf + w.size - 1, rc, sc, text, o);
  SMTP_STATUS_FUZZ_CHECK(short_write.error == write_error::buffer_too_small &&
                         short_write.size == w.size);

  // No CR or LF but in CRLF line ends: text cannot inject a line.
  for (std::size_t i = 0; i != out.size(); ++i) {
    if (out[i] == '\r') {
      SMTP_STATUS_FUZZ_CHECK(i + 1 < out.size() && out[i + 1] == '\n');
    }
    if (out[i] == '\n') SMTP_STATUS_FUZZ_CHECK(i > 0 && out[i - 1] == '\r');
  }

  smtp_status::reply_options ro;
  if (o.allow_non_ascii) ro.accept |= smtp_status::reply_flag::non_ascii;
  if (o.max_line_length > smtp_status::max_reply_line_length) {
    ro.accept |= smtp_status::reply_flag::long_line;
  }
  // A flag and a plain code rather than an optional: GCC 12 at -O2 warns
  // that an engaged optional's payload may be uninitialized when compared.
  const bool expected = sc && cls;
  const status_code expected_code =
      expected ? sc->with_class(*cls) : status_code{};
  const auto r = smtp_status::parse_reply(out, ro);
  SMTP_STATUS_FUZZ_CHECK(r.ok());
  // No code written, none read: text never passes for a code.
  SMTP_STATUS_FUZZ_CHECK(expected || !r.written_status.has_value());
  SMTP_STATUS_FUZZ_CHECK(r.code == rc);
  SMTP_STATUS_FUZZ_CHECK(r.size == out.size());
  if (expected) {
    const std::optional<status_code> got = r.status();
    SMTP_STATUS_FUZZ_CHECK(got && *got == expected_code);
    SMTP_STATUS_FUZZ_CHECK(
        !r.flags.has(smtp_status::reply_flag::code_missing_on_some_lines));
    SMTP_STATUS_FUZZ_CHECK(
        !r.flags.has(smtp_status::reply_flag::inconsistent_codes));
  }

  // Every line is within the length, and the lines carry the text.
  const std::size_t prefix =
      4 + (expected ? smtp_status::to_code_string(expected_code).size() : 0);
  std::string read_back;
  for (const auto& l : r.lines()) {
    SMTP_STATUS_FUZZ_CHECK(l.code == rc);
    SMTP_STATUS_FUZZ_CHECK(l.ending == smtp_status::line_ending::crlf);
    SMTP_STATUS_FUZZ_CHECK(l.line.size() + 2 <= o.max_line_length);
    if (expected)
      SMTP_STATUS_FUZZ_CHECK(l.status && *l.status == expected_code);
    std::string_view line = l.line;
    while (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      line.remove_prefix(1);
    }
    if (line.size() > prefix) read_back += line.substr(prefix);
  }
  SMTP_STATUS_FUZZ_CHECK(content(read_back) == content(text));
  return 0;
}
