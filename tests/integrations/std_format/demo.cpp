// SPDX-License-Identifier: BSL-1.0
// The std::format examples of docs/integrations.md; run.cmake compares what
// this prints with expected.txt.
#include <cstdio>
#include <format>
#include <string>

#include "smtp_status/format.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

static_assert(SMTP_STATUS_HAS_STD_FORMAT, "this toolchain has <format>");

int main() {
  const auto code = smtp_status::parse("5.1.1").code;
  const auto reply = *smtp_status::reply_code::from_number(550);
  std::string out;
  out += std::format("[{}] [{:>10}] [{:*^12}]\n", code, code, code);
  out += std::format("{} {:l}\n", reply, code);
  out += std::format("{:l}\n", smtp_status::parse("4.7.606").code);
  out += std::format("{:l}\n", smtp_status::parse("5.9.1").code);
  out += std::format("[{:-^40l}]\n", smtp_status::parse("4.2.2").code);
  std::fputs(out.c_str(), stdout);
}
