# SPDX-License-Identifier: BSL-1.0
# Runs PROGRAM and fails unless it exits 0 and prints exactly the contents
# of EXPECTED.
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE rc
                OUTPUT_VARIABLE actual ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\n${err}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR
    "output differs from ${EXPECTED}\n--- actual ---\n${actual}")
endif()
message(STATUS "output matches ${EXPECTED}")
