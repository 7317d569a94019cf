// SPDX-License-Identifier: BSL-1.0
// smtp_status: finding enhanced status codes inside free text such as bounce
// bodies and logs, an explicit search apart from reading replies.

#ifndef SMTP_STATUS_SEARCH_HPP_INCLUDED
#define SMTP_STATUS_SEARCH_HPP_INCLUDED

#include <cstddef>
#include <optional>
#include <string_view>

#include "smtp_status/config.hpp"
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
 public:
  /// A single-pass iterator over the matches, for range-for.
  class iterator {
   public:
    using value_type = code_match;
    using difference_type = std::ptrdiff_t;
    using pointer = const code_match*;
    using reference = const code_match&;

    /// The end iterator.
    constexpr iterator() noexcept = default;
    [[nodiscard]] constexpr reference operator*() const noexcept {
      return current_;
    }
    [[nodiscard]] constexpr pointer operator->() const noexcept {
      return &current_;
    }
    constexpr iterator& operator++() noexcept {
      current_ = smtp_status::find_code(
          text_, current_.position + current_.length, mode_);
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a,
                                     const iterator& b) noexcept {
      return a.current_.found() == b.current_.found() &&
             (!a.current_ || a.current_.position == b.current_.position);
    }
    friend constexpr bool operator!=(const iterator& a,
                                     const iterator& b) noexcept {
      return !(a == b);
    }

   private:
    friend class code_match_range;
    constexpr iterator(std::string_view text, parse_mode mode) noexcept
        : text_{text},
          mode_{mode},
          current_{smtp_status::find_code(text, 0, mode)} {}

    std::string_view text_;
    parse_mode mode_ = parse_mode::strict;
    code_match current_;
  };

  /// The matches in `text`.
  constexpr explicit code_match_range(
      std::string_view text, parse_mode mode = parse_mode::strict) noexcept
      : text_{text}, mode_{mode} {}
  /// The first match.
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return iterator{text_, mode_};
  }
  /// Past the last match.
  [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

 private:
  std::string_view text_;
  parse_mode mode_;
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

}  // namespace smtp_status

#endif  // SMTP_STATUS_SEARCH_HPP_INCLUDED
