# SPDX-License-Identifier: BSL-1.0
# The opt-in integrations: {fmt}, std::format (also with Clang 16 and libc++
# when they are installed), iostreams and std::error_code.

# {fmt}: test_fmt links the library; without it the test is disabled.
find_package(fmt QUIET)
if(TARGET test_fmt)
  if(fmt_FOUND)
    target_link_libraries(test_fmt PRIVATE fmt::fmt)
  else()
    message(STATUS "smtp_status: fmt not found, test_fmt is disabled")
    set_target_properties(test_fmt PROPERTIES EXCLUDE_FROM_ALL TRUE)
    set_tests_properties(test_fmt PROPERTIES DISABLED TRUE)
  endif()
endif()

# std::error_code: a second translation unit checks that both see the same
# category objects.
if(TARGET test_error_code)
  target_sources(test_error_code PRIVATE
                 ${CMAKE_CURRENT_SOURCE_DIR}/error_code_second_tu.cpp)
endif()

# Format strings the formatters must refuse at compile time: the control
# build of integrations/misuse.cpp compiles and runs; each misuse, built on
# demand by its test, must fail with the formatter's format error.
function(smtp_status_misuse_tests kind macro libs throw_regex)
  set(source ${CMAKE_CURRENT_SOURCE_DIR}/integrations/misuse.cpp)
  add_executable(${kind}_misuse_control ${source})
  target_link_libraries(${kind}_misuse_control PRIVATE
                        smtp_status::smtp_status ${libs})
  target_compile_definitions(${kind}_misuse_control PRIVATE ${macro})
  smtp_status_warnings(${kind}_misuse_control)
  add_test(NAME ${kind}_misuse_control COMMAND ${kind}_misuse_control)
  foreach(misuse UNKNOWN_TYPE REPLY_LONG_FORM PRECISION)
    string(TOLOWER ${misuse} name)
    set(target ${kind}_misuse_${name})
    add_executable(${target} EXCLUDE_FROM_ALL ${source})
    target_link_libraries(${target} PRIVATE smtp_status::smtp_status ${libs})
    target_compile_definitions(${target} PRIVATE ${macro}
                               SMTP_STATUS_MISUSE_${misuse})
    add_test(NAME ${kind}_rejects_${name}_at_compile_time
      COMMAND ${CMAKE_COMMAND} --build ${PROJECT_BINARY_DIR}
              --target ${target} --config $<CONFIG>)
    # Passes only on the formatter's own error, whatever the exit status.
    set_tests_properties(${kind}_rejects_${name}_at_compile_time PROPERTIES
      PASS_REGULAR_EXPRESSION "${throw_regex}")
  endforeach()
endfunction()

if(fmt_FOUND)
  # The examples of docs/integrations.md print exactly what it shows.
  add_executable(integration_examples
                 ${CMAKE_CURRENT_SOURCE_DIR}/integrations/examples.cpp)
  target_link_libraries(integration_examples PRIVATE smtp_status::smtp_status
                                                     fmt::fmt)
  smtp_status_warnings(integration_examples)
  add_test(NAME integration_examples
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:integration_examples>
      -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/integrations/examples_expected.txt
      -P ${CMAKE_CURRENT_SOURCE_DIR}/integrations/run_examples.cmake)

  smtp_status_misuse_tests(fmt SMTP_STATUS_MISUSE_FMT fmt::fmt
                           "FMT_THROW\\(fmt::format_error\\(r\\.error\\)\\)")
endif()

# std::format with the main toolchain, where it has <format>.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_INCLUDES ${PROJECT_SOURCE_DIR}/include)
check_cxx_source_compiles([[
#include "smtp_status/config.hpp"
#if !SMTP_STATUS_HAS_STD_FORMAT
#error no std::format
#endif
int main() {}
]] SMTP_STATUS_TEST_HAS_STD_FORMAT)
unset(CMAKE_REQUIRED_INCLUDES)
if(SMTP_STATUS_TEST_HAS_STD_FORMAT)
  smtp_status_misuse_tests(std_format SMTP_STATUS_MISUSE_STD ""
                           "throw std::format_error\\(r\\.error\\)")
endif()

# std::format with Clang 16 and libc++, built as a separate project. It is
# slow (a second toolchain), so a CI matrix runs it in one configuration.
option(SMTP_STATUS_TEST_LIBCXX
       "Test std::format with clang++-16 and libc++ where they exist" ON)
if(SMTP_STATUS_TEST_LIBCXX)
  find_program(SMTP_STATUS_CLANGXX_16 NAMES clang++-16)
  add_test(NAME std_format_clang16_libcxx
    COMMAND ${CMAKE_COMMAND}
      -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/std_format_clang16_libcxx
      -DCXX=${SMTP_STATUS_CLANGXX_16}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/integrations/run_std_format.cmake)
  set_tests_properties(std_format_clang16_libcxx PROPERTIES
    SKIP_REGULAR_EXPRESSION "skipped:" TIMEOUT 1200)
endif()
