// SPDX-License-Identifier: BSL-1.0
// Must not compile where the literal is consteval (C++20): an invalid _esc
// literal outside any constant expression. Without SMTP_STATUS_COMPILE_FAIL
// it must build.
#include "smtp_status/literals.hpp"

using namespace smtp_status::literals;

unsigned subject_of_literal() {
#ifdef SMTP_STATUS_COMPILE_FAIL
  const auto code = "5.1.001"_esc;
#else
  const auto code = "5.1.1"_esc;
#endif
  return code.subject();
}
