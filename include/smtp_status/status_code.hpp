// SPDX-License-Identifier: BSL-1.0
// smtp_status: the enhanced status code value type of RFC 3463, with
// parsing and canonical formatting, all usable in constant expressions.

#ifndef SMTP_STATUS_STATUS_CODE_HPP_INCLUDED
#define SMTP_STATUS_STATUS_CODE_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "smtp_status/config.hpp"

#if SMTP_STATUS_HAS_THREE_WAY_COMPARISON
#include <compare>
#endif

namespace smtp_status {

/// The class sub-code of RFC 3463 section 3.1: what kind of outcome a code
/// reports. The enumerators carry the digit written in a code.
enum class status_class : std::uint8_t {
  success = 2,    ///< 2.X.X: the delivery action succeeded.
  transient = 4,  ///< 4.X.X: persistent transient failure, may succeed later.
  permanent = 5,  ///< 5.X.X: permanent failure, resending will not help.
};

/// Tells whether `c` is one of the three classes RFC 3463 defines; false for
/// a value cast from any other number.
[[nodiscard]] constexpr bool is_valid(status_class c) noexcept {
  return c == status_class::success || c == status_class::transient ||
         c == status_class::permanent;
}

/// The largest subject or detail number: RFC 3463 allows 1 to 3 digits.
inline constexpr unsigned max_sub_code = 999;

/// An enhanced status code such as 5.1.1: class, subject and detail.
///
/// Every value of this type is a well-formed code. It is built by parsing,
/// by `from_parts` (which refuses out-of-range parts) or by the `_esc`
/// literal of smtp_status/literals.hpp, and it packs into 32 bits, so it is
/// cheap to copy, hash, use as a map key or as a `switch` key through
/// `packed()`. In C++20 it is a structural type, usable as a template argument.
/// ```
/// constexpr auto c = smtp_status::parse("5.1.1").code;
/// static_assert(c.subject() == 1 && c.is_permanent());
/// ```
class status_code {
 public:
  /// The code 2.0.0, so that arrays and maps can hold codes.
  constexpr status_code() noexcept : bits{pack(2, 0, 0)} {}

  /// Builds a code from its parts, or nothing when the class is not 2, 4
  /// or 5 or a sub-code is above 999.
  /// ```
  /// auto c = smtp_status::status_code::from_parts(
  ///     smtp_status::status_class::permanent, 7, 606);  // 5.7.606
  /// ```
  [[nodiscard]] static constexpr std::optional<status_code> from_parts(
      status_class c, unsigned subject, unsigned detail) noexcept {
    if (!is_valid(c) || subject > max_sub_code || detail > max_sub_code)
      return std::nullopt;
    return status_code{static_cast<unsigned>(c), subject, detail};
  }

  /// Rebuilds a code from the number `packed()` returned, or nothing when
  /// the number is not one that `packed()` can return.
  [[nodiscard]] static constexpr std::optional<status_code> from_packed(
      std::uint32_t packed) noexcept {
    // The class is checked as a number before it becomes a status_class:
    // a cast would first cut it to 8 bits and turn 258 into 2.
    const std::uint32_t c = packed >> 20;
    if (c != 2 && c != 4 && c != 5) return std::nullopt;
    return from_parts(static_cast<status_class>(c), (packed >> 10) & 0x3ffu,
                      packed & 0x3ffu);
  }

  /// The class: success, transient or permanent.
  [[nodiscard]] constexpr status_class cls() const noexcept {
    return static_cast<status_class>(static_cast<std::uint8_t>(bits >> 20));
  }

  /// The class digit: 2, 4 or 5.
  [[nodiscard]] constexpr unsigned class_digit() const noexcept {
    return bits >> 20;
  }

  /// The subject sub-code, 0 to 999.
  [[nodiscard]] constexpr unsigned subject() const noexcept {
    return (bits >> 10) & 0x3ffu;
  }

  /// The detail sub-code, 0 to 999.
  [[nodiscard]] constexpr unsigned detail() const noexcept {
    return bits & 0x3ffu;
  }

  /// One number that orders and identifies codes: class << 20 | subject <<
  /// 10 | detail. Stable across versions of this library; fit for `switch`.
  /// ```
  /// switch (code.packed()) {
  ///   case "5.1.1"_esc.packed(): return "no such user";
  /// }
  /// ```
  [[nodiscard]] constexpr std::uint32_t packed() const noexcept { return bits; }

  /// Tells whether this is a 2.X.X code.
  [[nodiscard]] constexpr bool is_success() const noexcept {
    return cls() == status_class::success;
  }

  /// Tells whether this is a 4.X.X code.
  [[nodiscard]] constexpr bool is_transient() const noexcept {
    return cls() == status_class::transient;
  }

  /// Tells whether this is a 5.X.X code.
  [[nodiscard]] constexpr bool is_permanent() const noexcept {
    return cls() == status_class::permanent;
  }

  /// The same subject and detail with another class.
  /// ```
  /// auto soft = smtp_status::parse("5.2.2").code.with_class(
  ///     smtp_status::status_class::transient);  // 4.2.2
  /// ```
  /// Precondition: `is_valid(c)`; an invalid class gives this code back
  /// unchanged rather than an invalid code.
  [[nodiscard]] constexpr status_code with_class(
      status_class c) const noexcept {
    if (!is_valid(c)) return *this;
    return status_code{static_cast<unsigned>(c), subject(), detail()};
  }

  /// The code for a soft bounce: 5.X.X becomes 4.X.X, others are unchanged.
  [[nodiscard]] constexpr status_code to_transient() const noexcept {
    return is_permanent() ? with_class(status_class::transient) : *this;
  }

  /// The code once retries have expired: 4.X.X becomes 5.X.X, others are
  /// unchanged.
  [[nodiscard]] constexpr status_code to_permanent() const noexcept {
    return is_transient() ? with_class(status_class::permanent) : *this;
  }

  /// Tells whether two codes are the same code.
  [[nodiscard]] friend constexpr bool operator==(status_code a,
                                                 status_code b) noexcept {
    return a.bits == b.bits;
  }
#if SMTP_STATUS_HAS_THREE_WAY_COMPARISON
  // clang-format's C++17 mode would split the <=> token.
  // clang-format off
  /// Orders codes by class, then subject, then detail, as `packed()` does.
  [[nodiscard]] friend constexpr std::strong_ordering operator<=>(
      status_code a, status_code b) noexcept {
    return a.bits <=> b.bits;
  }
  // clang-format on
#else
  /// Tells whether two codes differ.
  [[nodiscard]] friend constexpr bool operator!=(status_code a,
                                                 status_code b) noexcept {
    return a.bits != b.bits;
  }
  /// Orders codes by class, then subject, then detail, as `packed()` does.
  [[nodiscard]] friend constexpr bool operator<(status_code a,
                                                status_code b) noexcept {
    return a.bits < b.bits;
  }
  /// Orders codes by class, then subject, then detail.
  [[nodiscard]] friend constexpr bool operator>(status_code a,
                                                status_code b) noexcept {
    return a.bits > b.bits;
  }
  /// Orders codes by class, then subject, then detail.
  [[nodiscard]] friend constexpr bool operator<=(status_code a,
                                                 status_code b) noexcept {
    return a.bits <= b.bits;
  }
  /// Orders codes by class, then subject, then detail.
  [[nodiscard]] friend constexpr bool operator>=(status_code a,
                                                 status_code b) noexcept {
    return a.bits >= b.bits;
  }
#endif

  /// The representation, equal to `packed()`. Public only because C++20
  /// requires it of a type used as a template argument: read it through
  /// `packed()`; writing it is outside the contract (a value that
  /// `from_packed` refuses gives unspecified but defined results).
  std::uint32_t bits;

 private:
  static constexpr std::uint32_t pack(unsigned c, unsigned s,
                                      unsigned d) noexcept {
    return static_cast<std::uint32_t>(c << 20 | s << 10 | d);
  }
  constexpr status_code(unsigned c, unsigned s, unsigned d) noexcept
      : bits{pack(c, s, d)} {}
};

/// A subject and detail without a class, as the registry keys enumerated
/// codes (X.2.2); the named constants in `smtp_status::codes` are of this
/// type. Every value is in range.
/// ```
/// constexpr auto full = smtp_status::codes::mailbox_full.transient();
/// static_assert(full == smtp_status::parse("4.2.2").code);
/// ```
class subject_detail {
 public:
  /// The pair, or nothing when a part is above 999.
  [[nodiscard]] static constexpr std::optional<subject_detail> from_parts(
      unsigned subject, unsigned detail) noexcept {
    if (subject > max_sub_code || detail > max_sub_code) return std::nullopt;
    return subject_detail{subject, detail};
  }

  /// The subject and detail of `code`.
  [[nodiscard]] static constexpr subject_detail of(status_code code) noexcept {
    return subject_detail{code.subject(), code.detail()};
  }

  /// The subject sub-code, 0 to 999.
  [[nodiscard]] constexpr unsigned subject() const noexcept { return subject_; }
  /// The detail sub-code, 0 to 999.
  [[nodiscard]] constexpr unsigned detail() const noexcept { return detail_; }

  /// The code of class 2 with this subject and detail.
  [[nodiscard]] constexpr status_code success() const noexcept {
    return *status_code::from_parts(status_class::success, subject_, detail_);
  }
  /// The code of class 4 with this subject and detail.
  [[nodiscard]] constexpr status_code transient() const noexcept {
    return *status_code::from_parts(status_class::transient, subject_, detail_);
  }
  /// The code of class 5 with this subject and detail.
  [[nodiscard]] constexpr status_code permanent() const noexcept {
    return *status_code::from_parts(status_class::permanent, subject_, detail_);
  }
  /// The code of class `c`, or nothing when `c` is not 2, 4 or 5.
  [[nodiscard]] constexpr std::optional<status_code> with(
      status_class c) const noexcept {
    return status_code::from_parts(c, subject_, detail_);
  }

  /// Tells whether two pairs have the same subject and detail.
  [[nodiscard]] friend constexpr bool operator==(subject_detail a,
                                                 subject_detail b) noexcept {
    return a.subject_ == b.subject_ && a.detail_ == b.detail_;
  }
  /// Tells whether two pairs differ.
  [[nodiscard]] friend constexpr bool operator!=(subject_detail a,
                                                 subject_detail b) noexcept {
    return !(a == b);
  }

 private:
  constexpr subject_detail(unsigned s, unsigned d) noexcept
      : subject_{static_cast<std::uint16_t>(s)},
        detail_{static_cast<std::uint16_t>(d)} {}
  std::uint16_t subject_;
  std::uint16_t detail_;
};

/// Why some text is not an enhanced status code.
enum class parse_error : std::uint8_t {
  none,                   ///< No error: the text is a code.
  empty,                  ///< The text is empty.
  bad_class,              ///< The first character is not 2, 4 or 5.
  missing_dot,            ///< A class or subject is followed by another
                          ///< character than a dot ("5.1:1").
  no_digits,              ///< A subject or detail starts with a non-digit
                          ///< ("5..1", "5.-1.1").
  too_many_digits,        ///< A subject or detail has a fourth digit.
  leading_zero,           ///< A subject or detail starts with 0 and has
                          ///< more digits (strict mode only).
  trailing_characters,    ///< Something follows a complete code (`parse`
                          ///< only).
  class_too_many_digits,  ///< The class has more than one digit ("55.1.1").
  incomplete,             ///< The text ends before the code does ("5.1").
};

/// A short English text naming the error, such as "missing dot".
[[nodiscard]] constexpr std::string_view to_string_view(
    parse_error e) noexcept {
  switch (e) {
    case parse_error::none:
      return "no error";
    case parse_error::empty:
      return "empty input";
    case parse_error::bad_class:
      return "class is not 2, 4 or 5";
    case parse_error::missing_dot:
      return "missing dot";
    case parse_error::no_digits:
      return "sub-code has no digits";
    case parse_error::too_many_digits:
      return "sub-code has too many digits";
    case parse_error::leading_zero:
      return "sub-code has a leading zero";
    case parse_error::trailing_characters:
      return "characters after the code";
    case parse_error::class_too_many_digits:
      return "class has more than one digit";
    case parse_error::incomplete:
      return "text ends before the code does";
  }
  return "unknown error";
}

/// How strictly text is read as a code.
enum class parse_mode : std::uint8_t {
  strict,   ///< RFC 3463 exactly: no leading zeros.
  lenient,  ///< Leading zeros accepted (and reported), as some servers pad;
            ///< still one class digit and at most 3 digits per sub-code.
};

/// What `parse` found: the code, or the error and where it is.
///
/// `position` is an offset into the text. On success it is the text's
/// length. On error, take the longest start of the text that some code (in
/// the mode's grammar) starts with: `position` is its length, the offset of
/// the first character that cannot be there; for `leading_zero` it is one
/// less, the offset of the zero itself. For `empty` and `incomplete` no
/// character is wrong and it is the text's length. Examples: "5.1x1"
/// `missing_dot` at 3, "5.01.1" `leading_zero` at 2, "5.1000.1"
/// `too_many_digits` at 5, "5.1.1 " `trailing_characters` at 5, "5.1"
/// `incomplete` at 3.
struct parse_result {
  /// The code; on error 2.0.0, which means nothing: test `ok()` first, or
  /// use `to_optional()`.
  status_code code;
  parse_error error = parse_error::none;  ///< Why the text is not a code.
  std::size_t position = 0;               ///< Where the error is; see above.
  bool leading_zeros = false;  ///< Lenient mode accepted a leading zero.

  /// True when the text is a code.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == parse_error::none;
  }
  /// True when the text is a code.
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
  /// The code, or nothing on error.
  [[nodiscard]] constexpr std::optional<status_code> to_optional()
      const noexcept {
    if (!ok()) return std::nullopt;
    return code;
  }
};

/// What `from_chars` found, in the manner of `std::from_chars_result`.
struct from_chars_result {
  /// One past the code on success; on error where the error is, with the
  /// meaning `parse_result::position` gives it.
  const char* ptr;
  parse_error ec;      ///< `parse_error::none` on success.
  bool leading_zeros;  ///< Lenient mode accepted a leading zero.

  /// True when a code was read.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return ec == parse_error::none;
  }
};

namespace detail {

[[nodiscard]] constexpr bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

// The value of a decimal digit, or a number above 9 for any other
// character: one comparison tells both.
[[nodiscard]] constexpr unsigned digit_value(char c) noexcept {
  return static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
}

// Reads a subject or detail of 1 to 3 digits at `p` into `value`. On error
// leaves `p` at the offending character (for a leading zero, at the zero);
// otherwise just after the digits. Errors are met left to right, so
// "5.0123" is a leading zero, not a fourth digit. Written out digit by
// digit rather than as a loop: with at most three digits there is nothing
// to count, and GCC then keeps to straight-line code.
[[nodiscard]] SMTP_STATUS_ALWAYS_INLINE constexpr parse_error read_sub_code(
    const char*& p, const char* last, unsigned& value, parse_mode mode,
    bool& leading_zeros) noexcept {
  if (p == last) return parse_error::incomplete;
  const unsigned d0 = smtp_status::detail::digit_value(*p);
  if (d0 > 9) return parse_error::no_digits;
  value = d0;
  if (++p == last) return parse_error::none;
  const unsigned d1 = smtp_status::detail::digit_value(*p);
  if (d1 > 9) return parse_error::none;
  if (d0 == 0) {
    if (mode == parse_mode::strict) {
      --p;
      return parse_error::leading_zero;
    }
    leading_zeros = true;
  }
  value = d0 * 10 + d1;
  if (++p == last) return parse_error::none;
  const unsigned d2 = smtp_status::detail::digit_value(*p);
  if (d2 > 9) return parse_error::none;
  if (++p != last && smtp_status::detail::digit_value(*p) <= 9) {
    return parse_error::too_many_digits;
  }
  value = value * 10 + d2;
  return parse_error::none;
}

}  // namespace detail

/// Reads a code at the start of `[first, last)` and stops where it ends, in
/// the manner of `std::from_chars`: what follows the code is left to the
/// caller. On success stores the code in `out`; on error leaves `out`
/// unchanged.
/// ```
/// std::string_view line = "5.1.1 User unknown";
/// smtp_status::status_code c;
/// auto r = smtp_status::from_chars(line.data(), line.data() + line.size(),
///                                  c);  // r.ptr points at the space
/// ```
/// A fourth digit in a sub-code is an error, not the end of the code; a
/// dot after the detail ends the code ("5.1.1.1" reads 5.1.1).
[[nodiscard]] SMTP_STATUS_ALWAYS_INLINE constexpr from_chars_result from_chars(
    const char* first, const char* last, status_code& out,
    parse_mode mode = parse_mode::strict) noexcept {
  if (first == last) return {first, parse_error::empty, false};
  const char* p = first;
  if (*p != '2' && *p != '4' && *p != '5') {
    return {p, parse_error::bad_class, false};
  }
  const auto c = static_cast<status_class>(*p - '0');
  ++p;
  if (p == last) return {p, parse_error::incomplete, false};
  if (smtp_status::detail::is_digit(*p)) {
    return {p, parse_error::class_too_many_digits, false};
  }
  if (*p != '.') return {p, parse_error::missing_dot, false};
  ++p;

  bool zeros = false;
  unsigned subject = 0;
  if (const parse_error e =
          smtp_status::detail::read_sub_code(p, last, subject, mode, zeros);
      e != parse_error::none) {
    return {p, e, zeros};
  }
  if (p == last) return {p, parse_error::incomplete, zeros};
  if (*p != '.') return {p, parse_error::missing_dot, zeros};
  ++p;

  unsigned detail_value = 0;
  if (const parse_error e = smtp_status::detail::read_sub_code(
          p, last, detail_value, mode, zeros);
      e != parse_error::none) {
    return {p, e, zeros};
  }
  // Both sub-codes have at most 3 digits, so the parts are in range.
  out = *status_code::from_parts(c, subject, detail_value);
  return {p, parse_error::none, zeros};
}

/// Reads `text` as exactly one code, with nothing before or after it.
/// ```
/// static_assert(smtp_status::parse("4.2.2").code.is_transient());
/// static_assert(smtp_status::parse("5.01.1").error ==
///               smtp_status::parse_error::leading_zero);
/// static_assert(smtp_status::parse("5.01.1").position == 2);
/// ```
[[nodiscard]] constexpr parse_result parse(
    std::string_view text, parse_mode mode = parse_mode::strict) noexcept {
  const char* const first = text.data();
  const char* const last = first + text.size();
  parse_result r;
  status_code c;
  const from_chars_result f = smtp_status::from_chars(first, last, c, mode);
  r.error = f.ec;
  r.position = static_cast<std::size_t>(f.ptr - first);
  r.leading_zeros = f.leading_zeros;
  if (r.ok() && f.ptr != last) r.error = parse_error::trailing_characters;
  if (r.ok()) r.code = c;
  return r;
}

/// The longest canonical code: "5.999.999".
inline constexpr std::size_t max_code_length = 9;

/// What `to_chars` wrote, in the manner of `std::to_chars_result`.
struct to_chars_result {
  char* ptr;  ///< One past the last character written, or `last` on failure.
  bool ok;    ///< False when the buffer was too small; nothing is written.
};

/// Writes the canonical form of `code` (no leading zeros) into
/// `[first, last)`, without a terminating NUL; `max_code_length`
/// characters always suffice.
/// ```
/// char buf[smtp_status::max_code_length];
/// auto r = smtp_status::to_chars(buf, buf + sizeof buf, code);
/// std::string_view text(buf, r.ptr - buf);
/// ```
[[nodiscard]] constexpr to_chars_result to_chars(char* first, char* last,
                                                 status_code code) noexcept {
  char buf[max_code_length] = {};
  std::size_t n = 0;
  auto put = [&](unsigned v) {
    if (v >= 100) buf[n++] = static_cast<char>('0' + v / 100);
    if (v >= 10) buf[n++] = static_cast<char>('0' + v / 10 % 10);
    buf[n++] = static_cast<char>('0' + v % 10);
  };
  buf[n++] = static_cast<char>('0' + code.class_digit() % 10);
  buf[n++] = '.';
  put(code.subject());
  buf[n++] = '.';
  put(code.detail());
  // Signed comparison, so that a reversed range fails instead of writing.
  if (last - first < static_cast<std::ptrdiff_t>(n)) return {last, false};
  for (std::size_t i = 0; i != n; ++i) first[i] = buf[i];
  return {first + n, true};
}

/// A code in its canonical text form, held by value.
class code_string {
 public:
  /// The text, such as "5.1.1".
  [[nodiscard]] constexpr std::string_view view() const noexcept {
    return {data_, size_};
  }
  /// The text with a terminating NUL.
  [[nodiscard]] constexpr const char* c_str() const noexcept { return data_; }
  /// The length of the text, 5 to 9.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  /// The text, such as "5.1.1".
  constexpr operator std::string_view() const noexcept { return view(); }

 private:
  friend constexpr code_string to_code_string(status_code) noexcept;
  char data_[max_code_length + 1] = {};
  std::size_t size_ = 0;
};

/// The canonical text of `code` as a small value, with no allocation.
/// ```
/// constexpr auto c = smtp_status::parse("5.1.1").code;
/// static_assert(smtp_status::to_code_string(c).view() == "5.1.1");
/// ```
[[nodiscard]] constexpr code_string to_code_string(status_code code) noexcept {
  code_string s;
  s.size_ = static_cast<std::size_t>(
      smtp_status::to_chars(s.data_, s.data_ + max_code_length, code).ptr -
      s.data_);
  return s;
}

}  // namespace smtp_status

namespace std {

/// Hashes a code by its packed value, which differs for every code; this
/// makes `status_code` a key of `std::unordered_map` and `unordered_set`.
template <>
struct hash<smtp_status::status_code> {
  [[nodiscard]] constexpr std::size_t operator()(
      smtp_status::status_code code) const noexcept {
    return static_cast<std::size_t>(code.packed());
  }
};

}  // namespace std

#endif  // SMTP_STATUS_STATUS_CODE_HPP_INCLUDED
