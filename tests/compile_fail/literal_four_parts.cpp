// SPDX-License-Identifier: BSL-1.0
// Must not compile: an _esc literal with a fourth part. Without
// SMTP_STATUS_COMPILE_FAIL the same file holds a valid literal and must build.
#include "smtp_status/literals.hpp"

using namespace smtp_status::literals;

#ifdef SMTP_STATUS_COMPILE_FAIL
constexpr auto code = "5.1.1.1"_esc;
#else
constexpr auto code = "5.1.1"_esc;
#endif

static_assert(code.class_digit() != 0);
