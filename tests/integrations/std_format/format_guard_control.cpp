// SPDX-License-Identifier: BSL-1.0
// Shows that the <format> guards the core-isolation check looks for are the
// ones this standard library defines: smtp_status/format.hpp sets one.
#include "smtp_status/format.hpp"

#if !defined(_GLIBCXX_FORMAT) && !defined(_LIBCPP_FORMAT) && !defined(_FORMAT_)
#error "the <format> guards of the core-isolation check are wrong"
#endif
