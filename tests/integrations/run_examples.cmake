# SPDX-License-Identifier: BSL-1.0
# Runs the examples program PROGRAM and compares what it prints with the file
# EXPECTED, the output docs/integrations.md shows.
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
file(READ ${EXPECTED} expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "printed:\n${out}\nexpected:\n${expected}")
endif()
