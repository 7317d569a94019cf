// SPDX-License-Identifier: BSL-1.0
// smtp_status: the _esc literal, an enhanced status code whose text the
// compiler checks.

#ifndef SMTP_STATUS_LITERALS_HPP_INCLUDED
#define SMTP_STATUS_LITERALS_HPP_INCLUDED

#include <cstddef>
#include <exception>
#include <string_view>

#include "smtp_status/config.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {
namespace detail {

// Deliberately not constexpr. A literal whose text is not a code calls the
// function named after its parse_error; in constant evaluation that call is
// not a constant expression, so the program does not compile and the
// compiler's message names the reason. Only a C++17 literal evaluated at run
// time reaches the call itself: it ends the program, since any code it
// returned would be a wrong one.
[[noreturn]] inline void esc_literal_error_empty() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_bad_class() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_class_too_many_digits() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_missing_dot() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_no_digits() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_too_many_digits() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_leading_zero() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_trailing_characters() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_incomplete() noexcept {
  std::terminate();
}
[[noreturn]] inline void esc_literal_error_unknown() noexcept {
  std::terminate();
}

// The code of a strict parse, or a call that stops constant evaluation.
[[nodiscard]] constexpr status_code esc_literal_value(
    const parse_result& r) noexcept {
  switch (r.error) {
    case parse_error::none:
      return r.code;
    case parse_error::empty:
      smtp_status::detail::esc_literal_error_empty();
    case parse_error::bad_class:
      smtp_status::detail::esc_literal_error_bad_class();
    case parse_error::class_too_many_digits:
      smtp_status::detail::esc_literal_error_class_too_many_digits();
    case parse_error::missing_dot:
      smtp_status::detail::esc_literal_error_missing_dot();
    case parse_error::no_digits:
      smtp_status::detail::esc_literal_error_no_digits();
    case parse_error::too_many_digits:
      smtp_status::detail::esc_literal_error_too_many_digits();
    case parse_error::leading_zero:
      smtp_status::detail::esc_literal_error_leading_zero();
    case parse_error::trailing_characters:
      smtp_status::detail::esc_literal_error_trailing_characters();
    case parse_error::incomplete:
      smtp_status::detail::esc_literal_error_incomplete();
  }
  smtp_status::detail::esc_literal_error_unknown();
}

}  // namespace detail

/// User-defined literals; `using namespace smtp_status::literals;` brings in
/// only these.
inline namespace literals {

/// The code written in `text`, which must be a canonical code as strict
/// `parse` reads it; "esc" stands for enhanced status code, after the
/// ENHANCEDSTATUSCODES extension of RFC 2034.
/// ```
/// using namespace smtp_status::literals;
/// constexpr auto no_such_user = "5.1.1"_esc;  // "5.01.1"_esc: no build
/// static_assert(no_such_user.is_permanent());
/// ```
/// Where `SMTP_STATUS_HAS_CONSTEVAL` is 1 (C++20 compilers that define
/// `__cpp_consteval`) the literal is consteval: every use is checked while
/// compiling. Elsewhere it is constexpr, checked wherever it is a constant
/// expression: a `constexpr` variable, a `static_assert`, a `case` label, a
/// template argument. Any other use may run at run time, and there an
/// invalid text calls `std::terminate` instead of giving a code; write
/// `constexpr auto c = "5.1.1"_esc;` for the checked form.
[[nodiscard]] SMTP_STATUS_CONSTEVAL status_code
operator""_esc(const char* text, std::size_t size) noexcept {
  return smtp_status::detail::esc_literal_value(
      smtp_status::parse(std::string_view{text, size}));
}

}  // namespace literals
}  // namespace smtp_status

#endif  // SMTP_STATUS_LITERALS_HPP_INCLUDED
