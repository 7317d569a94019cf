// SPDX-License-Identifier: BSL-1.0
// smtp_status: the basic SMTP reply code of RFC 5321 section 4.2, such as
// 550, as a value type.

#ifndef SMTP_STATUS_REPLY_CODE_HPP_INCLUDED
#define SMTP_STATUS_REPLY_CODE_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "smtp_status/config.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// A basic SMTP reply code: first digit 2 to 5, second 0 to 5, third 0 to 9
/// (RFC 5321 section 4.2). Every value of this type is well formed.
/// ```
/// constexpr auto r = smtp_status::reply_code::from_number(550);
/// static_assert(r && r->first_digit() == 5);
/// ```
class reply_code {
 public:
  /// The reply 250.
  constexpr reply_code() noexcept : value{250} {}

  /// The reply code `n`, or nothing when `n` breaks RFC 5321's grammar.
  [[nodiscard]] static constexpr std::optional<reply_code> from_number(
      unsigned n) noexcept {
    if (n < 200 || n > 559 || n / 10 % 10 > 5) return std::nullopt;
    return reply_code{static_cast<std::uint16_t>(n)};
  }

  /// The number, such as 550.
  [[nodiscard]] constexpr unsigned number() const noexcept { return value; }
  /// The first digit, 2 to 5.
  [[nodiscard]] constexpr unsigned first_digit() const noexcept {
    return value / 100u;
  }
  /// The second digit, 0 to 5: the category (syntax, information,
  /// connections, unspecified, unspecified, mail system).
  [[nodiscard]] constexpr unsigned second_digit() const noexcept {
    return value / 10u % 10u;
  }
  /// The third digit, 0 to 9.
  [[nodiscard]] constexpr unsigned third_digit() const noexcept {
    return value % 10u;
  }

  /// Tells whether this is a 2yz positive completion reply.
  [[nodiscard]] constexpr bool is_positive_completion() const noexcept {
    return first_digit() == 2;
  }
  /// Tells whether this is a 3yz positive intermediate reply.
  [[nodiscard]] constexpr bool is_intermediate() const noexcept {
    return first_digit() == 3;
  }
  /// Tells whether this is a 4yz transient negative reply.
  [[nodiscard]] constexpr bool is_transient_negative() const noexcept {
    return first_digit() == 4;
  }
  /// Tells whether this is a 5yz permanent negative reply.
  [[nodiscard]] constexpr bool is_permanent_negative() const noexcept {
    return first_digit() == 5;
  }

  /// Tells whether RFC 5321 (section 4.2.3) or its AUTH extension, RFC
  /// 4954, defines this reply code; 401 is well formed but defined by
  /// neither. Codes of other extensions, such as RFC 7504's 521, are not
  /// included: the registry's associated basic codes name most of them.
  /// ```
  /// static_assert(smtp_status::reply_code::from_number(550)->is_defined());
  /// ```
  [[nodiscard]] constexpr bool is_defined() const noexcept {
    constexpr std::uint16_t defined[] = {
        211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421,
        432, 450, 451, 452, 454, 455, 500, 501, 502, 503, 504,
        530, 534, 535, 538, 550, 551, 552, 553, 554, 555};
    for (const std::uint16_t d : defined) {
      if (d == value) return true;
    }
    return false;
  }

  /// The status class that goes with this reply (2 for 2yz, 4 for 4yz, 5
  /// for 5yz), or nothing for 3yz, which carries no status code.
  [[nodiscard]] constexpr std::optional<status_class> status_class_of()
      const noexcept {
    switch (first_digit()) {
      case 2:
        return status_class::success;
      case 4:
        return status_class::transient;
      case 5:
        return status_class::permanent;
      default:
        return std::nullopt;
    }
  }

  friend constexpr bool operator==(reply_code a, reply_code b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(reply_code a, reply_code b) noexcept {
    return a.value != b.value;
  }
  friend constexpr bool operator<(reply_code a, reply_code b) noexcept {
    return a.value < b.value;
  }
  friend constexpr bool operator>(reply_code a, reply_code b) noexcept {
    return a.value > b.value;
  }
  friend constexpr bool operator<=(reply_code a, reply_code b) noexcept {
    return a.value <= b.value;
  }
  friend constexpr bool operator>=(reply_code a, reply_code b) noexcept {
    return a.value >= b.value;
  }

  /// The representation. Public only because C++20 requires it of a type
  /// used as a template argument; read it through `number()`.
  std::uint16_t value;

 private:
  constexpr explicit reply_code(std::uint16_t n) noexcept : value{n} {}
};

/// Why some text is not a reply code.
enum class reply_code_error : std::uint8_t {
  none,                 ///< No error.
  empty,                ///< The text is empty.
  not_three_digits,     ///< Fewer than three digits.
  bad_first_digit,      ///< The first digit is not 2 to 5.
  bad_second_digit,     ///< The second digit is not 0 to 5.
  trailing_characters,  ///< Something follows the three digits.
};

/// A short English text naming the error.
[[nodiscard]] constexpr std::string_view to_string_view(
    reply_code_error e) noexcept {
  switch (e) {
    case reply_code_error::none:
      return "no error";
    case reply_code_error::empty:
      return "empty input";
    case reply_code_error::not_three_digits:
      return "reply code is not three digits";
    case reply_code_error::bad_first_digit:
      return "reply code's first digit is not 2 to 5";
    case reply_code_error::bad_second_digit:
      return "reply code's second digit is not 0 to 5";
    case reply_code_error::trailing_characters:
      return "characters after the reply code";
  }
  return "unknown error";
}

/// What `parse_reply_code` found.
struct reply_code_result {
  reply_code code;  ///< Meaningful only without error.
  reply_code_error error = reply_code_error::none;
  std::size_t position = 0;  ///< Offset of the error, or the text's length.

  /// True when the text is a reply code.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == reply_code_error::none;
  }
  /// True when the text is a reply code.
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
};

/// Reads three digits at the start of `[first, last)` as a reply code and
/// stops after them; what follows is the caller's. A fourth digit is
/// reported as `trailing_characters` at its position.
[[nodiscard]] constexpr reply_code_result reply_code_from_chars(
    const char* first, const char* last) noexcept {
  reply_code_result r;
  if (first == last) {
    r.error = reply_code_error::empty;
    return r;
  }
  std::size_t n = 0;
  unsigned v = 0;
  for (const char* p = first; p != last && n != 3 && detail::is_digit(*p);
       ++p, ++n) {
    v = v * 10 + static_cast<unsigned>(*p - '0');
  }
  const auto at = [&](std::size_t i, reply_code_error e) {
    r.error = e;
    r.position = i;
    return r;
  };
  if (n > 0 && (first[0] < '2' || first[0] > '5')) {
    return at(0, reply_code_error::bad_first_digit);
  }
  if (n > 1 && first[1] > '5') return at(1, reply_code_error::bad_second_digit);
  if (n != 3) return at(n, reply_code_error::not_three_digits);
  if (first + 3 != last && detail::is_digit(first[3])) {
    return at(3, reply_code_error::trailing_characters);
  }
  r.code = *reply_code::from_number(v);
  r.position = 3;
  return r;
}

/// Reads `text` as exactly one reply code, such as "550".
/// ```
/// static_assert(smtp_status::parse_reply_code("550").code.number() == 550);
/// ```
[[nodiscard]] constexpr reply_code_result parse_reply_code(
    std::string_view text) noexcept {
  const char* first = text.data();
  reply_code_result r = reply_code_from_chars(first, first + text.size());
  if (r.ok() && r.position != text.size()) {
    r.error = reply_code_error::trailing_characters;
  }
  if (!r.ok()) r.code = reply_code{};
  return r;
}

/// Writes the three digits of `code` into `[first, last)`.
constexpr to_chars_result to_chars(char* first, char* last,
                                   reply_code code) noexcept {
  if (last - first < 3) return {last, false};
  first[0] = static_cast<char>('0' + code.first_digit());
  first[1] = static_cast<char>('0' + code.second_digit());
  first[2] = static_cast<char>('0' + code.third_digit());
  return {first + 3, true};
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_REPLY_CODE_HPP_INCLUDED
