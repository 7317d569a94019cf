// SPDX-License-Identifier: BSL-1.0
// A program that uses the installed or embedded library as a user would.
#include <smtp_status/status_code.hpp>
#include <smtp_status/version.hpp>

#include <cstdio>

int main() {
  constexpr auto r = smtp_status::parse("5.1.1");
  static_assert(r.ok(), "5.1.1 parses at compile time");
  const auto text = smtp_status::to_code_string(r.code);
  std::printf("%s %d\n", text.c_str(), SMTP_STATUS_VERSION);
  return text.view() == "5.1.1" ? 0 : 1;
}
