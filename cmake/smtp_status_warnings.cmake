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
    if(SMTP_STATUS_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
