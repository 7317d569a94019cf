// SPDX-License-Identifier: BSL-1.0
// smtp_status: std::string conveniences, kept apart so that the core
// headers need not include <string>.

#ifndef SMTP_STATUS_STRING_HPP_INCLUDED
#define SMTP_STATUS_STRING_HPP_INCLUDED

#include <string>

#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// The canonical text of `code` as a `std::string`, such as "5.1.1".
/// ```
/// std::string s = to_string(smtp_status::parse("4.7.1").code);  // "4.7.1"
/// ```
/// The text has at most 9 characters, within the small-string buffer of
/// common standard libraries; only a failed allocation can throw.
[[nodiscard]] inline std::string to_string(status_code code) {
  return std::string{smtp_status::to_code_string(code).view()};
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_STRING_HPP_INCLUDED
