// SPDX-License-Identifier: BSL-1.0
// smtp_status: std::formatter for status codes and reply codes where the
// standard library has <format>; elsewhere this header declares nothing.

#ifndef SMTP_STATUS_FORMAT_HPP_INCLUDED
#define SMTP_STATUS_FORMAT_HPP_INCLUDED

#include "smtp_status/config.hpp"

#if SMTP_STATUS_HAS_STD_FORMAT

#include <format>
#include <string_view>

#include "smtp_status/detail/format_spec.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

/// Formats a status code: `{}` or `{:s}` gives "5.1.1", `{:l}` gives
/// "5.1.1 Bad destination mailbox address" (the most specific text of the
/// current registry edition); fill, alignment and width as for strings.
/// ```
/// std::string s = std::format("[{:>8}] {:l}", code, code);
/// ```
template <typename CharT>
struct std::formatter<smtp_status::status_code, CharT> {
  /// Reads `[[fill]align][width][type]`; an invalid one is a format error,
  /// at compile time for a checked format string.
  constexpr typename std::basic_format_parse_context<CharT>::iterator parse(
      std::basic_format_parse_context<CharT>& ctx) {
    const auto r = smtp_status::detail::parse_format_spec(
        ctx.begin(), ctx.end(), spec_, true);
    if (r.error != nullptr) throw std::format_error(r.error);
    return r.end;
  }

  /// Writes the code, or the code and its text, padded.
  template <typename FormatContext>
  typename FormatContext::iterator format(smtp_status::status_code code,
                                          FormatContext& ctx) const {
    const auto text = smtp_status::to_code_string(code);
    const std::string_view meaning =
        spec_.long_form ? smtp_status::lookup(code).text() : std::string_view{};
    const std::string_view pieces[] = {text.view(), meaning.empty() ? "" : " ",
                                       meaning};
    return smtp_status::detail::write_padded(ctx.out(), spec_, pieces);
  }

 private:
  smtp_status::detail::format_spec<CharT> spec_;
};

/// Formats a reply code such as "550": `{}` or `{:s}`, with fill, alignment
/// and width as for strings.
template <typename CharT>
struct std::formatter<smtp_status::reply_code, CharT> {
  /// Reads `[[fill]align][width][s]`; anything else is a format error.
  constexpr typename std::basic_format_parse_context<CharT>::iterator parse(
      std::basic_format_parse_context<CharT>& ctx) {
    const auto r = smtp_status::detail::parse_format_spec(
        ctx.begin(), ctx.end(), spec_, false);
    if (r.error != nullptr) throw std::format_error(r.error);
    return r.end;
  }

  /// Writes the three digits, padded.
  template <typename FormatContext>
  typename FormatContext::iterator format(smtp_status::reply_code code,
                                          FormatContext& ctx) const {
    char digits[3] = {};
    smtp_status::to_chars(digits, digits + 3, code);
    const std::string_view pieces[] = {std::string_view(digits, 3)};
    return smtp_status::detail::write_padded(ctx.out(), spec_, pieces);
  }

 private:
  smtp_status::detail::format_spec<CharT> spec_;
};

#endif  // SMTP_STATUS_HAS_STD_FORMAT

#endif  // SMTP_STATUS_FORMAT_HPP_INCLUDED
