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
/// literal, and it packs into 32 bits, so it is cheap to copy, hash, use as
/// a map key or as a `switch` key through `packed()`.
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
    return from_parts(static_cast<status_class>(packed >> 20),
                      (packed >> 10) & 0x3ffu, packed & 0x3ffu);
  }

  /// The class: success, transient or permanent.
  [[nodiscard]] constexpr status_class cls() const noexcept {
    return static_cast<status_class>(bits >> 20);
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

  /// One number that orders and identifies codes: class, then subject, then
  /// detail. Stable across versions of this library; fit for `switch`.
  [[nodiscard]] constexpr std::uint32_t packed() const noexcept {
    return bits;
  }

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

  friend constexpr bool operator==(status_code a, status_code b) noexcept {
    return a.bits == b.bits;
  }
  friend constexpr bool operator!=(status_code a, status_code b) noexcept {
    return a.bits != b.bits;
  }
  friend constexpr bool operator<(status_code a, status_code b) noexcept {
    return a.bits < b.bits;
  }
  friend constexpr bool operator>(status_code a, status_code b) noexcept {
    return a.bits > b.bits;
  }
  friend constexpr bool operator<=(status_code a, status_code b) noexcept {
    return a.bits <= b.bits;
  }
  friend constexpr bool operator>=(status_code a, status_code b) noexcept {
    return a.bits >= b.bits;
  }

  /// The representation: class << 20 | subject << 10 | detail. Public only
  /// because C++20 requires it of a type used as a template argument; read
  /// it through `packed()` and never write it.
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
  [[nodiscard]] constexpr unsigned subject() const noexcept {
    return subject_;
  }
  /// The detail sub-code, 0 to 999.
  [[nodiscard]] constexpr unsigned detail() const noexcept { return detail_; }

  /// The code of class 2 with this subject and detail.
  [[nodiscard]] constexpr status_code success() const noexcept {
    return *status_code::from_parts(status_class::success, subject_, detail_);
  }
  /// The code of class 4 with this subject and detail.
  [[nodiscard]] constexpr status_code transient() const noexcept {
    return *status_code::from_parts(status_class::transient, subject_,
                                    detail_);
  }
  /// The code of class 5 with this subject and detail.
  [[nodiscard]] constexpr status_code permanent() const noexcept {
    return *status_code::from_parts(status_class::permanent, subject_,
                                    detail_);
  }
  /// The code of class `c`, or nothing when `c` is not 2, 4 or 5.
  [[nodiscard]] constexpr std::optional<status_code> with(
      status_class c) const noexcept {
    return status_code::from_parts(c, subject_, detail_);
  }

  friend constexpr bool operator==(subject_detail a,
                                   subject_detail b) noexcept {
    return a.subject_ == b.subject_ && a.detail_ == b.detail_;
  }
  friend constexpr bool operator!=(subject_detail a,
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
  none,                 ///< No error: the text is a code.
  empty,                ///< The text is empty.
  bad_class,            ///< The class is not 2, 4 or 5.
  missing_dot,          ///< A sub-code is not followed by a dot.
  no_digits,            ///< A subject or detail has no digit.
  too_many_digits,      ///< A sub-code has more digits than allowed.
  leading_zero,         ///< A sub-code starts with 0 (strict mode only).
  trailing_characters,  ///< Something follows the code.
};

/// A short English text naming the error, such as "missing dot".
[[nodiscard]] constexpr std::string_view to_string_view(
    parse_error e) noexcept {
  switch (e) {
    case parse_error::none: return "no error";
    case parse_error::empty: return "empty input";
    case parse_error::bad_class: return "class is not 2, 4 or 5";
    case parse_error::missing_dot: return "missing dot";
    case parse_error::no_digits: return "sub-code has no digits";
    case parse_error::too_many_digits: return "sub-code has too many digits";
    case parse_error::leading_zero: return "sub-code has a leading zero";
    case parse_error::trailing_characters:
      return "characters after the code";
  }
  return "unknown error";
}

/// How strictly text is read as a code.
enum class parse_mode : std::uint8_t {
  strict,   ///< RFC 3463 exactly: no leading zeros.
  lenient,  ///< Leading zeros accepted (and reported), as some servers pad.
};

/// What `parse` found: the code, or the error and where it is.
struct parse_result {
  status_code code;                       ///< Meaningful only without error.
  parse_error error = parse_error::none;  ///< Why the text is not a code.
  std::size_t position = 0;  ///< Offset of the error, or the text's length.
  bool leading_zeros = false;  ///< Lenient mode skipped a leading zero.

  /// True when the text is a code.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return error == parse_error::none;
  }
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return ok();
  }
};

/// What `from_chars` found, in the manner of `std::from_chars_result`.
struct from_chars_result {
  const char* ptr;  ///< One past the code, or where the error is.
  parse_error ec;   ///< `parse_error::none` on success.
  bool leading_zeros;  ///< Lenient mode skipped a leading zero.
};

namespace detail {

[[nodiscard]] constexpr bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

// Reads one sub-code of 1 to 3 digits at `p`, storing its value in `value`.
// Returns the error, if any, and leaves `p` after the digits or at the
// offending character.
constexpr parse_error read_sub_code(const char*& p, const char* last,
                                    unsigned& value, parse_mode mode,
                                    bool& leading_zeros) noexcept {
  const char* start = p;
  unsigned v = 0;
  int n = 0;
  while (p != last && detail::is_digit(*p)) {
    if (n == 3) return parse_error::too_many_digits;
    v = v * 10 + static_cast<unsigned>(*p - '0');
    ++n;
    ++p;
  }
  if (n == 0) return parse_error::no_digits;
  if (n > 1 && *start == '0') {
    if (mode == parse_mode::strict) {
      p = start;
      return parse_error::leading_zero;
    }
    leading_zeros = true;
  }
  value = v;
  return parse_error::none;
}

}  // namespace detail

/// Reads a code at the start of `[first, last)` and stops where it ends, in
/// the manner of `std::from_chars`: what follows the code is left to the
/// caller. On success stores the code in `out`.
/// ```
/// std::string_view line = "5.1.1 User unknown";
/// smtp_status::status_code c;
/// auto r = smtp_status::from_chars(line.data(), line.data() + line.size(),
///                                  c);  // r.ptr points at the space
/// ```
/// A fourth digit in a sub-code is an error, not the end of the code.
constexpr from_chars_result from_chars(
    const char* first, const char* last, status_code& out,
    parse_mode mode = parse_mode::strict) noexcept {
  bool zeros = false;
  if (first == last) return {first, parse_error::empty, false};
  const char* p = first;
  const char c = *p;
  if (c != '2' && c != '4' && c != '5') {
    return {p, parse_error::bad_class, false};
  }
  ++p;
  if (p != last && detail::is_digit(*p)) {
    return {p, parse_error::too_many_digits, false};
  }
  if (p == last || *p != '.') return {p, parse_error::missing_dot, false};
  ++p;
  unsigned subject = 0;
  if (auto e = detail::read_sub_code(p, last, subject, mode, zeros);
      e != parse_error::none) {
    return {p, e, zeros};
  }
  if (p == last || *p != '.') return {p, parse_error::missing_dot, zeros};
  ++p;
  unsigned detail_value = 0;
  if (auto e = detail::read_sub_code(p, last, detail_value, mode, zeros);
      e != parse_error::none) {
    return {p, e, zeros};
  }
  out = *status_code::from_parts(static_cast<status_class>(c - '0'),
                                 subject, detail_value);
  return {p, parse_error::none, zeros};
}

/// Reads `text` as exactly one code, with nothing before or after it.
/// ```
/// static_assert(smtp_status::parse("4.2.2").code.is_transient());
/// static_assert(smtp_status::parse("5.01.1").error ==
///               smtp_status::parse_error::leading_zero);
/// ```
[[nodiscard]] constexpr parse_result parse(
    std::string_view text, parse_mode mode = parse_mode::strict) noexcept {
  const char* first = text.data();
  const char* last = first + text.size();
  parse_result r;
  const from_chars_result f = smtp_status::from_chars(first, last, r.code,
                                                      mode);
  r.error = f.ec;
  r.position = static_cast<std::size_t>(f.ptr - first);
  r.leading_zeros = f.leading_zeros;
  if (r.ok() && f.ptr != last) r.error = parse_error::trailing_characters;
  if (!r.ok()) r.code = status_code{};
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
/// `[first, last)`, without a terminating NUL.
constexpr to_chars_result to_chars(char* first, char* last,
                                   status_code code) noexcept {
  char buf[max_code_length] = {};
  std::size_t n = 0;
  auto put = [&](unsigned v) {
    if (v >= 100) buf[n++] = static_cast<char>('0' + v / 100);
    if (v >= 10) buf[n++] = static_cast<char>('0' + v / 10 % 10);
    buf[n++] = static_cast<char>('0' + v % 10);
  };
  buf[n++] = static_cast<char>('0' + code.class_digit());
  buf[n++] = '.';
  put(code.subject());
  buf[n++] = '.';
  put(code.detail());
  if (static_cast<std::size_t>(last - first) < n) return {last, false};
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
  constexpr operator std::string_view() const noexcept { return view(); }

 private:
  friend constexpr code_string to_code_string(status_code) noexcept;
  char data_[max_code_length + 1] = {};
  std::size_t size_ = 0;
};

/// The canonical text of `code` as a small value.
/// ```
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

#endif  // SMTP_STATUS_STATUS_CODE_HPP_INCLUDED
