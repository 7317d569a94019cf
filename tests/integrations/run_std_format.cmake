# SPDX-License-Identifier: BSL-1.0
# Builds tests/integrations/std_format with Clang 16 and libc++ (C++20,
# -fexperimental-library), runs the demo and the std::format tests, and
# checks that misuse fails to compile and that no core header includes
# <format>. Prints "skipped: ..." when the
# toolchain is absent. Run with cmake -P and SOURCE_DIR, WORK_DIR, CXX.
set(flags -stdlib=libc++ -fexperimental-library)
set(project ${SOURCE_DIR}/tests/integrations/std_format)
set(build ${WORK_DIR}/build)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

if(NOT CXX OR NOT EXISTS "${CXX}")
  message(STATUS "skipped: clang++-16 not found")
  return()
endif()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(WRITE ${WORK_DIR}/probe.cpp
     "#include <format>\n"
     "int main() { return std::format(\"{}\", 1) != \"1\"; }\n")
execute_process(
  COMMAND ${CXX} -std=c++20 ${flags} ${WORK_DIR}/probe.cpp -o ${WORK_DIR}/probe
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(STATUS "skipped: ${CXX} has no libc++ with <format>:\n${err}")
  return()
endif()

string(REPLACE ";" " " flag_string "${flags}")
run(${CMAKE_COMMAND} -S ${project} -B ${build}
    -DCMAKE_CXX_COMPILER=${CXX}
    "-DCMAKE_CXX_FLAGS=${flag_string}"
    "-DCMAKE_EXE_LINKER_FLAGS=${flag_string}"
    -DSMTP_STATUS_SOURCE_DIR=${SOURCE_DIR})
run(${CMAKE_COMMAND} --build ${build})

run(${build}/demo)
file(READ ${project}/expected.txt expected)
if(NOT last_output STREQUAL expected)
  message(FATAL_ERROR "demo printed:\n${last_output}\nexpected:\n${expected}")
endif()
message(STATUS "demo printed the expected lines:\n${last_output}")

run(${build}/misuse_control)

run(${CMAKE_COMMAND} --build ${build} --target core_isolation)
message(STATUS "every core header compiles without <format>")

if(EXISTS ${build}/test_std_format)
  run(${build}/test_std_format)
  message(STATUS "test_std_format (libc++): ${last_output}")
else()
  message(STATUS "no Catch2 for this toolchain: test_std_format not built")
endif()

foreach(misuse unknown_type reply_long_form precision)
  execute_process(
    COMMAND ${CMAKE_COMMAND} --build ${build} --target misuse_${misuse}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "misuse_${misuse} compiled, but must not")
  endif()
  if(NOT "${out}${err}" MATCHES "throw std::format_error\\(r\\.error\\)")
    message(FATAL_ERROR
            "misuse_${misuse} failed for another reason:\n${out}${err}")
  endif()
  message(STATUS "misuse_${misuse} is rejected at compile time")
endforeach()
