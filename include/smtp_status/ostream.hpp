// SPDX-License-Identifier: BSL-1.0
// smtp_status: stream output of status codes and reply codes, opt-in so that
// the core headers stay free of <ostream>.

#ifndef SMTP_STATUS_OSTREAM_HPP_INCLUDED
#define SMTP_STATUS_OSTREAM_HPP_INCLUDED

#include <ostream>

#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// Writes the canonical form of `code`, such as "5.1.1", honouring the
/// stream's width, fill and adjustment as a string would.
/// ```
/// std::cout << std::setw(8) << smtp_status::parse("5.1.1").code;
/// // "   5.1.1"
/// ```
template <typename CharT, typename Traits>
std::basic_ostream<CharT, Traits>& operator<<(
    std::basic_ostream<CharT, Traits>& os, status_code code) {
  return os << smtp_status::to_code_string(code).c_str();
}

/// Writes the three digits of `code`, such as "550", honouring the stream's
/// width, fill and adjustment as a string would.
template <typename CharT, typename Traits>
std::basic_ostream<CharT, Traits>& operator<<(
    std::basic_ostream<CharT, Traits>& os, reply_code code) {
  char text[4] = {};
  smtp_status::to_chars(text, text + 3, code);
  return os << static_cast<const char*>(text);
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_OSTREAM_HPP_INCLUDED
