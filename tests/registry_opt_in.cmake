# SPDX-License-Identifier: BSL-1.0
# The 2008-09-05 registry edition is opt-in: no public header but
# registry_2008.hpp (and the generated table itself) brings in its table, so
# the umbrella and registry.hpp do not pay to compile it. The test
# headers_leave_out_the_2008_registry builds one translation unit per
# header, each failing to compile if the table's include guard is defined.
# A control shows that registry_2008.hpp defines that guard.
include(${CMAKE_CURRENT_SOURCE_DIR}/integrations/core_headers.cmake)
find_package(fmt QUIET)
set(smtp_status_no_2008 smtp_status/registry_2008.hpp
    smtp_status/generated/iana_2008_09_05.hpp)
if(NOT fmt_FOUND)
  list(APPEND smtp_status_no_2008 smtp_status/fmt.hpp)
endif()
smtp_status_header_probes(smtp_status_registry_opt_in
  ${PROJECT_SOURCE_DIR}/include
  SKIP ${smtp_status_no_2008}
  CHECK [[
#ifdef SMTP_STATUS_GENERATED_IANA_2008_09_05_HPP_INCLUDED
#error "@header@ includes the 2008-09-05 registry edition"
#endif
]])
if(fmt_FOUND)
  target_link_libraries(smtp_status_registry_opt_in PRIVATE fmt::fmt)
endif()
smtp_status_warnings(smtp_status_registry_opt_in)
add_test(NAME headers_leave_out_the_2008_registry
  COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR}
          --target smtp_status_registry_opt_in --config $<CONFIG>)

file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/registry_opt_in_control.cpp
     CONTENT [[
#include "smtp_status/registry_2008.hpp"
#ifndef SMTP_STATUS_GENERATED_IANA_2008_09_05_HPP_INCLUDED
#error "the guard headers_leave_out_the_2008_registry checks is wrong"
#endif
static_assert(smtp_status::registries::iana_2008_09_05.name() ==
                  "IANA 2008-09-05",
              "registry_2008.hpp gives the 2008-09-05 edition");
]])
add_library(smtp_status_registry_opt_in_control OBJECT
            ${CMAKE_CURRENT_BINARY_DIR}/registry_opt_in_control.cpp)
target_link_libraries(smtp_status_registry_opt_in_control PRIVATE
                      smtp_status::smtp_status)
smtp_status_warnings(smtp_status_registry_opt_in_control)
