# SPDX-License-Identifier: BSL-1.0
# The smtp-status program: its output for the example bounces against
# reviewed expected files, its JSON read back and checked field by field,
# and every exit status. Built only where the program is.
# The driver script passes empty arguments through cmake_language(EVAL).
if(NOT SMTP_STATUS_BUILD_TOOLS OR CMAKE_VERSION VERSION_LESS 3.18 OR
   NOT EXISTS "${PROJECT_SOURCE_DIR}/tools/smtp-status/CMakeLists.txt")
  return()
endif()
find_package(nlohmann_json 3.9 QUIET)
if(NOT nlohmann_json_FOUND)
  return()
endif()

set(smtp_status_cli_dir ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(smtp_status_examples ${PROJECT_SOURCE_DIR}/examples/bounces.txt)

# smtp_status_cli_test(NAME EXIT <status> ARGS <arg>... [ARGS_FILE <file>]
#                      [INPUT <file>] [CRLF] [EXPECTED <file>]
#                      [STDERR <regex>] [STDOUT <regex>])
# ARGS_FILE: more arguments, one per line, \r and \n standing for CR and LF.
function(smtp_status_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 t "CRLF"
                        "EXIT;ARGS_FILE;INPUT;EXPECTED;STDERR;STDOUT" "ARGS")
  string(REPLACE ";" "|" args "${t_ARGS}")
  set(defs -DTOOL=$<TARGET_FILE:smtp-status> "-DARGS=${args}" -DEXIT=${t_EXIT}
           -DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/cli_${name}.actual)
  if(t_ARGS_FILE)
    list(APPEND defs -DARGS_FILE=${t_ARGS_FILE})
  endif()
  if(t_INPUT)
    list(APPEND defs -DINPUT=${t_INPUT})
  endif()
  if(t_CRLF)
    list(APPEND defs -DCRLF=ON)
  endif()
  if(t_EXPECTED)
    list(APPEND defs -DEXPECTED=${t_EXPECTED})
  endif()
  if(DEFINED t_STDERR)
    list(APPEND defs "-DSTDERR=${t_STDERR}")
  endif()
  if(DEFINED t_STDOUT)
    list(APPEND defs "-DSTDOUT=${t_STDOUT}")
  endif()
  add_test(NAME cli_${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${smtp_status_cli_dir}/run.cmake)
endfunction()

# The example file, as text and as JSON Lines, equal to the reviewed
# outputs; with CR LF line ends the output is the same. Its reply cut
# before its last line is explained as far as it goes and rejected.
set(smtp_status_cut_reply "^smtp-status: explain: line 36 \"450-4\\.2\\.1 450-4\\.2\\.1 The recipient is get\\.\\.\\.\": incomplete reply: the last line is a continuation \\(line 38\\)\n$")
smtp_status_cli_test(explains_the_example_bounces_as_text EXIT 1
  ARGS explain INPUT ${smtp_status_examples}
  EXPECTED ${smtp_status_cli_dir}/bounces.expected.txt
  STDERR "${smtp_status_cut_reply}")
smtp_status_cli_test(explains_the_example_bounces_as_json_lines EXIT 1
  ARGS explain --json INPUT ${smtp_status_examples}
  EXPECTED ${smtp_status_cli_dir}/bounces.expected.jsonl
  STDERR "${smtp_status_cut_reply}")
smtp_status_cli_test(reads_crlf_input_as_lf_input EXIT 1
  ARGS explain INPUT ${smtp_status_examples} CRLF
  EXPECTED ${smtp_status_cli_dir}/bounces.expected.txt
  STDERR "${smtp_status_cut_reply}")

# Replies from the wild, each one argument with CR LF line ends, read
# reply by reply: a reply then a continuation line cut short ('#-5.1.0-'
# is no code); a reply cut short whose text repeats "450-4.2.1"; a reply
# code that changes before the last line; a blank line between replies;
# the reply code 401, which no RFC defines.
smtp_status_cli_test(explains_wild_replies_reply_by_reply EXIT 1
  ARGS explain ARGS_FILE ${smtp_status_cli_dir}/wild.args
  EXPECTED ${smtp_status_cli_dir}/wild.expected.txt
  STDERR "^smtp-status: explain: argument 1, line 2 \"550-#-5\\.1\\.0-Address refused\\.\": incomplete reply: the last line is a continuation \\(line 2\\)\nsmtp-status: explain: argument 2 \"450-4\\.2\\.1 450-4\\.2\\.1 The recipient gets m\\.\\.\\.\": incomplete reply: the last line is a continuation \\(line 3\\)\nsmtp-status: explain: argument 4, line 2 \"\": empty line: no reply code \\(line 2, column 1\\)\n$")

# Exit status 0: success.
smtp_status_cli_test(prints_help_with_exit_0 EXIT 0 ARGS --help
  STDOUT "^Usage: smtp-status COMMAND")
smtp_status_cli_test(prints_help_for_the_help_command EXIT 0 ARGS help
  STDOUT "^Usage: smtp-status COMMAND")
smtp_status_cli_test(prints_help_after_a_command EXIT 0 ARGS lookup --help
  STDOUT "^Usage: smtp-status COMMAND")
smtp_status_cli_test(prints_the_version EXIT 0 ARGS --version
  STDOUT "^smtp-status [0-9]+\\.[0-9]+\\.[0-9]+\nregistry editions: IANA 2024-12-06 \\(current\\), IANA 2008-09-05\n$")
smtp_status_cli_test(looks_up_a_code EXIT 0 ARGS lookup 5.1.1
  STDOUT "^5\\.1\\.1 \\(IANA 2024-12-06\\)\n.*detail +1 Bad destination mailbox address\n")
smtp_status_cli_test(looks_up_in_the_2008_edition EXIT 0
  ARGS lookup --edition 2008 5.7.25
  STDOUT "registry +not registered; most specific: subject \\(IANA 2008-09-05\\)")
smtp_status_cli_test(explains_each_argument EXIT 0
  ARGS explain 5.2.2 "450 4.2.2 Mailbox full"
  STDOUT "^1\\. argument 1: status code\n.*\n2\\. argument 2: SMTP reply, 1 line\n")
smtp_status_cli_test(flags_a_reply_without_code_when_codes_are_expected
  EXIT 0 ARGS explain --expect-codes "550 Invalid recipient"
  STDOUT "\n  flags +enhanced status code missing\n")
smtp_status_cli_test(flags_a_reply_code_no_rfc_defines EXIT 0
  ARGS lookup --reply 401 4.1.3
  STDOUT "\n +reply code not defined by RFC 5321 or RFC 4954, nor listed in the registry\n")
smtp_status_cli_test(knows_the_reply_codes_the_registry_lists EXIT 0
  ARGS explain "521 5.3.2 Host does not accept mail"
  STDOUT "\n  flags +none\n")
smtp_status_cli_test(prints_the_registry EXIT 0 ARGS registry --edition=2008
  STDOUT "^IANA 2008-09-05: .*records +3 classes, 8 subjects, 63 codes\n")

# Exit status 1: an input that cannot be read, named on standard error.
smtp_status_cli_test(rejects_an_input_with_nothing_to_explain EXIT 1
  ARGS explain "no code here"
  STDERR "^smtp-status: explain: argument 1 \"no code here\": no reply code, status code or DSN Status found\n$")
smtp_status_cli_test(rejects_a_broken_continuation_line EXIT 1
  ARGS explain "550-#-5.1.0-Address rejected."
  STDERR "^smtp-status: explain: argument 1 \"550-#-5\\.1\\.0-Address rejected\\.\": incomplete reply: the last line is a continuation \\(line 1\\)\n$")
smtp_status_cli_test(rejects_an_empty_argument EXIT 1 ARGS explain ""
  STDERR "^smtp-status: explain: argument 1 \"\": empty input\n$")
smtp_status_cli_test(names_the_unreadable_line_of_standard_input EXIT 1
  ARGS explain INPUT ${smtp_status_cli_dir}/unreadable.txt
  STDERR "^smtp-status: explain: line 3 \"3a3a3\": no reply code, status code or DSN Status found\n$")
smtp_status_cli_test(rejects_an_invalid_code_for_lookup EXIT 1 ARGS lookup 5.1
  STDERR "^smtp-status: lookup: \"5\\.1\" is not a status code: text ends before the code does \\(column 4\\)\n$")
smtp_status_cli_test(rejects_class_3_for_lookup EXIT 1 ARGS lookup 3.1.1
  STDERR "^smtp-status: lookup: \"3\\.1\\.1\" is not a status code: class is not 2, 4 or 5 \\(column 1\\)\n$")
smtp_status_cli_test(rejects_an_invalid_reply_code EXIT 1
  ARGS lookup --reply 999 5.1.1
  STDERR "^smtp-status: lookup: --reply \"999\" is not a reply code: reply code's first digit is not 2 to 5 \\(column 1\\)\n$")

# Exit status 2: usage errors.
smtp_status_cli_test(wants_a_command EXIT 2 ARGS ""
  STDERR "^smtp-status: no command given\nTry 'smtp-status --help'")
smtp_status_cli_test(rejects_an_unknown_command EXIT 2 ARGS explian
  STDERR "^smtp-status: unknown command \"explian\"")
smtp_status_cli_test(rejects_an_unknown_option EXIT 2 ARGS explain --jsno
  STDERR "^smtp-status: unknown option \"--jsno\" for explain\n")
smtp_status_cli_test(rejects_an_option_of_another_command EXIT 2
  ARGS registry --reply 550
  STDERR "^smtp-status: unknown option \"--reply\" for registry\n")
smtp_status_cli_test(rejects_an_unknown_edition EXIT 2
  ARGS lookup --edition 2010 5.1.1
  STDERR "^smtp-status: unknown edition \"2010\" \\(use 2008 or current\\)\n")
smtp_status_cli_test(wants_a_value_for_edition EXIT 2 ARGS registry --edition
  STDERR "^smtp-status: option --edition needs a value")
smtp_status_cli_test(wants_one_code_for_lookup EXIT 2 ARGS lookup
  STDERR "^smtp-status: lookup takes one status code")
smtp_status_cli_test(rejects_two_codes_for_lookup EXIT 2 ARGS lookup 5.1.1 5.1.2
  STDERR "^smtp-status: lookup takes one status code")
smtp_status_cli_test(rejects_arguments_for_registry EXIT 2 ARGS registry 5.1.1
  STDERR "^smtp-status: registry takes no arguments, found \"5\\.1\\.1\"\n")

# The JSON output read back with nlohmann-json and checked against the
# library's own answers, field by field, for explain, lookup and registry.
add_executable(cli_check_json ${smtp_status_cli_dir}/check_json.cpp
               $<TARGET_OBJECTS:smtp_status_catch_main>)
target_link_libraries(cli_check_json PRIVATE smtp_status::smtp_status
                      Catch2::Catch2 nlohmann_json::nlohmann_json)
target_compile_definitions(cli_check_json PRIVATE
  SMTP_STATUS_TOOL="$<TARGET_FILE:smtp-status>"
  SMTP_STATUS_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
smtp_status_warnings(cli_check_json)
add_dependencies(cli_check_json smtp-status)
add_test(NAME cli_check_json COMMAND cli_check_json)

# The library usage example in examples/, built and run on three replies.
add_executable(example_classify_bounce
               ${PROJECT_SOURCE_DIR}/examples/classify_bounce.cpp)
target_link_libraries(example_classify_bounce PRIVATE smtp_status::smtp_status)
smtp_status_warnings(example_classify_bounce)
function(smtp_status_example_test name)
  cmake_parse_arguments(PARSE_ARGV 1 t "" "EXIT;STDOUT" "ARGS")
  string(REPLACE ";" "|" args "${t_ARGS}")
  add_test(NAME example_classify_bounce_${name}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:example_classify_bounce>
            "-DARGS=${args}" -DEXIT=${t_EXIT} "-DSTDOUT=${t_STDOUT}"
            -DACTUAL=${CMAKE_CURRENT_BINARY_DIR}/example_${name}.actual
            -P ${smtp_status_cli_dir}/run.cmake)
endfunction()
smtp_status_example_test(gives_up_on_an_unknown_user EXIT 0
  ARGS "550 #5.1.1 <user@example.org>: No such user"
  STDOUT "^550 5\\.1\\.1 \\(sent in a reply\\): Bad destination mailbox address\ngive up")
smtp_status_example_test(retries_a_full_mailbox EXIT 0
  ARGS "452 4.2.2 Mailbox full, try again later"
  STDOUT "^452 4\\.2\\.2 \\(sent in a reply\\): Mailbox full\nnote: not listed, fits stated use\nkeep the message")
smtp_status_example_test(marks_a_made_up_code EXIT 0
  ARGS "550 Invalid recipient"
  STDOUT "^550 5\\.0\\.0 \\(derived from the reply class\\): Other undefined Status\ngive up")
