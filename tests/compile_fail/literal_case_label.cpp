// SPDX-License-Identifier: BSL-1.0
// Must not compile: an invalid _esc literal in a case label, a constant
// expression in C++17 too. Without SMTP_STATUS_COMPILE_FAIL it must build.
#include "smtp_status/literals.hpp"

using namespace smtp_status::literals;

int advice(smtp_status::status_code c) {
  switch (c.packed()) {
    case "5.1.1"_esc.packed():
      return 1;
#ifdef SMTP_STATUS_COMPILE_FAIL
    case "4.2.02"_esc.packed():
      return 2;
#else
    case "4.2.2"_esc.packed():
      return 2;
#endif
    default:
      return 0;
  }
}
