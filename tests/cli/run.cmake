# SPDX-License-Identifier: BSL-1.0
# Runs smtp-status once and checks what it did. Called by tests/cli.cmake:
#   cmake -DTOOL=<program> -DARGS=<arguments separated by |>
#         [-DARGS_FILE=<file of more arguments>]
#         [-DINPUT=<file for standard input>] [-DCRLF=ON]
#         [-DEXPECTED=<file stdout must equal>] [-DACTUAL=<file to write>]
#         -DEXIT=<status> [-DSTDERR=<regex>] [-DSTDOUT=<regex>]
#         -P run.cmake
# With CRLF=ON the input is given with CR LF line ends. ARGS_FILE holds one
# argument per line, after those of ARGS, with \r and \n standing for CR
# and LF; lines starting with # are comments.
cmake_minimum_required(VERSION 3.18)

set(args "")
if(NOT ARGS STREQUAL "")
  string(REPLACE "|" ";" args "${ARGS}")
endif()

if(INPUT)
  set(input_file "${INPUT}")
  if(CRLF)
    file(READ "${INPUT}" text)
    string(REPLACE "\n" "\r\n" text "${text}")
    set(input_file "${ACTUAL}.crlf-input")
    file(WRITE "${input_file}" "${text}")
  endif()
else()
  # No terminal or inherited input: the tool sees an empty standard input.
  set(input_file "${CMAKE_CURRENT_LIST_DIR}/empty.txt")
endif()

# Each argument is written as a bracket argument, so that an empty one is
# passed as it is rather than dropped from the list.
set(command "[==[${TOOL}]==]")
foreach(arg IN LISTS args)
  string(APPEND command " [==[${arg}]==]")
endforeach()
if(ARGS_FILE)
  # Semicolons stand aside while the lines are a CMake list.
  string(ASCII 31 semicolon)
  file(READ "${ARGS_FILE}" text)
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REGEX REPLACE "\n$" "" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  foreach(line IN LISTS lines)
    if(line MATCHES "^#")
      continue()
    endif()
    string(REPLACE "\\r" "\r" line "${line}")
    string(REPLACE "\\n" "\n" line "${line}")
    string(APPEND command " [==[${line}]==]")
  endforeach()
  string(REPLACE "${semicolon}" ";" command "${command}")
endif()
cmake_language(EVAL CODE "
  execute_process(COMMAND ${command}
    INPUT_FILE [==[${input_file}]==]
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE status)")

set(failed OFF)
if(NOT status STREQUAL EXIT)
  message(SEND_ERROR "exit status ${status}, expected ${EXIT}")
  set(failed ON)
endif()
if(DEFINED STDERR)
  if(NOT err MATCHES "${STDERR}")
    message(SEND_ERROR "standard error does not match \"${STDERR}\"")
    set(failed ON)
  endif()
  # Every diagnostic is one line naming the program.
  string(REGEX REPLACE "\n$" "" lines "${err}")
  string(REPLACE "\n" ";" lines "${lines}")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^smtp-status: " AND NOT line MATCHES "^Try 'smtp-status --help'")
      message(SEND_ERROR "diagnostic line without the program's name: ${line}")
      set(failed ON)
    endif()
  endforeach()
elseif(NOT err STREQUAL "")
  message(SEND_ERROR "unexpected standard error output")
  set(failed ON)
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
  message(SEND_ERROR "standard output does not match \"${STDOUT}\"")
  set(failed ON)
endif()
if(EXPECTED)
  file(READ "${EXPECTED}" expected)
  if(NOT out STREQUAL expected)
    file(WRITE "${ACTUAL}" "${out}")
    message(SEND_ERROR "standard output differs from ${EXPECTED}; "
                       "it is in ${ACTUAL}: diff -u the two")
    set(failed ON)
  endif()
endif()
if(failed)
  message("--- standard output ---\n${out}--- standard error ---\n${err}")
  message(FATAL_ERROR "smtp-status ${ARGS}: failed")
endif()
