// SPDX-License-Identifier: BSL-1.0
// smtp_status: the per-recipient fields of a delivery status notification
// (RFC 3464): Action, Status and Diagnostic-Code, read without allocating.

#ifndef SMTP_STATUS_DSN_HPP_INCLUDED
#define SMTP_STATUS_DSN_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "smtp_status/config.hpp"
#include "smtp_status/detail/scan_iterator.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// The value of a DSN's Action field (RFC 3464 section 2.3.3).
enum class dsn_action : std::uint8_t {
  failed,     ///< The message could not be delivered: class 5.
  delayed,    ///< Delivery is delayed and still tried: class 4.
  delivered,  ///< Delivered to the recipient's mailbox: class 2.
  relayed,    ///< Handed to a system that sends no DSN: class 2.
  expanded,   ///< Delivered and forwarded to more recipients: class 2.
};

/// The field value, such as "failed".
[[nodiscard]] constexpr std::string_view to_string_view(dsn_action a) noexcept {
  switch (a) {
    case dsn_action::failed:
      return "failed";
    case dsn_action::delayed:
      return "delayed";
    case dsn_action::delivered:
      return "delivered";
    case dsn_action::relayed:
      return "relayed";
    case dsn_action::expanded:
      return "expanded";
  }
  return "unknown";
}

/// The action a Status of class `c` goes with: failed for 5, delayed for
/// 4 and delivered for 2 (relayed and expanded go with 2 as well).
[[nodiscard]] constexpr dsn_action action_for(status_class c) noexcept {
  switch (c) {
    case status_class::permanent:
      return dsn_action::failed;
    case status_class::transient:
      return dsn_action::delayed;
    case status_class::success:
      break;
  }
  return dsn_action::delivered;
}

/// The Status class that goes with the action `a`.
[[nodiscard]] constexpr status_class class_for(dsn_action a) noexcept {
  switch (a) {
    case dsn_action::failed:
      return status_class::permanent;
    case dsn_action::delayed:
      return status_class::transient;
    case dsn_action::delivered:
    case dsn_action::relayed:
    case dsn_action::expanded:
      break;
  }
  return status_class::success;
}

namespace detail {

[[nodiscard]] constexpr bool is_fws(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

[[nodiscard]] constexpr std::string_view trim_fws(std::string_view s) noexcept {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && detail::is_fws(s[b])) ++b;
  while (e > b && detail::is_fws(s[e - 1])) --e;
  return s.substr(b, e - b);
}

}  // namespace detail

/// Reads an Action value, ignoring case and surrounding white space; nothing
/// for any other word.
[[nodiscard]] constexpr std::optional<dsn_action> parse_dsn_action(
    std::string_view text) noexcept {
  const std::string_view t = detail::trim_fws(text);
  for (const dsn_action a :
       {dsn_action::failed, dsn_action::delayed, dsn_action::delivered,
        dsn_action::relayed, dsn_action::expanded}) {
    if (detail::iequals(t, smtp_status::to_string_view(a))) return a;
  }
  return {};
}

/// A disagreement or tolerated fault in a per-recipient block.
enum class dsn_flag : std::uint16_t {
  action_mismatch = 1u << 0,  ///< Action disagrees with the Status class.
  diagnostic_class_mismatch = 1u << 1,  ///< Status and reply code classes.
  diagnostic_code_mismatch = 1u << 2,   ///< Status differs from reply's code.
  status_from_diagnostic = 1u << 3,     ///< No Status; fallback from the reply.
  missing_action = 1u << 4,           ///< No Action field (RFC 3464 needs it).
  missing_final_recipient = 1u << 5,  ///< No Final-Recipient field.
  duplicate_field = 1u << 6,      ///< Action, Status or Diagnostic-Code twice.
  status_leading_zero = 1u << 7,  ///< Tolerated: "5.01.1".
  status_extra_text = 1u << 8,    ///< Tolerated: text, not a comment, after
                                  ///< the Status code.
};

/// A set of DSN flags.
using dsn_flags = flag_set<dsn_flag>;

/// The union of two DSN flags.
[[nodiscard]] constexpr dsn_flags operator|(dsn_flag a, dsn_flag b) noexcept {
  return dsn_flags{a} | dsn_flags{b};
}

/// A short English text naming the flag.
[[nodiscard]] constexpr std::string_view to_string_view(dsn_flag f) noexcept {
  switch (f) {
    case dsn_flag::action_mismatch:
      return "Action disagrees with the Status class";
    case dsn_flag::diagnostic_class_mismatch:
      return "Status class disagrees with the diagnostic reply code";
    case dsn_flag::diagnostic_code_mismatch:
      return "Status differs from the diagnostic reply's code";
    case dsn_flag::status_from_diagnostic:
      return "Status missing, taken from the diagnostic reply";
    case dsn_flag::missing_action:
      return "Action field missing";
    case dsn_flag::missing_final_recipient:
      return "Final-Recipient field missing";
    case dsn_flag::duplicate_field:
      return "field given twice";
    case dsn_flag::status_leading_zero:
      return "leading zero in Status";
    case dsn_flag::status_extra_text:
      return "text after the Status code";
  }
  return "unknown flag";
}

/// Why a per-recipient block cannot be read.
enum class dsn_error : std::uint8_t {
  none,                     ///< No error.
  empty_input,              ///< No field at all.
  missing_colon,            ///< A line is neither a field nor a fold.
  empty_field_name,         ///< A line starts with ':'.
  fold_before_field,        ///< A folded line before any field.
  missing_status,           ///< No Status field (RFC 3464 requires one).
  bad_status,               ///< The Status value is not a status code.
  bad_status_comment,       ///< An unclosed comment or text after Status.
  bad_action,               ///< The Action value is not one of the five.
  missing_diagnostic_type,  ///< Diagnostic-Code has no "type;".
  duplicate_field,          ///< Strict mode: a field given twice.
};

/// A short English text naming the error.
[[nodiscard]] constexpr std::string_view to_string_view(dsn_error e) noexcept {
  switch (e) {
    case dsn_error::none:
      return "no error";
    case dsn_error::empty_input:
      return "no fields";
    case dsn_error::missing_colon:
      return "line without ':'";
    case dsn_error::empty_field_name:
      return "empty field name";
    case dsn_error::fold_before_field:
      return "folded line before any field";
    case dsn_error::missing_status:
      return "Status field missing";
    case dsn_error::bad_status:
      return "Status is not a status code";
    case dsn_error::bad_status_comment:
      return "Status followed by something other than a comment";
    case dsn_error::bad_action:
      return "Action value unknown";
    case dsn_error::missing_diagnostic_type:
      return "Diagnostic-Code without a type";
    case dsn_error::duplicate_field:
      return "field given twice";
  }
  return "unknown error";
}

/// One header field, or none (an empty name): views into the input.
struct dsn_field {
  std::string_view name;         ///< The name as written, such as "STATUS".
  std::string_view value;        ///< The value, trimmed; folds kept as written.
  std::size_t offset = 0;        ///< Where the field starts in the input.
  std::size_t value_offset = 0;  ///< Where `value` starts in the input.

  /// True for a field, false for none.
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return !name.empty();
  }
};

/// The number of reply lines a diagnostic keeps records of.
inline constexpr std::size_t diagnostic_stored_lines = 4;

/// A Diagnostic-Code field: its type and text, and for type `smtp` the
/// reply read from the text (folded mode), keeping records of its first
/// `StoredLines` lines.
template <std::size_t StoredLines>
struct basic_dsn_diagnostic {
  std::string_view type;  ///< The diagnostic type, such as "smtp".
  std::string_view text;  ///< The text after the ';', folds kept.
  /// The reply, for type `smtp` only; other types, such as X-Postfix or
  /// DNS, are text.
  std::optional<basic_parsed_reply<StoredLines>> reply;

  /// Tells whether the type is `smtp`, in any case.
  [[nodiscard]] constexpr bool is_smtp() const noexcept {
    return detail::iequals(type, "smtp");
  }
};

/// How to read a per-recipient block.
struct dsn_options {
  /// Strict rejects a leading zero, text after the Status code and a field
  /// given twice; tolerant flags them. The diagnostic reply is read in the
  /// same mode.
  reply_mode mode = reply_mode::strict;
};

namespace detail {

struct field_scan {
  dsn_field field;
  std::size_t next = 0;
  dsn_error error = dsn_error::none;
  std::size_t error_position = 0;
  bool end = false;  // a blank line or the end of the input
};

// Reads the field at `pos`, with its folded lines.
[[nodiscard]] constexpr field_scan scan_field(std::string_view in,
                                              std::size_t pos) noexcept {
  field_scan r;
  r.next = pos;
  if (pos >= in.size()) {
    r.end = true;
    return r;
  }
  const line_span s = detail::physical_line(in, pos, true);
  r.next = s.next;
  if (s.begin == s.end) {
    r.end = true;
    return r;
  }
  if (detail::is_wsp(in[s.begin])) {
    r.error = dsn_error::fold_before_field;
    r.error_position = s.begin;
    return r;
  }
  std::size_t colon = s.begin;
  while (colon != s.end && in[colon] != ':') ++colon;
  if (colon == s.end) {
    r.error = dsn_error::missing_colon;
    r.error_position = s.begin;
    return r;
  }
  std::size_t name_end = colon;
  while (name_end > s.begin && detail::is_wsp(in[name_end - 1])) --name_end;
  if (name_end == s.begin) {
    r.error = dsn_error::empty_field_name;
    r.error_position = s.begin;
    return r;
  }
  std::size_t value_end = s.end;
  while (r.next < in.size() && detail::is_wsp(in[r.next])) {
    const line_span more = detail::physical_line(in, r.next, true);
    value_end = more.end;
    r.next = more.next;
  }
  std::size_t vb = colon + 1;
  while (vb < value_end && detail::is_fws(in[vb])) ++vb;
  while (value_end > vb && detail::is_fws(in[value_end - 1])) --value_end;
  r.field.name = in.substr(s.begin, name_end - s.begin);
  r.field.value = in.substr(vb, value_end - vb);
  r.field.offset = s.begin;
  r.field.value_offset = vb;
  return r;
}

}  // namespace detail

/// The fields of a block, read one at a time; lines that are not fields
/// are passed over.
class dsn_field_range {
  struct scanner {
    using value_type = dsn_field;
    std::string_view in;
    std::size_t pos = 0;

    constexpr bool next(dsn_field& field) noexcept {
      for (;;) {
        const detail::field_scan s = detail::scan_field(in, pos);
        pos = s.next;
        if (s.end) return false;
        if (s.error == dsn_error::none) {
          field = s.field;
          return true;
        }
      }
    }
    constexpr std::size_t position() const noexcept { return pos; }
  };

 public:
  /// A single-pass iterator over the fields, for range-for.
  using iterator = detail::scan_iterator<scanner>;

  /// The fields of `in` from `pos` to the first blank line.
  constexpr dsn_field_range(std::string_view in, std::size_t pos) noexcept
      : scanner_{in, pos} {}
  /// The first field.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{scanner_};
  }
  /// Past the last field.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  scanner scanner_;
};

/// A per-recipient block of a DSN: Action, Status (with its comment) and
/// Diagnostic-Code read, every field available raw through `fields()`.
/// The error names the first problem; the other fields are read all the
/// same. Disagreements between well-formed fields are flags, never errors.
/// The diagnostic reply keeps records of its first `DiagnosticLines`.
template <std::size_t DiagnosticLines>
struct basic_dsn_recipient {
  std::optional<dsn_action> action;   ///< The Action field.
  std::optional<status_code> status;  ///< The Status field's code.
  std::string_view status_comment;    ///< Inside the parentheses, raw.
  /// The Diagnostic-Code field.
  std::optional<basic_dsn_diagnostic<DiagnosticLines>> diagnostic;
  /// Without a Status field: the diagnostic reply's code, or X.0.0 of its
  /// reply code's class, with where it came from.
  std::optional<sourced_code> fallback_status;
  dsn_flags flags;              ///< Disagreements and tolerated faults.
  std::size_t field_count = 0;  ///< The number of fields read.
  std::string_view input;       ///< The input the block was read from.
  std::size_t offset = 0;       ///< Where the block's first field starts.
  std::size_t size = 0;  ///< Its octets, up to and including a blank line.
  dsn_error error = dsn_error::none;  ///< Why the block is not valid.
  std::size_t position = 0;           ///< Offset in `input` of the error.

  /// True when the block is valid.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == dsn_error::none;
  }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
  /// The Status code from the DSN, else the fallback.
  [[nodiscard]] constexpr std::optional<sourced_code> effective_status()
      const noexcept {
    if (status) return sourced_code{*status, code_source::dsn_status};
    return fallback_status;
  }
  /// Every field of the block, raw, in order.
  [[nodiscard]] constexpr dsn_field_range fields() const noexcept {
    return dsn_field_range{input.substr(0, offset + size), offset};
  }
  /// The first field named `name`, in any case, such as "Final-Recipient",
  /// or none.
  [[nodiscard]] constexpr dsn_field field(
      std::string_view name) const noexcept {
    for (const dsn_field& f : fields()) {
      if (detail::iequals(f.name, name)) return f;
    }
    return {};
  }
};

/// A Diagnostic-Code field keeping records of four reply lines.
using dsn_diagnostic = basic_dsn_diagnostic<diagnostic_stored_lines>;

/// A per-recipient block whose diagnostic keeps records of four lines.
using dsn_recipient = basic_dsn_recipient<diagnostic_stored_lines>;

namespace detail {

template <class Recipient>
constexpr void dsn_fail(Recipient& r, dsn_error e, std::size_t at) noexcept {
  if (r.error != dsn_error::none) return;
  r.error = e;
  r.position = at;
}

template <class Recipient>
constexpr void read_status_field(Recipient& r, const dsn_field& f,
                                 const dsn_options& o) noexcept {
  const std::string_view v = f.value;
  status_code c;
  const from_chars_result fc = smtp_status::from_chars(
      v.data(), v.data() + v.size(), c, parse_mode::lenient);
  std::size_t i = static_cast<std::size_t>(fc.ptr - v.data());
  if (fc.ec != parse_error::none ||
      (i != v.size() && !detail::is_fws(v[i]) && v[i] != '(')) {
    detail::dsn_fail(r, dsn_error::bad_status, f.value_offset + i);
    return;
  }
  if (fc.leading_zeros) {
    if (o.mode == reply_mode::strict) {
      detail::dsn_fail(r, dsn_error::bad_status, f.value_offset);
      return;
    }
    r.flags |= dsn_flag::status_leading_zero;
  }
  r.status = std::optional<status_code>{c};
  while (i != v.size() && detail::is_fws(v[i])) ++i;
  if (i != v.size() && v[i] == '(') {
    const std::size_t open = i;
    int depth = 0;
    for (; i != v.size(); ++i) {
      if (v[i] == '\\') {
        if (++i == v.size()) break;
      } else if (v[i] == '(') {
        ++depth;
      } else if (v[i] == ')' && --depth == 0) {
        break;
      }
    }
    if (i == v.size()) {
      detail::dsn_fail(r, dsn_error::bad_status_comment, f.value_offset + open);
      return;
    }
    r.status_comment = v.substr(open + 1, i - open - 1);
    ++i;
    while (i != v.size() && detail::is_fws(v[i])) ++i;
  }
  if (i != v.size()) {
    if (o.mode == reply_mode::strict) {
      detail::dsn_fail(r, dsn_error::bad_status_comment, f.value_offset + i);
    } else {
      r.flags |= dsn_flag::status_extra_text;
    }
  }
}

template <std::size_t N>
constexpr void read_diagnostic_field(basic_dsn_recipient<N>& r,
                                     const dsn_field& f,
                                     const dsn_options& o) noexcept {
  const std::string_view v = f.value;
  std::size_t semi = 0;
  while (semi != v.size() && v[semi] != ';') ++semi;
  const std::string_view type = detail::trim_fws(v.substr(0, semi));
  if (semi == v.size() || type.empty()) {
    detail::dsn_fail(r, dsn_error::missing_diagnostic_type, f.value_offset);
    return;
  }
  std::size_t t = semi + 1;
  while (t != v.size() && detail::is_fws(v[t])) ++t;
  basic_dsn_diagnostic<N> d;
  d.type = type;
  d.text = v.substr(t);
  if (d.is_smtp()) {
    reply_options ro;
    ro.mode = o.mode;
    ro.folded = true;
    const std::size_t value_end = f.value_offset + v.size();
    basic_parsed_reply<N> rep;
    if (t == v.size()) {
      rep.options = ro;
      rep.input = r.input.substr(0, value_end);
      rep.offset = value_end;
      rep.error = reply_error::empty_input;
      rep.position = value_end;
    } else {
      detail::parse_reply_at(rep, r.input.substr(0, value_end),
                             f.value_offset + t, ro, true);
      if (rep.ok() && rep.offset + rep.size != value_end) {
        rep.error = reply_error::trailing_data;
        rep.position = rep.offset + rep.size;
      }
    }
    d.reply = std::optional<basic_parsed_reply<N>>{rep};
  }
  r.diagnostic = std::optional<basic_dsn_diagnostic<N>>{d};
}

}  // namespace detail

/// Reads the first per-recipient block of `text`: fields up to a blank
/// line or the end, names in any case, folded lines joined. Blank lines
/// before the block are passed over; the next block starts at
/// `offset + size`.
/// ```
/// constexpr auto r = smtp_status::parse_dsn_recipient(
///     "Action: failed\r\nStatus: 5.1.1\r\n"
///     "Diagnostic-Code: smtp; 550 5.1.1 No such user\r\n");
/// static_assert(r.ok() && r.action == smtp_status::dsn_action::failed);
/// static_assert(r.diagnostic->reply->code.number() == 550);
/// ```
template <std::size_t DiagnosticLines = diagnostic_stored_lines>
[[nodiscard]] constexpr basic_dsn_recipient<DiagnosticLines>
parse_dsn_recipient(std::string_view text, dsn_options options = {}) noexcept {
  basic_dsn_recipient<DiagnosticLines> r;
  r.input = text;
  std::size_t pos = 0;
  for (;;) {
    const detail::line_span s = detail::physical_line(text, pos, true);
    if (s.begin != s.end || s.next == pos) break;
    pos = s.next;
  }
  r.offset = pos;
  bool saw_final_recipient = false;
  bool saw_action = false;
  bool saw_status = false;
  bool saw_diagnostic = false;
  for (;;) {
    const detail::field_scan s = detail::scan_field(text, pos);
    pos = s.next;
    if (s.end) break;
    if (s.error != dsn_error::none) {
      detail::dsn_fail(r, s.error, s.error_position);
      continue;
    }
    ++r.field_count;
    const dsn_field& f = s.field;
    if (detail::iequals(f.name, "Final-Recipient")) saw_final_recipient = true;
    const bool is_action = detail::iequals(f.name, "Action");
    const bool is_status = detail::iequals(f.name, "Status");
    const bool is_diagnostic = detail::iequals(f.name, "Diagnostic-Code");
    if (!is_action && !is_status && !is_diagnostic) continue;
    if ((is_action && saw_action) || (is_status && saw_status) ||
        (is_diagnostic && saw_diagnostic)) {
      if (options.mode == reply_mode::strict) {
        detail::dsn_fail(r, dsn_error::duplicate_field, f.offset);
      }
      r.flags |= dsn_flag::duplicate_field;
      continue;
    }
    if (is_action) {
      saw_action = true;
      r.action = smtp_status::parse_dsn_action(f.value);
      if (!r.action) {
        detail::dsn_fail(r, dsn_error::bad_action, f.value_offset);
      }
    } else if (is_status) {
      saw_status = true;
      detail::read_status_field(r, f, options);
    } else {
      saw_diagnostic = true;
      detail::read_diagnostic_field(r, f, options);
    }
  }
  r.size = pos - r.offset;
  if (r.field_count == 0 && r.error == dsn_error::none) {
    r.error = dsn_error::empty_input;
    r.position = r.offset;
    return r;
  }
  if (!saw_action) r.flags |= dsn_flag::missing_action;
  if (!saw_final_recipient) r.flags |= dsn_flag::missing_final_recipient;
  const basic_parsed_reply<DiagnosticLines>* diag = nullptr;
  if (r.diagnostic && r.diagnostic->reply && r.diagnostic->reply->ok()) {
    diag = &*r.diagnostic->reply;
  }
  if (r.status) {
    if (r.action && class_for(*r.action) != r.status->cls()) {
      r.flags |= dsn_flag::action_mismatch;
    }
    if (diag) {
      const std::optional<status_class> c = diag->code.status_class_of();
      if (c && *c != r.status->cls()) {
        r.flags |= dsn_flag::diagnostic_class_mismatch;
      }
      const std::optional<status_code> rs = diag->status();
      if (rs && *rs != *r.status) {
        r.flags |= dsn_flag::diagnostic_code_mismatch;
      }
    }
  } else if (!saw_status) {
    detail::dsn_fail(r, dsn_error::missing_status, r.offset + r.size);
    if (diag) {
      if (const std::optional<sourced_code> e = diag->effective_status()) {
        sourced_code fb = *e;
        if (fb.source == code_source::reply) {
          fb.source = code_source::dsn_diagnostic;
        }
        r.fallback_status = std::optional<sourced_code>{fb};
        r.flags |= dsn_flag::status_from_diagnostic;
      }
    }
  }
  return r;
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_DSN_HPP_INCLUDED
