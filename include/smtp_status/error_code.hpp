// SPDX-License-Identifier: BSL-1.0
// smtp_status: std::error_code for status codes, with their classes as
// error conditions; opt-in so that the core headers stay free of <string>.

#ifndef SMTP_STATUS_ERROR_CODE_HPP_INCLUDED
#define SMTP_STATUS_ERROR_CODE_HPP_INCLUDED

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "smtp_status/lookup.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// The error conditions a status code falls into: its class. The values are
/// the class digits.
/// ```
/// std::error_code ec = smtp_status::make_error_code(code);
/// if (ec == smtp_status::condition::transient) retry_later();
/// ```
enum class condition : int {
  success = 2,    ///< 2.X.X: the delivery action succeeded.
  transient = 4,  ///< 4.X.X: persistent transient failure.
  permanent = 5,  ///< 5.X.X: permanent failure.
};

namespace detail {

#if defined(__cpp_constinit) && __cpp_constinit >= 201907L
#define SMTP_STATUS_DETAIL_CONSTINIT constinit
#else
#define SMTP_STATUS_DETAIL_CONSTINIT
#endif

// The categories hold no state and have constexpr constructors, so they are
// constant-initialized and usable while other translation units initialize.
class condition_category_impl final : public std::error_category {
 public:
  constexpr condition_category_impl() noexcept = default;

  const char* name() const noexcept override { return "smtp_status.condition"; }

  std::string message(int value) const override {
    const auto c = static_cast<status_class>(value);
    if (value < 0 || value > 9 || !smtp_status::is_valid(c)) {
      return "not a status class (" + std::to_string(value) + ")";
    }
    return std::string(smtp_status::lookup_class(c).text());
  }
};

// One object per program: an inline variable has one address in every
// translation unit.
SMTP_STATUS_DETAIL_CONSTINIT inline const condition_category_impl
    condition_category_instance{};

class status_category_impl final : public std::error_category {
 public:
  constexpr status_category_impl() noexcept = default;

  const char* name() const noexcept override { return "smtp_status"; }

  std::string message(int value) const override {
    const auto code = decode(value);
    if (!code) {
      return "not an enhanced status code (" + std::to_string(value) + ")";
    }
    std::string text(smtp_status::to_code_string(*code).view());
    const std::string_view meaning = smtp_status::lookup(*code).text();
    if (!meaning.empty()) text.append(" ").append(meaning);
    return text;
  }

  // A code's equivalent condition is its class.
  std::error_condition default_error_condition(
      int value) const noexcept override {
    if (const auto code = decode(value)) {
      return {static_cast<int>(code->class_digit()),
              condition_category_instance};
    }
    return {value, *this};
  }

  static constexpr std::optional<status_code> decode(int value) noexcept {
    if (value < 0) return std::nullopt;
    return status_code::from_packed(static_cast<std::uint32_t>(value));
  }
};

SMTP_STATUS_DETAIL_CONSTINIT inline const status_category_impl
    status_category_instance{};

#undef SMTP_STATUS_DETAIL_CONSTINIT

}  // namespace detail

/// The category of error codes made from status codes, named "smtp_status";
/// one object per program.
[[nodiscard]] inline const std::error_category& status_category() noexcept {
  return smtp_status::detail::status_category_instance;
}

/// The category of the `condition` values, named "smtp_status.condition"; one
/// object per program.
[[nodiscard]] inline const std::error_category& condition_category() noexcept {
  return smtp_status::detail::condition_category_instance;
}

/// The error condition `c`, found through ADL by `std::error_condition`'s
/// constructor and comparisons.
[[nodiscard]] inline std::error_condition make_error_condition(
    condition c) noexcept {
  return {static_cast<int>(c), smtp_status::condition_category()};
}

/// An error code holding `code` losslessly (its value is `code.packed()`),
/// whose message is the code and its registry text, such as "5.1.1 Bad
/// destination mailbox address", and which compares equal to the condition
/// of its class.
/// ```
/// std::error_code ec = make_error_code(smtp_status::parse("4.2.2").code);
/// assert(ec == smtp_status::condition::transient);
/// ```
/// Every code, 2.X.X included, gives a non-zero value, so `if (ec)` is true
/// even for success; test `ec == smtp_status::condition::success` instead.
[[nodiscard]] inline std::error_code make_error_code(
    status_code code) noexcept {
  return {static_cast<int>(code.packed()), smtp_status::status_category()};
}

/// The status code `ec` holds, or nothing when `ec` is not of
/// `status_category()` or its value is not one `make_error_code` gives.
[[nodiscard]] inline std::optional<status_code> to_status_code(
    const std::error_code& ec) noexcept {
  if (ec.category() != smtp_status::status_category()) return std::nullopt;
  return smtp_status::detail::status_category_impl::decode(ec.value());
}

/// The condition of class `c`.
[[nodiscard]] constexpr condition to_condition(status_class c) noexcept {
  return static_cast<condition>(static_cast<int>(c));
}

}  // namespace smtp_status

/// Lets `condition` values convert to `std::error_condition`, so that
/// `ec == smtp_status::condition::permanent` compiles.
template <>
struct std::is_error_condition_enum<smtp_status::condition> : std::true_type {};

#endif  // SMTP_STATUS_ERROR_CODE_HPP_INCLUDED
