# SPDX-License-Identifier: BSL-1.0
# The core headers never include {fmt} or <format>: each is compiled alone by
# the test core_headers_include_no_fmt_or_format. A control shows that the
# guards it checks are the ones {fmt} defines. (<format>'s are checked with
# Clang 16 and libc++ by std_format_clang16_libcxx, as GCC 12 has none.)
include(${CMAKE_CURRENT_SOURCE_DIR}/integrations/core_headers.cmake)
smtp_status_core_isolation(smtp_status_core_isolation
                           ${PROJECT_SOURCE_DIR}/include)
add_test(NAME core_headers_include_no_fmt_or_format
  COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR}
          --target smtp_status_core_isolation --config $<CONFIG>)

find_package(fmt QUIET)
if(fmt_FOUND)
  file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/core_isolation_control.cpp
       CONTENT [[
#include "smtp_status/fmt.hpp"
#if !defined(FMT_VERSION) || !(defined(FMT_CORE_H_) || defined(FMT_BASE_H_))
#error "the guards core_headers_include_no_fmt_or_format checks are wrong"
#endif
]])
  add_library(smtp_status_core_isolation_control OBJECT
              ${CMAKE_CURRENT_BINARY_DIR}/core_isolation_control.cpp)
  target_link_libraries(smtp_status_core_isolation_control PRIVATE
                        smtp_status::smtp_status fmt::fmt)
endif()
