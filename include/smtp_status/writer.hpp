// SPDX-License-Identifier: BSL-1.0
// smtp_status: writing SMTP replies (RFC 5321, RFC 2034) and the DSN
// per-recipient fields (RFC 3464) as the RFCs say, for bounce generation.

#ifndef SMTP_STATUS_WRITER_HPP_INCLUDED
#define SMTP_STATUS_WRITER_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include "smtp_status/config.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// Why a reply or DSN fields could not be written.
enum class write_error : std::uint8_t {
  none,                   ///< No error.
  buffer_too_small,       ///< `size` tells how many octets are needed.
  class_mismatch,         ///< The code's class is not the reply code's.
  code_on_intermediate,   ///< A code was given for a 3yz reply.
  line_break_in_text,     ///< CR or LF in the text, and splitting is off.
  control_character,      ///< NUL or another control other than HT.
  non_ascii,              ///< An octet above 127, not allowed by options.
  line_length_too_small,  ///< The line length leaves no room for text.
  action_mismatch,        ///< The Action disagrees with the Status class.
  bad_comment,            ///< CR, LF or a control in the Status comment.
  /// With no code written, a line's text starts with what a reader takes
  /// for a code (RFC 2034), such as "4.7.1 ..." or "#5.1.1".
  text_looks_like_code,
};

/// A short English text naming the error.
[[nodiscard]] constexpr std::string_view to_string_view(
    write_error e) noexcept {
  switch (e) {
    case write_error::none:
      return "no error";
    case write_error::buffer_too_small:
      return "buffer too small";
    case write_error::class_mismatch:
      return "status code class differs from the reply code's";
    case write_error::code_on_intermediate:
      return "status code given for a 3yz reply";
    case write_error::line_break_in_text:
      return "line break in the text";
    case write_error::control_character:
      return "control character in the text";
    case write_error::non_ascii:
      return "non-ASCII octet in the text";
    case write_error::line_length_too_small:
      return "line length leaves no room for text";
    case write_error::action_mismatch:
      return "Action disagrees with the Status class";
    case write_error::bad_comment:
      return "line break or control character in the comment";
    case write_error::text_looks_like_code:
      return "text with no code written starts like a status code";
  }
  return "unknown error";
}

/// The input that a write error's `position` is an offset in.
enum class write_field : std::uint8_t {
  none,             ///< The error has no position in any text.
  text,             ///< The text of a reply.
  status_comment,   ///< The comment after a DSN's Status code.
  diagnostic_text,  ///< The text of a DSN's Diagnostic-Code reply.
};

/// A short English text naming the field, such as "diagnostic text".
[[nodiscard]] constexpr std::string_view to_string_view(
    write_field f) noexcept {
  switch (f) {
    case write_field::none:
      return "no field";
    case write_field::text:
      return "reply text";
    case write_field::status_comment:
      return "Status comment";
    case write_field::diagnostic_text:
      return "diagnostic text";
  }
  return "unknown field";
}

/// What to do with CR and LF in a reply's text.
enum class line_breaks : std::uint8_t {
  split,  ///< Each CRLF, CR or LF starts a new reply line.
  /// Refuse the text with `write_error::line_break_in_text`; a single line
  /// break ending the text is still dropped.
  reject,
};

/// How to write a reply.
struct write_options {
  /// Splitting by default: text never carries a line break into the
  /// output, where it could pass for another reply line.
  line_breaks breaks = line_breaks::split;
  /// Give the status code the reply code's class instead of refusing a
  /// mismatch.
  bool adjust_class = false;
  /// Pass octets above 127 through, as in an SMTPUTF8 session.
  bool allow_non_ascii = false;
  /// The longest line, CRLF included; longer text is split at spaces
  /// where it can be, else at this length.
  std::size_t max_line_length = max_reply_line_length;
};

/// What a write did.
struct write_result {
  /// Octets written, or needed when the error is `buffer_too_small`.
  std::size_t size = 0;
  write_error error = write_error::none;  ///< Why nothing was written.
  std::size_t position = 0;  ///< Offset of the faulty octet in `field`.
  write_field field = write_field::none;  ///< The text `position` is in.

  /// True when the output was written.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == write_error::none;
  }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
};

namespace detail {

// Writes into [first, first + capacity), dropping the octets that do not
// fit: a buffer too small receives the output's beginning. With no buffer
// it only counts, which is how every input is checked in a dry run before
// the first octet reaches the caller's output; one sink type for both keeps
// each writer to one instantiation.
struct buffer_sink {
  char* first;
  std::size_t capacity;
  std::size_t n = 0;
  constexpr void put(char c) noexcept {
    if (n < capacity) first[n] = c;
    ++n;
  }
  constexpr void put(std::string_view s) noexcept {
    for (const char c : s) put(c);
  }
};

template <class Out>
struct append_sink {
  Out* out;
  std::size_t n = 0;
  constexpr void put(char c) {
    detail::append_to(*out, std::string_view{&c, 1});
    ++n;
  }
  constexpr void put(std::string_view s) {
    detail::append_to(*out, s);
    n += s.size();
  }
};

struct code_text {
  char data[max_code_length] = {};
  std::size_t size = 0;
};

[[nodiscard]] constexpr code_text code_chars(status_code c) noexcept {
  code_text t;
  t.size = static_cast<std::size_t>(
      smtp_status::to_chars(t.data, t.data + max_code_length, c).ptr - t.data);
  return t;
}

// Checks the octets of `text`; line breaks are checked by the caller.
[[nodiscard]] constexpr write_result check_text(
    std::string_view text, const write_options& o) noexcept {
  write_result r;
  for (std::size_t i = 0; i != text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u == '\r' || u == '\n') {
      if (o.breaks == line_breaks::split) continue;
      r.error = write_error::line_break_in_text;
    } else if ((u < 0x20 && u != '\t') || u == 0x7f) {
      r.error = write_error::control_character;
    } else if (u > 0x7f && !o.allow_non_ascii) {
      r.error = write_error::non_ascii;
    } else {
      continue;
    }
    r.position = i;
    r.field = write_field::text;
    return r;
  }
  return r;
}

// Where the text goes on after the line break at `end`, if any.
[[nodiscard]] constexpr std::size_t after_break(std::string_view text,
                                                std::size_t end) noexcept {
  if (end == text.size()) return end;
  const bool crlf =
      text[end] == '\r' && end + 1 != text.size() && text[end + 1] == '\n';
  return end + (crlf ? 2 : 1);
}

// The next piece of `text` at `pos` that fits in `room` octets: up to a
// line break, else up to the last space that fits (the run of spaces is
// dropped), else `room` octets, not cutting a UTF-8 sequence. `next` is
// where the following piece starts; `more` tells whether one follows,
// which it does after any line break, even at the end.
struct piece {
  std::string_view text;
  std::size_t next = 0;
  bool more = false;
};

[[nodiscard]] constexpr piece next_piece(std::string_view text, std::size_t pos,
                                         std::size_t room) noexcept {
  // Whether the line fits shows within its first room + 1 octets; reading
  // on to its end would read a long line again for every piece cut from it.
  const std::size_t left = text.size() - pos;
  const std::size_t stop = pos + (left < room + 1 ? left : room + 1);
  std::size_t end = pos;
  while (end != stop && text[end] != '\r' && text[end] != '\n') ++end;
  piece p;
  if (end - pos <= room) {
    p.text = text.substr(pos, end - pos);
    p.next = detail::after_break(text, end);
    p.more = end != text.size();
    return p;
  }
  std::size_t cut = pos + room;
  std::size_t resume = cut;
  std::size_t k = cut;
  while (k > pos && text[k] != ' ') --k;
  if (k > pos) {
    resume = k;
    while (resume != text.size() && text[resume] == ' ') ++resume;
    while (k > pos && text[k - 1] == ' ') --k;
    cut = k;
  } else {
    while (cut > pos + 1 &&
           (static_cast<unsigned char>(text[cut]) & 0xc0u) == 0x80u) {
      --cut;
    }
    resume = cut;
  }
  p.text = text.substr(pos, cut - pos);
  p.next = resume;
  p.more = true;
  // The spaces dropped at the cut ran up to the line's end.
  if (resume == text.size() || text[resume] == '\r' || text[resume] == '\n') {
    p.next = detail::after_break(text, resume);
    p.more = resume != text.size();
  }
  return p;
}

// Tells whether a reader takes the start of a line's text for a code
// (RFC 2034), in any form that tolerant reading accepts: "5.1.1", "#5.1.1",
// "5.1.1:", "5.01.1", "x.x.x", after spaces or not, and also once the
// white space that ends the line is trimmed, as a DSN reader trims the end
// of a field ("5.1.1\t" reads as 5.1.1 at the end of a Diagnostic-Code).
[[nodiscard]] constexpr bool reads_as_code(std::string_view line) noexcept {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  reply_options o;
  o.mode = reply_mode::tolerant;
  return detail::read_code_token(line, o).accepted;
}

// Writes (or, with a sink without buffer, measures) the reply; `fold` goes
// between lines, "\r\n" in a reply, "\r\n " in a header field.
template <class Sink>
constexpr write_result emit_reply(
    Sink& out, reply_code rc, std::optional<status_code> sc,
    std::string_view text, const write_options& o,
    std::string_view fold) noexcept(noexcept(out.put('x'))) {
  write_result r;
  const std::optional<status_class> cls = rc.status_class_of();
  if (sc && !cls) {
    r.error = write_error::code_on_intermediate;
    return r;
  }
  if (sc && sc->cls() != *cls) {
    if (!o.adjust_class) {
      r.error = write_error::class_mismatch;
      return r;
    }
    sc = std::optional<status_code>{sc->with_class(*cls)};
  }
  // A final line break ends the text rather than opening an empty line,
  // whether other line breaks split the text or are refused.
  if (text.size() >= 2 && text.substr(text.size() - 2) == "\r\n") {
    text.remove_suffix(2);
  } else if (!text.empty() && (text.back() == '\r' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  r = detail::check_text(text, o);
  if (!r.ok()) return r;
  const code_text code = sc ? detail::code_chars(*sc) : code_text{};
  const std::size_t prefix = 4 + (sc ? code.size + 1 : 0);
  if (o.max_line_length < prefix + 3) {
    r.error = write_error::line_length_too_small;
    return r;
  }
  const std::size_t room = o.max_line_length - prefix - 2;
  char digits[3] = {};
  (void)smtp_status::to_chars(digits, digits + 3, rc);
  std::size_t pos = 0;
  for (;;) {
    // A reader skips the spaces after the code, so they are dropped here.
    if (sc) {
      while (pos != text.size() && text[pos] == ' ') ++pos;
    }
    const piece p = detail::next_piece(text, pos, room);
    // With no code before it, a line's text must not read as one.
    if (!sc && detail::reads_as_code(p.text)) {
      auto at = static_cast<std::size_t>(p.text.data() - text.data());
      while (text[at] == ' ') ++at;
      r.error = write_error::text_looks_like_code;
      r.position = at;
      r.field = write_field::text;
      return r;
    }
    out.put(std::string_view{digits, 3});
    if (sc || !p.text.empty()) {
      out.put(p.more ? '-' : ' ');
      if (sc) {
        out.put(std::string_view{code.data, code.size});
        if (!p.text.empty()) out.put(' ');
      }
      out.put(p.text);
    } else if (p.more) {
      out.put('-');
    }
    if (!p.more) break;
    out.put(fold);
    pos = p.next;
  }
  out.put(std::string_view{"\r\n", 2});
  return r;
}

// Runs `emit` on a counting sink first and on `out` only when that dry run
// accepts the input: a refusal leaves the caller's output untouched.
template <class Sink, class Emit>
constexpr write_result emit_checked(Sink& out,
                                    Emit emit) noexcept(noexcept(emit(out))) {
  buffer_sink dry{nullptr, 0};
  write_result r = emit(dry);
  if (!r.ok()) return r;
  r.size = dry.n;
  if constexpr (std::is_same_v<Sink, buffer_sink>) {
    if (dry.n > out.capacity) r.error = write_error::buffer_too_small;
  }
  (void)emit(out);
  return r;
}

}  // namespace detail

/// Writes a reply into `[first, last)`: the code on every line with the
/// class of the reply code, none on a 3yz reply (nor, by passing no code,
/// on the greeting and the replies to HELO and EHLO), lines of at most
/// `max_line_length` octets, each ended by CRLF. CR and LF in the text
/// start new lines (or are refused); one at the very end is dropped.
/// After a code, a line's leading spaces are dropped, since a reader skips
/// the spaces after the code; with no code they are kept, and a line whose
/// text a reader would take for a code ("4.7.1 ...", "#5.1.1") is refused
/// with `write_error::text_looks_like_code`. Nothing is written when the
/// input is refused; with a buffer too small, it holds the output's
/// beginning and `size` is the size needed, so an empty buffer asks for it.
/// ```
/// char buf[600];
/// auto r = smtp_status::write_reply(buf, buf + sizeof buf,
///     *smtp_status::reply_code::from_number(550),
///     smtp_status::parse("5.1.1").code, "No such user");
/// // std::string_view{buf, r.size} == "550 5.1.1 No such user\r\n"
/// ```
constexpr write_result write_reply(char* first, char* last, reply_code code,
                                   std::optional<status_code> status,
                                   std::string_view text,
                                   write_options options = {}) noexcept {
  detail::buffer_sink sink{first, static_cast<std::size_t>(last - first)};
  return detail::emit_checked(sink, [&](auto& out) noexcept {
    return detail::emit_reply(out, code, status, text, options, "\r\n");
  });
}

/// Appends a reply, written as by `write_reply`, to `out`: any type with
/// `append(const char*, size_t)` or `push_back(char)`, such as std::string.
template <class Out>
constexpr write_result append_reply(Out& out, reply_code code,
                                    std::optional<status_code> status,
                                    std::string_view text,
                                    write_options options = {}) {
  detail::append_sink<Out> sink{&out};
  return detail::emit_checked(sink, [&](auto& o) {
    return detail::emit_reply(o, code, status, text, options, "\r\n");
  });
}

/// The three per-recipient fields of a DSN to write.
struct dsn_fields {
  status_code status;  ///< The Status code.
  /// A comment after the Status code, written in parentheses (with '(',
  /// ')' and '\' escaped); none when empty.
  std::string_view status_comment = {};
  /// The Action; by default the one of the Status class (`action_for`).
  std::optional<dsn_action> action = {};
  /// The remote reply code for `Diagnostic-Code: smtp; ...`; no field
  /// when absent.
  std::optional<reply_code> diagnostic_reply = {};
  /// The code the remote server sent, if it sent one: never the made-up
  /// Status of a reply that carried none.
  std::optional<status_code> diagnostic_status = {};
  /// The remote reply's text; line breaks make a multi-line reply, each
  /// line folded onto its own line of the field.
  std::string_view diagnostic_text = {};
};

namespace detail {

template <class Sink>
constexpr write_result emit_dsn(
    Sink& out, const dsn_fields& f,
    const write_options& o) noexcept(noexcept(out.put('x'))) {
  write_result r;
  const dsn_action action = f.action ? *f.action : action_for(f.status.cls());
  if (class_for(action) != f.status.cls()) {
    r.error = write_error::action_mismatch;
    return r;
  }
  for (std::size_t i = 0; i != f.status_comment.size(); ++i) {
    const auto u = static_cast<unsigned char>(f.status_comment[i]);
    if (u < 0x20 || u == 0x7f) {
      r.error = u == '\t' ? write_error::none : write_error::bad_comment;
    } else if (u > 0x7f && !o.allow_non_ascii) {
      r.error = write_error::non_ascii;
    }
    if (!r.ok()) {
      r.position = i;
      r.field = write_field::status_comment;
      return r;
    }
  }
  out.put(std::string_view{"Action: "});
  out.put(smtp_status::to_string_view(action));
  out.put(std::string_view{"\r\nStatus: "});
  const code_text code = detail::code_chars(f.status);
  out.put(std::string_view{code.data, code.size});
  if (!f.status_comment.empty()) {
    out.put(std::string_view{" ("});
    for (const char c : f.status_comment) {
      if (c == '(' || c == ')' || c == '\\') out.put('\\');
      out.put(c);
    }
    out.put(')');
  }
  out.put(std::string_view{"\r\n"});
  if (f.diagnostic_reply) {
    out.put(std::string_view{"Diagnostic-Code: smtp; "});
    r = detail::emit_reply(out, *f.diagnostic_reply, f.diagnostic_status,
                           f.diagnostic_text, o, "\r\n ");
    if (r.field == write_field::text) r.field = write_field::diagnostic_text;
  }
  return r;
}

}  // namespace detail

/// Writes the Action, Status and Diagnostic-Code fields of a per-recipient
/// block into `[first, last)`, each line ended by CRLF; a multi-line reply
/// is folded, one reply line to a line. Errors as for `write_reply`, plus
/// an Action against the Status class and a line break in the comment;
/// every field is checked before the first octet is written, so nothing
/// is written when any of them is refused.
/// ```
/// smtp_status::dsn_fields f{smtp_status::parse("5.1.1").code};
/// f.diagnostic_reply = smtp_status::reply_code::from_number(550);
/// f.diagnostic_status = f.status;
/// f.diagnostic_text = "No such user";
/// auto r = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
/// ```
constexpr write_result write_dsn_fields(char* first, char* last,
                                        const dsn_fields& fields,
                                        write_options options = {}) noexcept {
  detail::buffer_sink sink{first, static_cast<std::size_t>(last - first)};
  return detail::emit_checked(sink, [&](auto& out) noexcept {
    return detail::emit_dsn(out, fields, options);
  });
}

/// Appends the fields, written as by `write_dsn_fields`, to `out`.
template <class Out>
constexpr write_result append_dsn_fields(Out& out, const dsn_fields& fields,
                                         write_options options = {}) {
  detail::append_sink<Out> sink{&out};
  return detail::emit_checked(
      sink, [&](auto& o) { return detail::emit_dsn(o, fields, options); });
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_WRITER_HPP_INCLUDED
