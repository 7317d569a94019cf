# SPDX-License-Identifier: BSL-1.0
# Warnings for the project's own targets (tests, tools, benchmarks): never
# put on the library's INTERFACE, so users' builds keep their own flags.
function(smtp_status_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
    if(SMTP_STATUS_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
    # GCC 12 at -O2 in C++20 reports std::string's own copies as
    # overlapping (-Wrestrict, GCC bug 105329), in the tests' use of
    # std::string; fixed in GCC 13.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND
       CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(SMTP_STATUS_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
