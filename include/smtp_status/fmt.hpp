// SPDX-License-Identifier: BSL-1.0
// smtp_status: {fmt} formatters for status codes and reply codes, opt-in so
// that the core headers never include fmt.

#ifndef SMTP_STATUS_FMT_HPP_INCLUDED
#define SMTP_STATUS_FMT_HPP_INCLUDED

#include <fmt/format.h>

#include <string_view>

#include "smtp_status/detail/format_spec.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

/// Formats a status code: `{}` or `{:s}` gives "5.1.1", `{:l}` gives
/// "5.1.1 Bad destination mailbox address" (the most specific text of the
/// current registry edition); fill, alignment and width as for strings.
/// ```
/// fmt::print("[{:>8}] {:l}\n", code, code);
/// ```
template <typename Char>
struct fmt::formatter<smtp_status::status_code, Char> {
  /// Reads `[[fill]align][width][type]`; an invalid one is a format error,
  /// at compile time where fmt checks the format string.
  template <typename ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto r = smtp_status::detail::parse_format_spec(
        ctx.begin(), ctx.end(), spec_, true);
    if (r.error != nullptr) FMT_THROW(fmt::format_error(r.error));
    return r.end;
  }

  /// Writes the code, or the code and its text, padded.
  template <typename FormatContext>
  auto format(smtp_status::status_code code, FormatContext& ctx) const
      -> decltype(ctx.out()) {
    const auto text = smtp_status::to_code_string(code);
    const std::string_view meaning =
        spec_.long_form ? smtp_status::lookup(code).text() : std::string_view{};
    const std::string_view pieces[] = {text.view(), meaning.empty() ? "" : " ",
                                       meaning};
    return smtp_status::detail::write_padded(ctx.out(), spec_, pieces);
  }

 private:
  smtp_status::detail::format_spec<Char> spec_;
};

/// Formats a reply code such as "550": `{}` or `{:s}`, with fill, alignment
/// and width as for strings.
template <typename Char>
struct fmt::formatter<smtp_status::reply_code, Char> {
  /// Reads `[[fill]align][width][s]`; anything else is a format error.
  template <typename ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto r = smtp_status::detail::parse_format_spec(
        ctx.begin(), ctx.end(), spec_, false);
    if (r.error != nullptr) FMT_THROW(fmt::format_error(r.error));
    return r.end;
  }

  /// Writes the three digits, padded.
  template <typename FormatContext>
  auto format(smtp_status::reply_code code, FormatContext& ctx) const
      -> decltype(ctx.out()) {
    char digits[3] = {};
    smtp_status::to_chars(digits, digits + 3, code);
    const std::string_view pieces[] = {std::string_view(digits, 3)};
    return smtp_status::detail::write_padded(ctx.out(), spec_, pieces);
  }

 private:
  smtp_status::detail::format_spec<Char> spec_;
};

#endif  // SMTP_STATUS_FMT_HPP_INCLUDED
