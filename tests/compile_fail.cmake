# SPDX-License-Identifier: BSL-1.0
# Must-not-compile tests for the _esc literal, built with the configured
# CMAKE_CXX_STANDARD. Each tests/compile_fail/literal_<case>.cpp becomes two
# object libraries left out of `all`: one with SMTP_STATUS_COMPILE_FAIL
# defined, whose build must fail with the compiler naming the error's
# function (detail::esc_literal_error_<reason>), and one without, whose
# build must succeed. The second proves that the file fails for that reason
# alone and that the harness can tell a build that works.
include(CheckCXXSourceCompiles)

# Whether this compiler and standard make the literal consteval.
set(CMAKE_REQUIRED_INCLUDES "${PROJECT_SOURCE_DIR}/include")
set(CMAKE_REQUIRED_QUIET ON)
check_cxx_source_compiles([[
#include "smtp_status/config.hpp"
#if !SMTP_STATUS_HAS_CONSTEVAL
#error "the _esc literal is constexpr here"
#endif
int main() { return 0; }
]] SMTP_STATUS_TEST_CONSTEVAL_LITERAL_CXX${CMAKE_CXX_STANDARD})
unset(CMAKE_REQUIRED_INCLUDES)
unset(CMAKE_REQUIRED_QUIET)
set(smtp_status_consteval_literal
    ${SMTP_STATUS_TEST_CONSTEVAL_LITERAL_CXX${CMAKE_CXX_STANDARD}})

# <case>:<reason>, the reason being a parse_error enumerator.
set(smtp_status_compile_fail_cases
  empty:empty
  class_three:bad_class
  class_two_digits:class_too_many_digits
  comma:missing_dot
  no_subject:no_digits
  sign:no_digits
  subject_1000:too_many_digits
  leading_zero:leading_zero
  trailing_space:trailing_characters
  four_parts:trailing_characters
  two_parts:incomplete
  nul:trailing_characters
  case_label:leading_zero)
if(smtp_status_consteval_literal)
  list(APPEND smtp_status_compile_fail_cases run_time_context:leading_zero)
endif()

foreach(entry IN LISTS smtp_status_compile_fail_cases)
  string(REPLACE ":" ";" entry "${entry}")
  list(GET entry 0 case)
  list(GET entry 1 reason)
  set(source ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/literal_${case}.cpp)
  foreach(variant fail control)
    set(target smtp_status_compile_${variant}_${case})
    add_library(${target} OBJECT EXCLUDE_FROM_ALL ${source})
    target_link_libraries(${target} PRIVATE smtp_status::smtp_status)
    smtp_status_warnings(${target})
    set(test status_code.literal_${variant}.${case})
    add_test(NAME ${test}
             COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR}
                     --target ${target} --config $<CONFIG>)
    # Builds of one tree must not run side by side.
    set_tests_properties(${test} PROPERTIES
      RESOURCE_LOCK smtp_status_build_tree
      LABELS compile_fail)
  endforeach()
  target_compile_definitions(smtp_status_compile_fail_${case} PRIVATE
    SMTP_STATUS_COMPILE_FAIL)
  # The output must name the reason; the exit status is not enough, since
  # any mistake in the file would fail the build as well.
  set_tests_properties(status_code.literal_fail.${case} PROPERTIES
    PASS_REGULAR_EXPRESSION "esc_literal_error_${reason}")
endforeach()

# Where the literal is only constexpr, an invalid one outside a constant
# expression runs: it must end the program, not give a code.
if(NOT smtp_status_consteval_literal)
  add_executable(smtp_status_run_time_literal
    ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/run_time_literal.cpp)
  target_link_libraries(smtp_status_run_time_literal PRIVATE
    smtp_status::smtp_status)
  smtp_status_warnings(smtp_status_run_time_literal)
  add_test(NAME status_code.literal_run_time_terminates
           COMMAND smtp_status_run_time_literal)
  set_tests_properties(status_code.literal_run_time_terminates PROPERTIES
    PASS_REGULAR_EXPRESSION "an invalid literal ended the program"
    FAIL_REGULAR_EXPRESSION "gave the code")
endif()
