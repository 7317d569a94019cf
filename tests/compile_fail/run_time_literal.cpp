// SPDX-License-Identifier: BSL-1.0
// Where the _esc literal is only constexpr (C++17), an invalid one outside a
// constant expression is evaluated at run time; it must end the program
// through std::terminate rather than give a code.
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "smtp_status/literals.hpp"

int main() {
  std::set_terminate([] {
    std::puts("an invalid literal ended the program");
    std::fflush(stdout);
    std::_Exit(0);
  });
  using namespace smtp_status::literals;
  const auto code = "5.01.1"_esc;
  std::printf("an invalid literal gave the code %u.%u.%u\n", code.class_digit(),
              code.subject(), code.detail());
  return 1;
}
