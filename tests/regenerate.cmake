# SPDX-License-Identifier: BSL-1.0
# The committed headers in include/smtp_status/generated/ are what the
# generator makes of the registry today: both editions (and the named
# constants) are regenerated into the build tree and compared with them.
# Skipped when Python 3 or the XML edition (SMTP_STATUS_REGISTRY_XML) is
# absent.
#
# Included by tests/CMakeLists.txt it adds the tests; run with `cmake -P` it
# regenerates one edition and compares.

if(NOT CMAKE_SCRIPT_MODE_FILE)
  set(_smtp_status_python "")
  if(Python3_Interpreter_FOUND)
    set(_smtp_status_python ${Python3_EXECUTABLE})
  endif()
  set(_smtp_status_committed ${PROJECT_SOURCE_DIR}/include/smtp_status/generated)
  add_test(NAME registry_regenerate_2008
    COMMAND ${CMAKE_COMMAND}
            -DPYTHON=${_smtp_status_python}
            -DGENERATOR=${PROJECT_SOURCE_DIR}/tools/generate_tables.py
            -DINPUT=${PROJECT_SOURCE_DIR}/data/smtp-enhanced-status-codes-2008-09-05.txt
            -DTABLE=${_smtp_status_committed}/iana_2008_09_05.hpp
            -DOUTPUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/regenerated/2008
            -P ${CMAKE_CURRENT_LIST_FILE})
  add_test(NAME registry_regenerate_2024
    COMMAND ${CMAKE_COMMAND}
            -DPYTHON=${_smtp_status_python}
            -DGENERATOR=${PROJECT_SOURCE_DIR}/tools/generate_tables.py
            -DINPUT=${SMTP_STATUS_REGISTRY_XML}
            -DTABLE=${_smtp_status_committed}/iana_2024_12_06.hpp
            -DNAMES=${_smtp_status_committed}/names.hpp
            -DOUTPUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/regenerated/2024
            -P ${CMAKE_CURRENT_LIST_FILE})
  set_tests_properties(registry_regenerate_2008 registry_regenerate_2024
    PROPERTIES SKIP_RETURN_CODE 77 SKIP_REGULAR_EXPRESSION "skipped: ")
  return()
endif()

# The driver: regenerate one edition, then compare.
function(skip why)
  message("skipped: ${why}")
  # CMake 3.29 and later can say so with the exit status too.
  if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
    cmake_language(EXIT 77)
  endif()
endfunction()

if(NOT PYTHON)
  skip("Python 3 not found, the tables cannot be regenerated")
  return()
endif()
if(NOT EXISTS "${INPUT}")
  skip("registry edition not found: '${INPUT}' (set SMTP_STATUS_REGISTRY_XML)")
  return()
endif()

file(REMOVE_RECURSE ${OUTPUT_DIR})
file(MAKE_DIRECTORY ${OUTPUT_DIR})
get_filename_component(table_name ${TABLE} NAME)
set(command ${PYTHON} ${GENERATOR} --input ${INPUT}
            --output ${OUTPUT_DIR}/${table_name})
set(pairs "${TABLE}|${OUTPUT_DIR}/${table_name}")
if(NAMES)
  list(APPEND command --names-output ${OUTPUT_DIR}/names.hpp)
  list(APPEND pairs "${NAMES}|${OUTPUT_DIR}/names.hpp")
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE status
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the generator failed (${status}): ${err}")
endif()

find_program(DIFF diff)
set(stale "")
foreach(pair IN LISTS pairs)
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 committed)
  list(GET pair 1 regenerated)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
                          ${committed} ${regenerated}
                  RESULT_VARIABLE differs)
  if(differs)
    list(APPEND stale ${committed})
    if(DIFF)
      execute_process(COMMAND ${DIFF} -u ${committed} ${regenerated})
    endif()
  else()
    message("up to date: ${committed}")
  endif()
endforeach()
if(stale)
  message(FATAL_ERROR "stale generated headers, run the "
                      "smtp_status_regenerate target: ${stale}")
endif()
