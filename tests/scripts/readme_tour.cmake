# SPDX-License-Identifier: BSL-1.0
# The README shows examples/tour.cpp (from its first #include) and the
# output in examples/tour.expected: fails when either copy has drifted.
file(READ ${SOURCE_DIR}/README.md readme)
file(READ ${SOURCE_DIR}/examples/tour.cpp program)
file(READ ${SOURCE_DIR}/examples/tour.expected output)
string(FIND "${program}" "#include" start)
string(SUBSTRING "${program}" ${start} -1 program)
string(FIND "${readme}" "```cpp\n${program}```" at_program)
string(FIND "${readme}" "```text\n${output}```" at_output)
if(at_program EQUAL -1)
  message(FATAL_ERROR "README.md does not show examples/tour.cpp as it is")
endif()
if(at_output EQUAL -1)
  message(FATAL_ERROR "README.md does not show examples/tour.expected")
endif()
message(STATUS "README.md shows the tour and its output as they are")
