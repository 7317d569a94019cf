// SPDX-License-Identifier: BSL-1.0
// The fmt, iostream and std::error_code examples of docs/integrations.md,
// section by section; the test integration_examples compares what this
// prints with examples_expected.txt.
#include <iomanip>
#include <iostream>
#include <system_error>

#include "smtp_status/error_code.hpp"
#include "smtp_status/fmt.hpp"
#include "smtp_status/ostream.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace {

void fmt_example() {
  const auto code = smtp_status::parse("5.1.1").code;
  const auto reply = *smtp_status::reply_code::from_number(550);
  fmt::print("[{}] [{:>10}] [{:*^12}] [{:<6}]\n", code, code, code, reply);
  fmt::print("{} {:l}\n", reply, code);
  fmt::print("{:l}\n", smtp_status::parse("5.7.606").code);  // subject only
  fmt::print("{:l}\n", smtp_status::parse("4.9.1").code);    // class only
  fmt::print("[{:.^40l}]\n", smtp_status::parse("4.2.2").code);
  try {
    fmt::print(fmt::runtime("{:x}"), code);
  } catch (const fmt::format_error& e) {
    fmt::print("format_error: {}\n", e.what());
  }
}

void ostream_example() {
  const auto code = smtp_status::parse("4.7.1").code;
  const auto reply = *smtp_status::reply_code::from_number(451);
  std::cout << reply << ' ' << code << '\n';
  std::cout << '[' << std::setw(8) << code << "] [" << std::left << std::setw(8)
            << code << "]\n";
}

void error_code_example() {
  const std::error_code ec = make_error_code(smtp_status::parse("4.2.2").code);
  std::cout << ec.category().name() << ' ' << ec.value() << '\n';
  std::cout << ec.message() << '\n';
  std::cout << ec << '\n';
  std::cout << std::boolalpha << (ec == smtp_status::condition::transient)
            << ' ' << (ec == smtp_status::condition::permanent) << '\n';
  std::cout << ec.default_error_condition().message() << '\n';
  if (const auto code = smtp_status::to_status_code(ec)) {
    std::cout << "back: " << *code << '\n';
  }
  const auto other =
      smtp_status::to_status_code(std::make_error_code(std::errc::timed_out));
  std::cout << "from another category: " << other.has_value() << '\n';
}

}  // namespace

int main() {
  std::cout << "== fmt" << std::endl;
  fmt_example();
  std::cout << "== ostream\n";
  ostream_example();
  std::cout << "== error_code\n";
  error_code_example();
}
