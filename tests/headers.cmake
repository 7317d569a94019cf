# SPDX-License-Identifier: BSL-1.0
# Every public header compiles on its own (and twice, for its include
# guard), with the project's warnings: one translation unit per header.
file(GLOB_RECURSE smtp_status_public_headers CONFIGURE_DEPENDS
     RELATIVE ${PROJECT_SOURCE_DIR}/include
     ${PROJECT_SOURCE_DIR}/include/smtp_status/*.hpp)
find_package(fmt QUIET)
set(smtp_status_header_sources)
foreach(header IN LISTS smtp_status_public_headers)
  if(header STREQUAL "smtp_status/fmt.hpp" AND NOT fmt_FOUND)
    continue()
  endif()
  string(MAKE_C_IDENTIFIER ${header} id)
  set(source ${CMAKE_CURRENT_BINARY_DIR}/headers/${id}.cpp)
  file(CONFIGURE OUTPUT ${source} CONTENT
       "#include \"${header}\"\n#include \"${header}\"\n")
  list(APPEND smtp_status_header_sources ${source})
endforeach()
add_library(smtp_status_header_check OBJECT ${smtp_status_header_sources})
target_link_libraries(smtp_status_header_check PRIVATE
                      smtp_status::smtp_status)
if(fmt_FOUND)
  target_link_libraries(smtp_status_header_check PRIVATE fmt::fmt)
endif()
smtp_status_warnings(smtp_status_header_check)
