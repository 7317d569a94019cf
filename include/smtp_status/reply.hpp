// SPDX-License-Identifier: BSL-1.0
// smtp_status: reading SMTP replies (RFC 5321 section 4.2) and the enhanced
// status codes at the start of their text (RFC 2034), strictly or tolerating
// the faults seen in the wild, without allocating.

#ifndef SMTP_STATUS_REPLY_HPP_INCLUDED
#define SMTP_STATUS_REPLY_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "smtp_status/config.hpp"
#include "smtp_status/detail/scan_iterator.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// A set of flags of the enumeration `Flag`, each enumerator one bit.
template <class Flag>
class flag_set {
 public:
  /// The integer type holding the bits.
  using bits_type = std::underlying_type_t<Flag>;

  /// The empty set.
  constexpr flag_set() noexcept = default;
  /// The set holding `f` alone.
  constexpr flag_set(Flag f) noexcept  // implicit: a flag is a set of one
      : bits_{static_cast<bits_type>(f)} {}

  /// The set whose bits are `bits`.
  [[nodiscard]] static constexpr flag_set from_bits(bits_type bits) noexcept {
    flag_set s;
    s.bits_ = bits;
    return s;
  }
  /// The bits of the set.
  [[nodiscard]] constexpr bits_type bits() const noexcept { return bits_; }
  /// Tells whether `f` is in the set.
  [[nodiscard]] constexpr bool has(Flag f) const noexcept {
    return (bits_ & static_cast<bits_type>(f)) != 0;
  }
  /// Tells whether the two sets share a flag.
  [[nodiscard]] constexpr bool has_any(flag_set s) const noexcept {
    return (bits_ & s.bits_) != 0;
  }
  /// Tells whether the set is empty.
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  /// The number of flags in the set.
  [[nodiscard]] constexpr int count() const noexcept {
    int n = 0;
    for (bits_type b = bits_; b != 0; b = static_cast<bits_type>(b & (b - 1)))
      ++n;
    return n;
  }
  /// Adds `s` to the set.
  constexpr flag_set& operator|=(flag_set s) noexcept {
    bits_ = static_cast<bits_type>(bits_ | s.bits_);
    return *this;
  }
  /// Keeps only the flags also in `s`.
  constexpr flag_set& operator&=(flag_set s) noexcept {
    bits_ = static_cast<bits_type>(bits_ & s.bits_);
    return *this;
  }
  /// The set without the flags of `s`.
  [[nodiscard]] constexpr flag_set without(flag_set s) const noexcept {
    return from_bits(static_cast<bits_type>(bits_ & ~s.bits_));
  }
  friend constexpr flag_set operator|(flag_set a, flag_set b) noexcept {
    return a |= b;
  }
  friend constexpr flag_set operator&(flag_set a, flag_set b) noexcept {
    return a &= b;
  }
  friend constexpr bool operator==(flag_set a, flag_set b) noexcept {
    return a.bits_ == b.bits_;
  }
  friend constexpr bool operator!=(flag_set a, flag_set b) noexcept {
    return a.bits_ != b.bits_;
  }

 private:
  bits_type bits_ = 0;
};

/// Where an enhanced status code came from, so that a code the software
/// made up is never mistaken for one a server sent.
enum class code_source : std::uint8_t {
  reply,           ///< Sent by the server at the start of a reply's text.
  reply_class,     ///< Made up from the reply code's class: X.0.0.
  dsn_status,      ///< The Status field of a delivery status notification.
  dsn_diagnostic,  ///< The reply quoted in a DSN's Diagnostic-Code field.
  text,            ///< Found by searching free text.
};

/// A short English text naming the source, such as "sent in a reply".
[[nodiscard]] constexpr std::string_view to_string_view(
    code_source s) noexcept {
  switch (s) {
    case code_source::reply:
      return "sent in a reply";
    case code_source::reply_class:
      return "derived from the reply class";
    case code_source::dsn_status:
      return "DSN Status field";
    case code_source::dsn_diagnostic:
      return "DSN Diagnostic-Code reply";
    case code_source::text:
      return "found in text";
  }
  return "unknown source";
}

/// An enhanced status code with where it came from.
struct sourced_code {
  status_code code;    ///< The code.
  code_source source;  ///< Where it came from.

  friend constexpr bool operator==(sourced_code a, sourced_code b) noexcept {
    return a.code == b.code && a.source == b.source;
  }
  friend constexpr bool operator!=(sourced_code a, sourced_code b) noexcept {
    return !(a == b);
  }
};

/// A deviation from RFC 5321 and RFC 2034 seen in a reply, or a note about
/// it. Strict mode rejects every deviation; tolerant mode accepts it and
/// sets the flag. The last two enumerators are notes, never rejected.
enum class reply_flag : std::uint32_t {
  hash_prefix = 1u << 0,        ///< A '#' before the code: "550 #5.1.0".
  glued_punctuation = 1u << 1,  ///< Punctuation glued to the code: "2.0.0:".
  leading_zero = 1u << 2,       ///< A sub-code with a leading zero: "5.01.1".
  space_before_code = 1u << 3,  ///< Extra spaces before the code.
  placeholder_code = 1u << 4,   ///< A placeholder such as "x.x.xx".
  code_missing_on_some_lines = 1u << 5,  ///< Some lines lack the code.
  inconsistent_codes = 1u << 6,    ///< Lines differ in code; the first is kept.
  class_mismatch = 1u << 7,        ///< Code class differs from reply code's.
  code_on_intermediate = 1u << 8,  ///< A 3yz reply carries a code.
  reply_code_changed = 1u << 9,    ///< Lines differ in reply code; last kept.
  bare_lf = 1u << 10,              ///< A line ends in LF without CR.
  mixed_line_ends = 1u << 11,      ///< Both CRLF and bare LF line ends.
  control_character = 1u << 12,    ///< NUL, a bare CR or another control.
  non_ascii = 1u << 13,            ///< An octet above 127 in the text.
  long_line = 1u << 14,            ///< A line over 512 octets with its CRLF.
  joined_lines = 1u << 15,       ///< Folded text: the last line keeps its '-'.
  no_final_line_end = 1u << 16,  ///< Note: the last line has no line end.
  missing_code = 1u << 17,       ///< Note: no code though one was expected.
};

/// A set of reply flags.
using reply_flags = flag_set<reply_flag>;

/// The union of two reply flags.
[[nodiscard]] constexpr reply_flags operator|(reply_flag a,
                                              reply_flag b) noexcept {
  return reply_flags{a} | reply_flags{b};
}

/// The number of reply flags.
inline constexpr std::size_t reply_flag_count = 18;

/// Every reply flag, in the order of its bit.
inline constexpr reply_flag all_reply_flags[reply_flag_count] = {
    reply_flag::hash_prefix,
    reply_flag::glued_punctuation,
    reply_flag::leading_zero,
    reply_flag::space_before_code,
    reply_flag::placeholder_code,
    reply_flag::code_missing_on_some_lines,
    reply_flag::inconsistent_codes,
    reply_flag::class_mismatch,
    reply_flag::code_on_intermediate,
    reply_flag::reply_code_changed,
    reply_flag::bare_lf,
    reply_flag::mixed_line_ends,
    reply_flag::control_character,
    reply_flag::non_ascii,
    reply_flag::long_line,
    reply_flag::joined_lines,
    reply_flag::no_final_line_end,
    reply_flag::missing_code,
};

/// The flags that are deviations, which strict mode rejects.
inline constexpr reply_flags reply_deviations =
    reply_flags::from_bits((1u << 16) - 1u);

/// A short English text naming the flag, such as "'#' before the code".
[[nodiscard]] constexpr std::string_view to_string_view(reply_flag f) noexcept {
  switch (f) {
    case reply_flag::hash_prefix:
      return "'#' before the code";
    case reply_flag::glued_punctuation:
      return "punctuation glued to the code";
    case reply_flag::leading_zero:
      return "leading zero in the code";
    case reply_flag::space_before_code:
      return "extra spaces before the code";
    case reply_flag::placeholder_code:
      return "placeholder instead of a code";
    case reply_flag::code_missing_on_some_lines:
      return "code missing on some lines";
    case reply_flag::inconsistent_codes:
      return "lines carry different codes";
    case reply_flag::class_mismatch:
      return "code class disagrees with the reply code";
    case reply_flag::code_on_intermediate:
      return "code on a 3yz reply";
    case reply_flag::reply_code_changed:
      return "lines carry different reply codes";
    case reply_flag::bare_lf:
      return "line ends in LF without CR";
    case reply_flag::mixed_line_ends:
      return "mixed CRLF and LF line ends";
    case reply_flag::control_character:
      return "control character in text";
    case reply_flag::non_ascii:
      return "non-ASCII octet in text";
    case reply_flag::long_line:
      return "line longer than 512 octets";
    case reply_flag::joined_lines:
      return "reply lines joined into one";
    case reply_flag::no_final_line_end:
      return "no line end after last line";
    case reply_flag::missing_code:
      return "enhanced status code missing";
  }
  return "unknown flag";
}

/// Why some text is not a reply.
enum class reply_error : std::uint8_t {
  none,                     ///< No error.
  empty_input,              ///< There is no text at all.
  empty_line,               ///< A line is empty: no reply code.
  not_a_reply_code,         ///< A line does not start with three digits.
  reply_code_out_of_range,  ///< First digit not 2 to 5, or second above 5.
  bad_separator,            ///< Neither SP, '-' nor line end after the code.
  reply_code_mismatch,      ///< Lines carry different reply codes.
  incomplete,               ///< The last line is a continuation ('-').
  trailing_data,            ///< Something follows the reply's last line.
  deviation,                ///< Strict mode met a deviation (see the flag).
};

/// A short English text naming the error.
[[nodiscard]] constexpr std::string_view to_string_view(
    reply_error e) noexcept {
  switch (e) {
    case reply_error::none:
      return "no error";
    case reply_error::empty_input:
      return "empty input";
    case reply_error::empty_line:
      return "empty line: no reply code";
    case reply_error::not_a_reply_code:
      return "line does not start with a three-digit reply code";
    case reply_error::reply_code_out_of_range:
      return "reply code out of range";
    case reply_error::bad_separator:
      return "neither space nor hyphen after the reply code";
    case reply_error::reply_code_mismatch:
      return "lines carry different reply codes";
    case reply_error::incomplete:
      return "incomplete reply: the last line is a continuation";
    case reply_error::trailing_data:
      return "data after the reply";
    case reply_error::deviation:
      return "deviation rejected in strict mode";
  }
  return "unknown error";
}

/// How a line ended.
enum class line_ending : std::uint8_t {
  none,  ///< The input ended without a line end.
  lf,    ///< A bare LF.
  crlf,  ///< CR LF, as RFC 5321 requires.
};

/// How strictly replies are read.
enum class reply_mode : std::uint8_t {
  strict,    ///< RFC 5321 and RFC 2034 exactly: every deviation is an error.
  tolerant,  ///< Deviations seen in the wild are accepted and flagged.
};

/// How to read a reply.
struct reply_options {
  /// Strict rejects every deviation; tolerant accepts and flags it.
  reply_mode mode = reply_mode::strict;
  /// Deviations that strict mode accepts all the same, such as
  /// `reply_flag::bare_lf` for text taken from a Unix log file.
  reply_flags accept = {};
  /// Set when the server advertised ENHANCEDSTATUSCODES and the reply is
  /// not the greeting or the reply to HELO or EHLO: a 2yz, 4yz or 5yz reply
  /// without a code then gets the note `reply_flag::missing_code`.
  bool expect_enhanced_codes = false;
  /// Set for a reply quoted in a header field (RFC 3464 Diagnostic-Code):
  /// a line starting with SP or HTAB continues the previous line's text,
  /// or starts the next reply line when the previous one ends in '-';
  /// line ends are the field's business and a last line ending in '-' is
  /// the deviation `reply_flag::joined_lines`. The input must be complete.
  bool folded = false;
};

/// RFC 5321 section 4.5.3.1.5: the longest reply line, CRLF included.
inline constexpr std::size_t max_reply_line_length = 512;

/// The number of lines a reply keeps records of; `lines()` reads them all.
inline constexpr std::size_t default_stored_lines = 16;

/// One line of a reply: views into the input, no copies.
struct reply_line {
  std::string_view line;   ///< The whole line, without its line end.
  std::string_view text;   ///< The text after the reply code and status code.
  std::size_t offset = 0;  ///< Where the line starts in the input.
  reply_code code;         ///< The line's reply code.
  bool last = true;        ///< False for a continuation line ("250-").
  std::optional<status_code> status;  ///< The code at the text's start.
  reply_flags flags;                  ///< The deviations seen on this line.
  line_ending ending = line_ending::none;  ///< How the line ended.
};

namespace detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

[[nodiscard]] constexpr bool is_wsp(char c) noexcept {
  return c == ' ' || c == '\t';
}

[[nodiscard]] constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] constexpr char to_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] constexpr bool iequals(std::string_view a,
                                     std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i) {
    if (detail::to_lower(a[i]) != detail::to_lower(b[i])) return false;
  }
  return true;
}

[[nodiscard]] constexpr std::size_t flag_index(reply_flag f) noexcept {
  std::size_t i = 0;
  for (auto b = static_cast<std::uint32_t>(f); b > 1; b >>= 1) ++i;
  return i;
}

[[nodiscard]] constexpr bool allowed(const reply_options& o,
                                     reply_flag f) noexcept {
  return o.mode == reply_mode::tolerant || o.accept.has(f);
}

[[nodiscard]] constexpr bool allowed_all(const reply_options& o,
                                         reply_flags s) noexcept {
  return o.mode == reply_mode::tolerant || s.without(o.accept).empty();
}

// A placeholder such as x.x.xx: three dot-separated parts of digits and
// x (class one character, others one to three), at least one x. Returns
// the offset after it, or npos.
[[nodiscard]] constexpr std::size_t placeholder_end(std::string_view t,
                                                    std::size_t q) noexcept {
  bool saw_x = false;
  for (int part = 0; part != 3; ++part) {
    const std::size_t max = part == 0 ? 1 : 3;
    std::size_t n = 0;
    while (q < t.size() && n < max &&
           (detail::is_digit(t[q]) || t[q] == 'x' || t[q] == 'X')) {
      saw_x = saw_x || !detail::is_digit(t[q]);
      ++q;
      ++n;
    }
    if (n == 0) return npos;
    if (part != 2) {
      if (q == t.size() || t[q] != '.') return npos;
      ++q;
    }
  }
  return saw_x ? q : npos;
}

// What stands at the start of a reply line's text where RFC 2034 puts the
// code. `size` covers the code and the spaces after it when accepted.
struct code_token {
  std::optional<status_code> code;
  std::size_t size = 0;
  reply_flags seen;
  bool accepted = false;
};

[[nodiscard]] constexpr code_token read_code_token(
    std::string_view t, const reply_options& o) noexcept {
  code_token r;
  reply_flags dev;
  std::size_t q = 0;
  while (q < t.size() && t[q] == ' ') ++q;
  if (q > 0) dev |= reply_flag::space_before_code;
  if (q < t.size() && t[q] == '#') {
    dev |= reply_flag::hash_prefix;
    ++q;
  }
  status_code c;
  const char* first = t.data() + q;
  const from_chars_result f = smtp_status::from_chars(
      first, t.data() + t.size(), c, parse_mode::lenient);
  std::size_t e = 0;
  bool placeholder = false;
  if (f.ec == parse_error::none) {
    e = q + static_cast<std::size_t>(f.ptr - first);
    if (f.leading_zeros) dev |= reply_flag::leading_zero;
  } else {
    e = detail::placeholder_end(t, q);
    if (e == npos) return r;
    placeholder = true;
    dev |= reply_flag::placeholder_code;
  }
  if (e < t.size() && t[e] != ' ') {
    const char g = t[e];
    const bool glue = g == ':' || g == ';' || g == ',' || g == '.';
    if (!glue || (e + 1 < t.size() && t[e + 1] != ' ')) return r;
    dev |= reply_flag::glued_punctuation;
    ++e;
  }
  while (e < t.size() && t[e] == ' ') ++e;
  r.seen = dev;
  if (detail::allowed_all(o, dev)) {
    r.accepted = true;
    r.size = e;
    if (!placeholder) r.code = std::optional<status_code>{c};
  }
  return r;
}

// Tells whether a reply line starts at `q`: three digits, then SP, '-', a
// line end or the end of the input.
[[nodiscard]] constexpr bool starts_reply_line(std::string_view in,
                                               std::size_t q) noexcept {
  if (q > in.size() || in.size() - q < 3) return false;
  for (std::size_t i = 0; i != 3; ++i) {
    if (!detail::is_digit(in[q + i])) return false;
  }
  if (q + 3 == in.size()) return true;
  const char c = in[q + 3];
  return c == ' ' || c == '-' || c == '\r' || c == '\n';
}

struct line_span {
  std::size_t begin = 0;  // first octet of the line
  std::size_t end = 0;    // one past its last octet, before the line end
  std::size_t next = 0;   // where the next line starts
  line_ending ending = line_ending::none;
  bool need_more = false;  // partial input ends inside the line
};

[[nodiscard]] constexpr line_span physical_line(std::string_view in,
                                                std::size_t pos,
                                                bool complete) noexcept {
  line_span s;
  s.begin = pos;
  std::size_t k = pos;
  while (k < in.size() && in[k] != '\n') ++k;
  if (k == in.size()) {
    s.end = s.next = k;
    s.need_more = !complete;
    return s;
  }
  s.next = k + 1;
  if (k > pos && in[k - 1] == '\r') {
    s.end = k - 1;
    s.ending = line_ending::crlf;
  } else {
    s.end = k;
    s.ending = line_ending::lf;
  }
  return s;
}

// The next logical line at `pos`: a physical line, or in folded mode the
// physical lines that fold into one.
[[nodiscard]] constexpr line_span next_line(std::string_view in,
                                            std::size_t pos, bool folded,
                                            bool complete) noexcept {
  if (!folded) return detail::physical_line(in, pos, complete);
  while (pos < in.size() && detail::is_wsp(in[pos])) ++pos;
  line_span s = detail::physical_line(in, pos, true);
  const bool continued = s.end - s.begin > 3 && in[s.begin + 3] == '-';
  while (s.next < in.size() && detail::is_wsp(in[s.next])) {
    std::size_t q = s.next;
    while (q < in.size() && detail::is_wsp(in[q])) ++q;
    if (continued && detail::starts_reply_line(in, q)) break;
    const line_span more = detail::physical_line(in, q, true);
    s.end = more.end;
    s.next = more.next;
    s.ending = more.ending;
  }
  return s;
}

struct parsed_line {
  reply_line line;
  reply_error error = reply_error::none;
  std::size_t error_position = 0;
  std::size_t token_position = 0;  // where the code (or the text) starts
  std::size_t char_position = 0;   // the first octet outside textstring
  std::size_t non_ascii_position = 0;
};

// Reads the line [b, e) of `in`; positions are offsets in `in`.
[[nodiscard]] constexpr parsed_line parse_line(
    std::string_view in, std::size_t b, std::size_t e, line_ending ending,
    const reply_options& o) noexcept {
  parsed_line r;
  r.line.line = in.substr(b, e - b);
  r.line.offset = b;
  r.line.ending = ending;
  r.line.text = in.substr(e, 0);
  const auto fail = [&r](reply_error err, std::size_t at) {
    r.error = err;
    r.error_position = at;
    return r;
  };
  if (b == e) return fail(reply_error::empty_line, b);
  std::size_t n = 0;
  while (n < 3 && b + n < e && detail::is_digit(in[b + n])) ++n;
  if (n < 3) return fail(reply_error::not_a_reply_code, b + n);
  const reply_code_result rc =
      reply_code_from_chars(in.data() + b, in.data() + e);
  if (rc.error == reply_code_error::trailing_characters) {
    return fail(reply_error::bad_separator, b + 3);
  }
  if (rc.error != reply_code_error::none) {
    return fail(reply_error::reply_code_out_of_range, b + rc.position);
  }
  r.line.code = rc.code;
  std::size_t p = b + 3;
  if (p != e) {
    if (in[p] == '-') {
      r.line.last = false;
    } else if (in[p] != ' ') {
      return fail(reply_error::bad_separator, p);
    }
    ++p;
  }
  const std::string_view text = in.substr(p, e - p);
  r.token_position = p;
  const code_token tok = detail::read_code_token(text, o);
  r.line.flags |= tok.seen;
  r.line.text = text;
  if (tok.accepted) {
    r.line.status = tok.code;
    r.line.text = text.substr(tok.size);
  }
  bool control = false;
  bool high = false;
  for (std::size_t i = p; i != e; ++i) {
    const auto u = static_cast<unsigned char>(in[i]);
    if (o.folded && (u == '\r' || u == '\n')) {
      const std::size_t j =
          u == '\r' && i + 1 != e && in[i + 1] == '\n' ? i + 2 : i + 1;
      if (j != e && detail::is_wsp(in[j]) && (u == '\n' || j == i + 2)) {
        i = j - 1;
        continue;
      }
    }
    if ((u < 0x20 && u != '\t') || u == 0x7f) {
      if (!control) r.char_position = i;
      control = true;
    } else if (u > 0x7f) {
      if (!high) r.non_ascii_position = i;
      high = true;
    }
  }
  if (control) r.line.flags |= reply_flag::control_character;
  if (high) r.line.flags |= reply_flag::non_ascii;
  if (!o.folded && e - b + 2 > max_reply_line_length) {
    r.line.flags |= reply_flag::long_line;
  }
  return r;
}

}  // namespace detail

/// The lines of a reply, read one at a time from its text: walking them
/// re-reads the text, so a reply of any number of lines can be seen whole
/// though only the first few are kept in the reply.
class reply_line_range {
  struct scanner {
    using value_type = reply_line;
    std::string_view in;
    std::size_t pos = 0;
    reply_options options;
    bool last = false;  // the line read last was the reply's last

    constexpr bool next(reply_line& line) noexcept {
      if (pos >= in.size() || last) return false;
      const detail::line_span s =
          detail::next_line(in, pos, options.folded, true);
      line = detail::parse_line(in, s.begin, s.end, s.ending, options).line;
      last = line.last;
      pos = s.next;
      return true;
    }
    constexpr std::size_t position() const noexcept { return pos; }
  };

 public:
  /// A single-pass iterator over the lines, for range-for.
  using iterator = detail::scan_iterator<scanner>;

  /// The range over the lines of `in` between `begin` and `end`.
  constexpr reply_line_range(std::string_view in, std::size_t begin,
                             std::size_t end, reply_options o) noexcept
      : scanner_{in.substr(0, end), begin, o} {}

  /// The first line.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{scanner_};
  }
  /// Past the last line.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  scanner scanner_;
};

/// A reply read from text: the reply code, the enhanced status code, the
/// flags, records of the first `StoredLines` lines and every line through
/// `lines()`. All text is a view into the input, which must outlive it.
///
/// Storage is bounded and nothing allocates: `stored_lines` is a fixed
/// array (by default 16 records of 64 octets on 64-bit targets, about
/// 1.1 KB in all), `line_count` counts every line, and `lines()` walks all
/// of them by reading the text again, so a reply of a thousand lines or of
/// 100 KB lines costs no more memory.
/// Choose another bound with `parse_reply<N>`.
///
/// On error, the fields describe the lines read before the error; after a
/// strict-mode `deviation` they describe the whole reply, read as RFC 2034
/// does: a code written with a deviation is not a code.
template <std::size_t StoredLines>
struct basic_parsed_reply {
  static_assert(StoredLines > 0, "a reply keeps at least one line");

  reply_code code;  ///< The reply code (the last line's, if they differ).
  /// The first code written at the start of a line's text, whether or not
  /// its class agrees with the reply code.
  std::optional<status_code> written_status;
  reply_flags flags;                          ///< Deviations and notes.
  std::size_t line_count = 0;                 ///< The number of lines read.
  reply_line stored_lines[StoredLines] = {};  ///< The first lines.
  std::string_view input;  ///< The input the reply was read from.
  std::size_t offset = 0;  ///< Where the reply starts in `input`.
  std::size_t size = 0;    ///< Its octets, last line end included.
  reply_options options;   ///< How it was read.
  reply_error error = reply_error::none;  ///< Why it is not a reply.
  std::size_t position = 0;               ///< Offset in `input` of the error.
  std::size_t error_line = 0;             ///< Index of the line with the error.
  reply_flags rejected;  ///< The deviation strict mode met, if any.

  /// True when the text is a reply.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == reply_error::none;
  }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
  /// The reply's text, from its first octet to its last line end.
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return input.substr(offset, size);
  }
  /// The number of lines kept in `stored_lines`.
  [[nodiscard]] constexpr std::size_t stored_line_count() const noexcept {
    return line_count < StoredLines ? line_count : StoredLines;
  }
  /// Every line, read again from the text; meaningful when `ok()`.
  [[nodiscard]] constexpr reply_line_range lines() const noexcept {
    return reply_line_range{input, offset, offset + size, options};
  }
  /// The enhanced status code the server sent, when it agrees with the
  /// reply code's class; nothing on a 3yz reply or a class mismatch.
  [[nodiscard]] constexpr std::optional<status_code> status() const noexcept {
    const std::optional<status_class> c = code.status_class_of();
    if (!written_status || !c || written_status->cls() != *c) return {};
    return written_status;
  }
  /// X.0.0 of the reply code's class, as MTAs make up when the server
  /// sends no usable code; nothing for a 3yz reply.
  [[nodiscard]] constexpr std::optional<status_code> fallback_status()
      const noexcept {
    const std::optional<status_class> c = code.status_class_of();
    if (!c) return {};
    return status_code::from_parts(*c, 0, 0);
  }
  /// `status()` marked as sent by the server, else `fallback_status()`
  /// marked as derived from the reply class.
  [[nodiscard]] constexpr std::optional<sourced_code> effective_status()
      const noexcept {
    if (const auto s = status()) {
      return sourced_code{*s, code_source::reply};
    }
    if (const auto f = fallback_status()) {
      return sourced_code{*f, code_source::reply_class};
    }
    return {};
  }
};

/// A reply keeping records of its first 16 lines.
using parsed_reply = basic_parsed_reply<default_stored_lines>;

/// What `read_reply` found in a buffer.
enum class read_status : std::uint8_t {
  complete,      ///< A reply, or an error for the lines it skipped.
  need_more,     ///< The buffer ends inside a reply: append and call again.
  end_of_input,  ///< Nothing left.
};

/// Whether more input may follow a buffer.
enum class input_state : std::uint8_t {
  complete,  ///< The buffer holds all the input.
  partial,   ///< More may be appended: a reply cut at the end is awaited.
};

namespace detail {

template <std::size_t N>
constexpr read_status parse_reply_at(basic_parsed_reply<N>& r,
                                     std::string_view in, std::size_t start,
                                     const reply_options& o,
                                     bool complete) noexcept {
  r = basic_parsed_reply<N>{};
  r.options = o;
  r.input = in;
  r.offset = start;
  if (start >= in.size()) {
    return complete ? read_status::end_of_input : read_status::need_more;
  }
  std::size_t flag_pos[reply_flag_count] = {};
  std::size_t flag_line[reply_flag_count] = {};
  const auto note = [&](reply_flag f, std::size_t at, std::size_t line) {
    if (r.flags.has(f)) return;
    r.flags |= f;
    flag_pos[detail::flag_index(f)] = at;
    flag_line[detail::flag_index(f)] = line;
  };
  const auto fail = [&](reply_error e, std::size_t at, std::size_t next) {
    r.error = e;
    r.position = at;
    r.error_line = r.line_count;
    r.size = next - start;
    return read_status::complete;
  };
  std::size_t pos = start;
  std::size_t missing_pos = npos;
  std::size_t missing_line = 0;
  std::size_t code_pos = 0;
  std::size_t code_line = 0;
  line_ending first_ending = line_ending::none;
  bool last_has_end = true;
  bool incomplete = false;
  for (;;) {
    const line_span s = detail::next_line(in, pos, o.folded, complete);
    if (s.need_more) return read_status::need_more;
    const parsed_line pl = detail::parse_line(in, s.begin, s.end, s.ending, o);
    if (pl.error != reply_error::none) {
      return fail(pl.error, pl.error_position, s.next);
    }
    const reply_line& l = pl.line;
    const std::size_t n = r.line_count;
    if (n != 0 && l.code != r.code) {
      if (!detail::allowed(o, reply_flag::reply_code_changed)) {
        return fail(reply_error::reply_code_mismatch, l.offset, s.next);
      }
      note(reply_flag::reply_code_changed, l.offset, n);
    }
    r.code = l.code;
    for (const reply_flag f : all_reply_flags) {
      if (!l.flags.has(f)) continue;
      if (f == reply_flag::control_character) {
        note(f, pl.char_position, n);
      } else if (f == reply_flag::non_ascii) {
        note(f, pl.non_ascii_position, n);
      } else if (f == reply_flag::long_line) {
        note(f, l.offset, n);
      } else {
        note(f, pl.token_position, n);
      }
    }
    if (l.status) {
      if (!r.written_status) {
        r.written_status = l.status;
        code_pos = pl.token_position;
        code_line = n;
      } else if (*l.status != *r.written_status) {
        note(reply_flag::inconsistent_codes, pl.token_position, n);
      }
    } else if (missing_pos == npos) {
      missing_pos = pl.token_position;
      missing_line = n;
    }
    if (!o.folded && s.ending != line_ending::none) {
      if (s.ending == line_ending::lf) note(reply_flag::bare_lf, s.end, n);
      if (first_ending == line_ending::none) {
        first_ending = s.ending;
      } else if (s.ending != first_ending) {
        note(reply_flag::mixed_line_ends, s.end, n);
      }
    }
    last_has_end = s.ending != line_ending::none;
    if (n < N) r.stored_lines[n] = l;
    ++r.line_count;
    pos = s.next;
    if (l.last) break;
    if (pos >= in.size()) {
      if (!complete) return read_status::need_more;
      if (o.folded && detail::allowed(o, reply_flag::joined_lines)) {
        note(reply_flag::joined_lines, l.offset, n);
      } else {
        incomplete = true;
      }
      break;
    }
  }
  r.size = pos - start;
  const std::size_t last = r.line_count - 1;
  const std::optional<status_class> cls = r.code.status_class_of();
  if (r.written_status) {
    if (!cls) {
      note(reply_flag::code_on_intermediate, code_pos, code_line);
    } else if (r.written_status->cls() != *cls) {
      note(reply_flag::class_mismatch, code_pos, code_line);
    }
    if (cls && missing_pos != npos) {
      note(reply_flag::code_missing_on_some_lines, missing_pos, missing_line);
    }
  } else if (cls && o.expect_enhanced_codes) {
    note(reply_flag::missing_code, start, 0);
  }
  if (!last_has_end && !o.folded) {
    note(reply_flag::no_final_line_end, pos, last);
  }
  if (incomplete) {
    r.error = reply_error::incomplete;
    r.position = pos;
    r.error_line = last;
    return read_status::complete;
  }
  std::size_t best = npos;
  for (const reply_flag f : all_reply_flags) {
    const std::size_t i = detail::flag_index(f);
    if (!reply_deviations.has(f) || !r.flags.has(f) || detail::allowed(o, f) ||
        (best != npos && flag_pos[i] >= flag_pos[best])) {
      continue;
    }
    best = i;
  }
  if (best != npos) {
    r.error = reply_error::deviation;
    r.rejected = all_reply_flags[best];
    r.position = flag_pos[best];
    r.error_line = flag_line[best];
  }
  return read_status::complete;
}

}  // namespace detail

/// Reads `text` as exactly one reply of one or more lines, with CRLF or
/// bare LF line ends and with or without a last line end.
/// ```
/// constexpr auto r = smtp_status::parse_reply("550 5.1.1 User unknown\r\n");
/// static_assert(r.ok() && r.code.number() == 550);
/// static_assert(*r.status() == smtp_status::parse("5.1.1").code);
/// ```
/// A code inside the text, as in "(#5.1.1)", is never the reply's code:
/// `find_codes` in search.hpp finds such codes.
template <std::size_t StoredLines = default_stored_lines>
[[nodiscard]] constexpr basic_parsed_reply<StoredLines> parse_reply(
    std::string_view text, reply_options options = {}) noexcept {
  basic_parsed_reply<StoredLines> r;
  if (text.empty()) {
    r.options = options;
    r.input = text;
    r.error = reply_error::empty_input;
    return r;
  }
  detail::parse_reply_at(r, text, 0, options, true);
  if (r.ok() && r.size != text.size()) {
    r.error = reply_error::trailing_data;
    r.position = r.size;
    r.error_line = r.line_count;
  }
  return r;
}

/// What `read_reply` found: the state, the reply and the octets it took.
template <std::size_t StoredLines>
struct basic_read_result {
  read_status status = read_status::end_of_input;  ///< What was found.
  basic_parsed_reply<StoredLines> reply;  ///< The reply, when `complete`.
  /// Octets to drop from the buffer's front before the next call: the
  /// reply, or on error the lines up to and including the faulty one.
  std::size_t consumed = 0;
};

/// Reads the first reply in `buffer`, for input that arrives in pieces.
/// The caller owns the buffer: append each piece, call, use the reply
/// (whose views point into the buffer), drop `consumed` octets, repeat.
/// With `input_state::partial` a reply is complete only once its last
/// line's LF has arrived, and `need_more` asks for more input.
/// ```
/// using smtp_status::input_state;
/// auto r = smtp_status::read_reply(buf, {}, input_state::partial);
/// if (r.status == smtp_status::read_status::complete) {
///   use(r.reply);
///   buf.erase(0, r.consumed);
/// }
/// ```
template <std::size_t StoredLines = default_stored_lines>
[[nodiscard]] constexpr basic_read_result<StoredLines> read_reply(
    std::string_view buffer, reply_options options = {},
    input_state state = input_state::complete) noexcept {
  basic_read_result<StoredLines> r;
  r.status = detail::parse_reply_at(r.reply, buffer, 0, options,
                                    state == input_state::complete);
  if (r.status == read_status::complete) r.consumed = r.reply.size;
  return r;
}

/// Reads a transcript or log of replies one at a time, by `next()` or by
/// iteration. Lines that are not replies (a blank line, a client command)
/// come out as replies with an error, and reading goes on after them.
/// ```
/// smtp_status::reply_reader rd{log, {smtp_status::reply_mode::tolerant}};
/// for (const auto& r : rd) if (r.ok()) use(r.code, r.status());
/// ```
template <std::size_t StoredLines>
class basic_reply_reader {
  struct scanner {
    using value_type = basic_parsed_reply<StoredLines>;
    basic_reply_reader reader{std::string_view{}};

    constexpr bool next(value_type& r) noexcept { return reader.next_into(r); }
    constexpr std::size_t position() const noexcept {
      return reader.position();
    }
  };

 public:
  /// A single-pass iterator over the replies, for range-for.
  using iterator = detail::scan_iterator<scanner>;

  /// A reader over `input`, all of it present.
  constexpr explicit basic_reply_reader(std::string_view input,
                                        reply_options options = {}) noexcept
      : input_{input}, options_{options} {}

  /// Reads the next reply, or nothing at the end of the input.
  [[nodiscard]] constexpr std::optional<basic_parsed_reply<StoredLines>>
  next() noexcept {
    basic_parsed_reply<StoredLines> r;
    if (!next_into(r)) return {};
    return std::optional<basic_parsed_reply<StoredLines>>{r};
  }
  /// Where the next reply starts.
  [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }
  /// The replies from the current position on; the reader is not moved.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{scanner{*this}};
  }
  /// Past the last reply.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  constexpr bool next_into(basic_parsed_reply<StoredLines>& r) noexcept {
    if (detail::parse_reply_at(r, input_, pos_, options_, true) ==
        read_status::end_of_input) {
      return false;
    }
    pos_ += r.size;
    return true;
  }

  std::string_view input_;
  reply_options options_;
  std::size_t pos_ = 0;
};

/// A reader keeping records of the first 16 lines of each reply.
using reply_reader = basic_reply_reader<default_stored_lines>;

namespace detail {

template <class Out, class = void>
struct has_append : std::false_type {};
template <class Out>
struct has_append<Out, std::void_t<decltype(std::declval<Out&>().append(
                           std::declval<const char*>(), std::size_t{}))>>
    : std::true_type {};

template <class Out>
constexpr void append_to(Out& out, std::string_view s) {
  if constexpr (has_append<Out>::value) {
    out.append(s.data(), s.size());
  } else {
    for (const char c : s) out.push_back(c);
  }
}

}  // namespace detail

/// Appends the text of every line of `r` to `out` (any type with
/// `append(const char*, size_t)` or `push_back(char)`), with `separator`
/// between lines: the reply's message without codes.
/// ```
/// std::string s;
/// smtp_status::append_text(s, reply, " ");
/// ```
template <class Out, std::size_t StoredLines>
constexpr void append_text(Out& out, const basic_parsed_reply<StoredLines>& r,
                           std::string_view separator) {
  bool first = true;
  for (const reply_line& l : r.lines()) {
    if (!first) detail::append_to(out, separator);
    detail::append_to(out, l.text);
    first = false;
  }
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_REPLY_HPP_INCLUDED
