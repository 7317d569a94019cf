# SPDX-License-Identifier: BSL-1.0
# The 2008-09-05 registry edition is opt-in: no public header but
# registry_2008.hpp (and the generated table itself) brings in its table, so
# the umbrella and registry.hpp do not pay to compile it. The test
# headers_leave_out_the_2008_registry builds one translation unit per
# header, each failing to compile if the table's include guard is defined.
# A control shows that registry_2008.hpp defines that guard.
file(GLOB_RECURSE smtp_status_opt_in_headers CONFIGURE_DEPENDS
     RELATIVE ${PROJECT_SOURCE_DIR}/include
     ${PROJECT_SOURCE_DIR}/include/smtp_status/*.hpp)
find_package(fmt QUIET)
set(smtp_status_opt_in_sources)
foreach(header IN LISTS smtp_status_opt_in_headers)
  if(header STREQUAL "smtp_status/registry_2008.hpp"
     OR header STREQUAL "smtp_status/generated/iana_2008_09_05.hpp"
     OR (header STREQUAL "smtp_status/fmt.hpp" AND NOT fmt_FOUND))
    continue()
  endif()
  string(MAKE_C_IDENTIFIER ${header} id)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/registry_opt_in/${id}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT [[
#include "@header@"
#ifdef SMTP_STATUS_GENERATED_IANA_2008_09_05_HPP_INCLUDED
#error "@header@ includes the 2008-09-05 registry edition"
#endif
]] @ONLY)
  list(APPEND smtp_status_opt_in_sources ${source})
endforeach()
add_library(smtp_status_registry_opt_in OBJECT EXCLUDE_FROM_ALL
            ${smtp_status_opt_in_sources})
target_link_libraries(smtp_status_registry_opt_in PRIVATE
                      smtp_status::smtp_status)
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
