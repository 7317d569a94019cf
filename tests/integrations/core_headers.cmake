# SPDX-License-Identifier: BSL-1.0
# smtp_status_header_probes(<target> <include dir> SKIP <header>...
#                           CHECK <text>): an object library, built only on
# demand, of one translation unit per public header but those skipped, each
# including the header and then <text>, in which @header@ names it.
function(smtp_status_header_probes target include_dir)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "CHECK" "SKIP")
  file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE ${include_dir}
       ${include_dir}/smtp_status/*.hpp)
  set(sources)
  foreach(header IN LISTS headers)
    if(header IN_LIST arg_SKIP)
      continue()
    endif()
    string(MAKE_C_IDENTIFIER ${header} id)
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${target}/${id}.cpp)
    file(CONFIGURE OUTPUT ${source}
         CONTENT "#include \"@header@\"\n${arg_CHECK}" @ONLY)
    list(APPEND sources ${source})
  endforeach()
  add_library(${target} OBJECT EXCLUDE_FROM_ALL ${sources})
  target_link_libraries(${target} PRIVATE smtp_status::smtp_status)
endfunction()

# smtp_status_core_isolation(<target> <include dir>): the probes of every
# core header (every public header but the opt-in integrations), each
# failing to compile if the header brought in {fmt} or <format>.
function(smtp_status_core_isolation target include_dir)
  # The guards: {fmt} 9 to 11 (core.h, format.h, base.h), libstdc++'s,
  # libc++'s and Microsoft's <format>.
  smtp_status_header_probes(${target} ${include_dir}
    SKIP smtp_status/fmt.hpp smtp_status/format.hpp smtp_status/ostream.hpp
         smtp_status/error_code.hpp smtp_status/string.hpp
    CHECK [[
#if defined(FMT_VERSION) || defined(FMT_CORE_H_) || defined(FMT_FORMAT_H_) || \
    defined(FMT_BASE_H_)
#error "@header@ includes {fmt}"
#endif
#if defined(_GLIBCXX_FORMAT) || defined(_LIBCPP_FORMAT) || defined(_FORMAT_)
#error "@header@ includes <format>"
#endif
]])
endfunction()
