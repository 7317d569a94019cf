// SPDX-License-Identifier: BSL-1.0
// Format strings the formatters must refuse at compile time. Built as is, it
// uses only valid specifications and must compile and run; built with one
// of the SMTP_STATUS_MISUSE_* macros, it must fail to compile. Define
// SMTP_STATUS_MISUSE_FMT or SMTP_STATUS_MISUSE_STD to pick the library.
#include <cstdio>
#include <string>

#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

#if defined(SMTP_STATUS_MISUSE_STD)
#include <format>

#include "smtp_status/format.hpp"
#define SMTP_STATUS_FORMAT(...) std::format(__VA_ARGS__)
#define SMTP_STATUS_SPEC(s) s
#elif defined(SMTP_STATUS_MISUSE_FMT)
#include "smtp_status/fmt.hpp"
#define SMTP_STATUS_FORMAT(...) fmt::format(__VA_ARGS__)
#define SMTP_STATUS_SPEC(s) FMT_STRING(s)
#else
#error "define SMTP_STATUS_MISUSE_FMT or SMTP_STATUS_MISUSE_STD"
#endif

int main() {
  const auto code = smtp_status::parse("5.1.1").code;
  const auto reply = *smtp_status::reply_code::from_number(550);
#if defined(SMTP_STATUS_MISUSE_UNKNOWN_TYPE)
  const std::string s = SMTP_STATUS_FORMAT(SMTP_STATUS_SPEC("{:q}"), code);
#elif defined(SMTP_STATUS_MISUSE_REPLY_LONG_FORM)
  const std::string s = SMTP_STATUS_FORMAT(SMTP_STATUS_SPEC("{:l}"), reply);
#elif defined(SMTP_STATUS_MISUSE_PRECISION)
  const std::string s = SMTP_STATUS_FORMAT(SMTP_STATUS_SPEC("{:.2}"), code);
#else
  const std::string s = SMTP_STATUS_FORMAT(
      SMTP_STATUS_SPEC("{:>7} {:l} {:*^5}"), code, code, reply);
#endif
  std::puts(s.c_str());
  return s == "  5.1.1 5.1.1 Bad destination mailbox address *550*" ? 0 : 1;
}
