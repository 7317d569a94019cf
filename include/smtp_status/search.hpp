// SPDX-License-Identifier: BSL-1.0
// smtp_status: finding enhanced status codes inside free text such as bounce
// bodies and logs, an explicit search apart from reading replies.

#ifndef SMTP_STATUS_SEARCH_HPP_INCLUDED
#define SMTP_STATUS_SEARCH_HPP_INCLUDED

#include <cstddef>
#include <optional>
#include <string_view>

#include "smtp_status/config.hpp"
#include "smtp_status/detail/scan_iterator.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// A code found in free text.
struct code_match {
  status_code code;          ///< The code.
  std::size_t position = 0;  ///< Offset of its class digit in the text.
  std::size_t length = 0;    ///< Its length in the text; 0 when none.
  /// The reply code written just before it, as in "said: 550 5.1.1",
  /// "550-5.1.1" or "550 #5.1.1".
  std::optional<reply_code> reply;
  bool leading_zeros = false;  ///< Lenient mode read a leading zero.

  /// True when a code was found.
  [[nodiscard]] constexpr bool found() const noexcept { return length != 0; }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return found();
  }
  /// The code marked as found in text.
  [[nodiscard]] constexpr sourced_code sourced() const noexcept {
    return {code, code_source::text};
  }
};

namespace detail {

// An octet that, next to a code, makes it part of a longer token: letters,
// digits, octets above 127 and the joiners of names, paths and versions.
[[nodiscard]] constexpr bool is_word_octet(char c) noexcept {
  return detail::is_digit(c) || detail::is_alpha(c) || c == '_' || c == '.' ||
         c == '-' || c == '+' || c == '/' || c == '@' || c == '\\' ||
         static_cast<unsigned char>(c) > 0x7f;
}

// The reply code ending just before `i` (the code's start), with its SP or
// '-' and an optional '#': "550 5.1.1", "550-5.1.1", "550 #5.1.1".
[[nodiscard]] constexpr std::optional<reply_code> reply_before(
    std::string_view t, std::size_t i) noexcept {
  std::size_t j = i;
  if (j > 0 && t[j - 1] == '#') --j;
  if (j < 4 || (t[j - 1] != ' ' && t[j - 1] != '-')) return {};
  if (j > 4 && detail::is_word_octet(t[j - 5])) return {};
  const reply_code_result r =
      reply_code_from_chars(t.data() + (j - 4), t.data() + (j - 1));
  if (!r.ok()) return {};
  return r.code;
}

[[nodiscard]] constexpr bool boundary_before(std::string_view t,
                                             std::size_t i) noexcept {
  if (i == 0) return true;
  const char c = t[i - 1];
  if (c == '-') return detail::reply_before(t, i).has_value();
  return !detail::is_word_octet(c);
}

[[nodiscard]] constexpr bool boundary_after(std::string_view t,
                                            std::size_t e) noexcept {
  if (e == t.size()) return true;
  const char c = t[e];
  if (c == '.') return e + 1 == t.size() || !detail::is_digit(t[e + 1]);
  return !detail::is_word_octet(c);
}

}  // namespace detail

/// Finds the first code in `text` at or after `from`. A code matches only
/// as a whole token: the octets around it must not be letters, digits,
/// octets above 127 or any of `_ . - + / @ \`, except that a '.' not
/// followed by a digit may end a sentence after it and a '-' may stand
/// before it right after a reply code ("550-5.1.1"). So no code is found
/// in 4.7.25 when looking for 4.7.2, nor inside an IPv4 address, a
/// four-part number such as 4.16.55.1, or a version such as v2.4.1 or
/// 2.4.1-beta. A number such as 2.4.1 standing alone cannot be told from a
/// code and is found.
/// ```
/// constexpr auto m = smtp_status::find_code("dsn=5.1.10, status=bounced");
/// static_assert(m && m.position == 4 && m.code.detail() == 10);
/// ```
[[nodiscard]] constexpr code_match find_code(
    std::string_view text, std::size_t from = 0,
    parse_mode mode = parse_mode::strict) noexcept {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '2' && c != '4' && c != '5') continue;
    if (!detail::boundary_before(text, i)) continue;
    status_code code;
    const char* first = text.data() + i;
    const from_chars_result f =
        smtp_status::from_chars(first, text.data() + text.size(), code, mode);
    if (f.ec != parse_error::none) continue;
    const auto length = static_cast<std::size_t>(f.ptr - first);
    if (!detail::boundary_after(text, i + length)) continue;
    code_match m;
    m.code = code;
    m.position = i;
    m.length = length;
    m.reply = detail::reply_before(text, i);
    m.leading_zeros = f.leading_zeros;
    return m;
  }
  code_match none;
  none.position = text.size();
  return none;
}

/// Every code in a text, in order, found one at a time by `find_code`.
class code_match_range {
  struct scanner {
    using value_type = code_match;
    std::string_view text;
    parse_mode mode = parse_mode::strict;
    std::size_t from = 0;

    constexpr bool next(code_match& m) noexcept {
      m = smtp_status::find_code(text, from, mode);
      from = m.position + m.length;
      return m.found();
    }
    constexpr std::size_t position() const noexcept { return from; }
  };

 public:
  /// A single-pass iterator over the matches, for range-for.
  using iterator = detail::scan_iterator<scanner>;

  /// The matches in `text`.
  constexpr explicit code_match_range(
      std::string_view text, parse_mode mode = parse_mode::strict) noexcept
      : scanner_{text, mode} {}
  /// The first match.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{scanner_};
  }
  /// Past the last match.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  scanner scanner_;
};

/// Every code in `text`, in order of position.
/// ```
/// for (const auto& m : smtp_status::find_codes(bounce_body)) use(m.code);
/// ```
[[nodiscard]] constexpr code_match_range find_codes(
    std::string_view text, parse_mode mode = parse_mode::strict) noexcept {
  return code_match_range{text, mode};
}

/// How much a code says: 3 for X.s.d with subject and detail not 0, 2 for
/// X.s.0, 1 for X.0.d, 0 for X.0.0 ("other or undefined status").
[[nodiscard]] constexpr int specificity(status_code code) noexcept {
  return (code.subject() != 0 ? 2 : 0) + (code.detail() != 0 ? 1 : 0);
}

/// The code in `text` that says the most (highest `specificity`), the
/// first of those that say as much, or none; so a made-up 5.0.0 yields to
/// 5.1.1.
/// ```
/// constexpr auto m = smtp_status::find_most_specific_code(
///     "dsn=5.0.0 (said: 550 5.1.1 no such user)");
/// static_assert(m.code.subject() == 1 && m.reply->number() == 550);
/// ```
[[nodiscard]] constexpr code_match find_most_specific_code(
    std::string_view text, parse_mode mode = parse_mode::strict) noexcept {
  code_match best = smtp_status::find_code(text, 0, mode);
  for (const code_match& m : smtp_status::find_codes(text, mode)) {
    if (smtp_status::specificity(m.code) >
        smtp_status::specificity(best.code)) {
      best = m;
    }
  }
  return best;
}

/// An SMTP reply that a log line or bounce quotes after a marker such as
/// "said:": the remote server's reply code, the status code at the start
/// of its text if the server sent one, and where each is.
struct quoted_reply_match {
  reply_code code;  ///< The reply code, such as 552.
  /// The status code written at the start of the reply's text, whatever its
  /// class; nothing when the server sent none.
  std::optional<status_code> written_status;
  std::size_t marker_position = 0;  ///< Offset of the marker in the text.
  std::size_t marker_length = 0;    ///< Its length; 0 when none was found.
  std::size_t position = 0;         ///< Offset of the reply code.
  std::size_t status_position = 0;  ///< Offset of the status code, if any.
  std::size_t status_length = 0;    ///< Its length; 0 without one.
  /// Where the reply's own text starts, after the codes and their spaces;
  /// where it ends depends on the log's format.
  std::size_t text_position = 0;

  /// True when a quoted reply was found.
  [[nodiscard]] constexpr bool found() const noexcept {
    return marker_length != 0;
  }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return found();
  }
  /// The status code the server sent, when it agrees with the reply code's
  /// class (RFC 2034); nothing on a 3yz reply or a class mismatch.
  [[nodiscard]] constexpr std::optional<status_code> status() const noexcept {
    const std::optional<status_class> c = code.status_class_of();
    if (!written_status || !c || written_status->cls() != *c) return {};
    return written_status;
  }
  /// `status()` marked as sent by the server, else X.0.0 of the reply
  /// code's class marked as derived from it; nothing for a 3yz reply.
  [[nodiscard]] constexpr std::optional<sourced_code> effective_status()
      const noexcept {
    if (const auto s = status()) return sourced_code{*s, code_source::reply};
    const std::optional<status_class> c = code.status_class_of();
    if (!c) return {};
    return sourced_code{*status_code::from_parts(*c, 0, 0),
                        code_source::reply_class};
  }
};

namespace detail {

// The markers after which mail software quotes a remote server's reply,
// compared without regard to case, and Exim's, which the command and a
// colon follow (see `find_quoted_reply`).
inline constexpr std::string_view reply_markers[] = {"said:",
                                                     "smtp;",
                                                     "reply:",
                                                     "response:",
                                                     "replied:",
                                                     "response was:",
                                                     "refused to talk to me:",
                                                     "<<<"};
inline constexpr std::string_view exim_reply_markers[] = {
    "SMTP error from remote mail server after",
    "SMTP error from remote mailer after"};

[[nodiscard]] constexpr bool is_space_or_line_end(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

[[nodiscard]] constexpr std::size_t skip_space(std::string_view t,
                                               std::size_t i) noexcept {
  while (i < t.size() && detail::is_space_or_line_end(t[i])) ++i;
  return i;
}

// The first ':' at or after `i` that white space or the end follows, on the
// same line; else the line's end ('\r', '\n' or the text's end).
[[nodiscard]] constexpr std::size_t clause_end(std::string_view t,
                                               std::size_t i) noexcept {
  for (; i < t.size() && t[i] != '\r' && t[i] != '\n'; ++i) {
    if (t[i] == ':' &&
        (i + 1 == t.size() || detail::is_space_or_line_end(t[i + 1]))) {
      break;
    }
  }
  return i;
}

// Past the first ':' at or after `i` that white space or the end follows,
// on the same line; npos when the line has none.
[[nodiscard]] constexpr std::size_t past_clause(std::string_view t,
                                                std::size_t i) noexcept {
  i = detail::clause_end(t, i);
  return i < t.size() && t[i] == ':' ? i + 1 : detail::npos;
}

// Where the reply after Exim's marker starts, the command's clause ending
// at `end` (see `clause_end`): past its colon, and past "host NAME [ADDR]:"
// if the host comes next; npos when a clause has no colon.
[[nodiscard]] constexpr std::size_t after_exim_clauses_ending(
    std::string_view t, std::size_t end) noexcept {
  if (end == t.size() || t[end] != ':') return detail::npos;
  std::size_t i = detail::skip_space(t, end + 1);
  if (detail::iequals(t.substr(i, 5), "host ")) {
    i = detail::past_clause(t, i);
    if (i == detail::npos) return i;
    i = detail::skip_space(t, i);
  }
  return i;
}

// The last answer of `after_exim_clauses`, good for every start in
// [from, end]: `clause_end` stops at the same octet from any of them, as
// none before `end` stops it, and the answer depends on that octet only.
struct exim_clauses_memo {
  std::size_t from = detail::npos;  // No answer yet.
  std::size_t end = 0;
  std::size_t at = detail::npos;
};

// Where the reply after Exim's marker starts: past the command up to its
// colon ("RCPT TO:<user@example.org>:"), and past "host NAME [ADDR]:" if
// the host comes next. The command's clause may run to the end of a long
// line, past many markers that would each read it again; the memo answers
// them from one reading. Asked at ascending starts, as the search asks, it
// reads each octet at most once for the commands' clauses, as a new reading
// starts past the end of the last one; and at most once for the hosts': a
// marker ends in a letter, so a new command's clause starts past the last
// host clause's start and either ends where that host clause ends or starts
// past it, and its own host clause starts past its end. So the search
// stays linear in the length of the text.
[[nodiscard]] constexpr std::size_t after_exim_clauses(
    std::string_view t, std::size_t i, exim_clauses_memo& memo) noexcept {
  if (memo.from <= i && i <= memo.end) return memo.at;
  const std::size_t end = detail::clause_end(t, i);
  memo = {i, end, detail::after_exim_clauses_ending(t, end)};
  return memo.at;
}

// Reads the reply starting at `i` into `m`: three digits, then a space, a
// '-', or the end of the line, then optionally '#' and a status code.
[[nodiscard]] constexpr bool read_quoted_reply(std::string_view t,
                                               std::size_t i,
                                               quoted_reply_match& m) noexcept {
  if (i + 3 > t.size()) return false;
  const reply_code_result r =
      reply_code_from_chars(t.data() + i, t.data() + i + 3);
  if (!r.ok()) return false;
  const std::size_t after = i + 3;
  if (after < t.size() && t[after] != ' ' && t[after] != '-' &&
      t[after] != '\r' && t[after] != '\n') {
    return false;
  }
  m.code = r.code;
  m.position = i;
  m.text_position = after;
  if (after == t.size() || (t[after] != ' ' && t[after] != '-')) return true;
  std::size_t j = after + 1;
  while (j < t.size() && t[j] == ' ') ++j;
  m.text_position = j;
  const std::size_t code_at = j < t.size() && t[j] == '#' ? j + 1 : j;
  status_code c;
  const char* first = t.data() + code_at;
  const from_chars_result f =
      smtp_status::from_chars(first, t.data() + t.size(), c);
  if (f.ec != parse_error::none) return true;
  const auto length = static_cast<std::size_t>(f.ptr - first);
  if (!detail::boundary_after(t, code_at + length)) return true;
  m.written_status = std::optional<status_code>{c};
  m.status_position = code_at;
  m.status_length = length;
  std::size_t k = code_at + length;
  while (k < t.size() && t[k] == ' ') ++k;
  m.text_position = k;
  return true;
}

// Reads a marker starting at `i` and the reply after it into `m`.
[[nodiscard]] constexpr bool quoted_reply_at(std::string_view t, std::size_t i,
                                             quoted_reply_match& m,
                                             exim_clauses_memo& memo) noexcept {
  for (const std::string_view marker : detail::reply_markers) {
    if (detail::iequals(t.substr(i, marker.size()), marker) &&
        detail::read_quoted_reply(t, detail::skip_space(t, i + marker.size()),
                                  m)) {
      m.marker_position = i;
      m.marker_length = marker.size();
      return true;
    }
  }
  for (const std::string_view marker : detail::exim_reply_markers) {
    if (!detail::iequals(t.substr(i, marker.size()), marker)) continue;
    const std::size_t at =
        detail::after_exim_clauses(t, i + marker.size(), memo);
    if (at != detail::npos && detail::read_quoted_reply(t, at, m)) {
      m.marker_position = i;
      m.marker_length = marker.size();
      return true;
    }
  }
  return false;
}

// `find_quoted_reply` with the memo of Exim's clauses kept by the caller,
// so that a search resumed further on reads no clause again.
[[nodiscard]] constexpr quoted_reply_match find_quoted_reply_from(
    std::string_view text, std::size_t from, exim_clauses_memo& memo) noexcept {
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = detail::to_lower(text[i]);
    if (c != 's' && c != 'r' && c != '<') continue;
    if (i > 0 && (detail::is_alpha(text[i - 1]) ||
                  detail::is_digit(text[i - 1]) || text[i - 1] == c)) {
      continue;  // Not the start of a word, or inside "<<<<".
    }
    quoted_reply_match m;
    if (detail::quoted_reply_at(text, i, m, memo)) return m;
  }
  quoted_reply_match none;
  none.marker_position = text.size();
  none.position = text.size();
  none.text_position = text.size();
  return none;
}

}  // namespace detail

/// Finds the first SMTP reply quoted in `text` at or after `from`, after
/// one of the markers mail software writes before a remote server's reply
/// (compared without regard to case, and starting a word):
/// - `said:` (Postfix, qmail: "host mx.example.net[192.0.2.1] said: 550");
/// - `smtp;` (a DSN's Diagnostic-Code, also inside Exchange's reports);
/// - `reply:`, `response:`, `replied:`, `response was:` (Gmail);
/// - `refused to talk to me:` (Postfix, a rejected greeting);
/// - `<<<` (a server line of a sendmail session transcript);
/// - `SMTP error from remote mail server after` (and Exim's older `remote
///   mailer`), then the command up to a colon that white space follows
///   ("RCPT TO:<user@example.org>:"), then optionally "host NAME [ADDR]:".
///
/// White space and line ends may stand between the marker and the reply.
/// The reply is three digits that RFC 5321 allows, then a space, a '-' or
/// the line end; a status code at the start of its text (after spaces and
/// an optional '#') is taken as written. A marker not followed by a reply
/// is passed over. Sendmail's log fields are not markers: its `stat=` holds
/// sendmail's own wording ("User unknown"); its session transcripts mark
/// the server's lines with `<<<`.
/// ```
/// constexpr auto q = smtp_status::find_quoted_reply(
///     "dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.1] said: "
///     "552 Quota exceeded (in reply to RCPT TO command))");
/// static_assert(q && q.code.number() == 552 && !q.written_status);
/// ```
[[nodiscard]] constexpr quoted_reply_match find_quoted_reply(
    std::string_view text, std::size_t from = 0) noexcept {
  detail::exim_clauses_memo memo;
  return detail::find_quoted_reply_from(text, from, memo);
}

/// Every reply quoted in a text, in order, found one at a time by
/// `find_quoted_reply`, each search starting where the last reply's text
/// starts. Unlike such calls made one after another, which may each read
/// again the rest of a long line after an Exim marker, the range reads the
/// text in time linear in its length.
class quoted_reply_range {
  struct scanner {
    using value_type = quoted_reply_match;
    std::string_view text;
    std::size_t from = 0;
    detail::exim_clauses_memo memo;

    constexpr bool next(quoted_reply_match& q) noexcept {
      q = detail::find_quoted_reply_from(text, from, memo);
      from = q.text_position;
      return q.found();
    }
    constexpr std::size_t position() const noexcept { return from; }
  };

 public:
  /// A single-pass iterator over the quoted replies, for range-for.
  using iterator = detail::scan_iterator<scanner>;

  /// The quoted replies in `text`.
  constexpr explicit quoted_reply_range(std::string_view text) noexcept
      : scanner_{text, 0, {}} {}
  /// The first quoted reply.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{scanner_};
  }
  /// Past the last quoted reply.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  scanner scanner_;
};

/// Every reply quoted in `text` after a marker, in order of position.
/// ```
/// for (const auto& q : smtp_status::find_quoted_replies(bounce_body)) {
///   use(q.code, q.effective_status());
/// }
/// ```
[[nodiscard]] constexpr quoted_reply_range find_quoted_replies(
    std::string_view text) noexcept {
  return quoted_reply_range{text};
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_SEARCH_HPP_INCLUDED
