# SPDX-License-Identifier: BSL-1.0
# The registry generator refuses corrupted inputs. Each tests/generator/
# <case>.xml or <case>.txt, cut down from a real edition and broken in one
# place, runs through tools/generate_tables.py; <case>.expected holds the
# one line the generator must print on stderr (empty: it must succeed).
#
# Included by tests/CMakeLists.txt it adds one CTest test per case; run with
# `cmake -P` it is the driver of one case.

if(NOT CMAKE_SCRIPT_MODE_FILE)
  set(_smtp_status_python "")
  if(Python3_Interpreter_FOUND)
    set(_smtp_status_python ${Python3_EXECUTABLE})
  endif()
  file(GLOB _smtp_status_generator_cases CONFIGURE_DEPENDS
       ${CMAKE_CURRENT_SOURCE_DIR}/generator/*.expected)
  foreach(expected IN LISTS _smtp_status_generator_cases)
    get_filename_component(case ${expected} NAME_WE)
    file(GLOB input ${CMAKE_CURRENT_SOURCE_DIR}/generator/${case}.xml
                    ${CMAKE_CURRENT_SOURCE_DIR}/generator/${case}.txt)
    list(LENGTH input inputs)
    if(NOT inputs EQUAL 1)
      message(FATAL_ERROR "tests/generator/${case}: expected one input, "
                          "found ${inputs}")
    endif()
    add_test(NAME generator_${case}
      COMMAND ${CMAKE_COMMAND}
              -DPYTHON=${_smtp_status_python}
              -DGENERATOR=${PROJECT_SOURCE_DIR}/tools/generate_tables.py
              -DINPUT=${input}
              -DEXPECTED=${expected}
              -DOUTPUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/generator/${case}
              -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(generator_${case} PROPERTIES
      SKIP_RETURN_CODE 77 SKIP_REGULAR_EXPRESSION "skipped: ")
  endforeach()
  return()
endif()

# The driver of one case.
if(NOT PYTHON)
  message("skipped: Python 3 not found, the generator cannot run")
  # CMake 3.29 and later can say so with the exit status too.
  if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    cmake_language(EXIT 77)
  endif()
  return()
endif()
if(NOT EXISTS "${INPUT}")
  message(FATAL_ERROR "no input beside ${EXPECTED}")
endif()

file(REMOVE_RECURSE ${OUTPUT_DIR})
file(MAKE_DIRECTORY ${OUTPUT_DIR})
execute_process(
  COMMAND ${PYTHON} ${GENERATOR} --input ${INPUT}
          --output ${OUTPUT_DIR}/table.hpp
          --names-output ${OUTPUT_DIR}/names.hpp
  RESULT_VARIABLE status
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
file(READ ${EXPECTED} want)
string(STRIP "${want}" want)
string(STRIP "${err}" err)

if(want STREQUAL "")
  if(NOT status EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "expected success, got status ${status}: ${err}")
  endif()
  if(NOT EXISTS ${OUTPUT_DIR}/table.hpp OR NOT EXISTS ${OUTPUT_DIR}/names.hpp)
    message(FATAL_ERROR "the generator succeeded but wrote no headers")
  endif()
  message("ok: generated both headers")
  return()
endif()

if(NOT status EQUAL 1)
  message(FATAL_ERROR "expected exit status 1, got '${status}'; stderr: ${err}")
endif()
if(NOT err STREQUAL want)
  message(FATAL_ERROR "expected on stderr:\n  ${want}\ngot:\n  ${err}")
endif()
if(EXISTS ${OUTPUT_DIR}/table.hpp OR EXISTS ${OUTPUT_DIR}/names.hpp)
  message(FATAL_ERROR "the generator failed but still wrote a header")
endif()
if(NOT out STREQUAL "")
  message(FATAL_ERROR "the generator wrote to stdout: ${out}")
endif()
message("ok: ${err}")
