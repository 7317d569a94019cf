# SPDX-License-Identifier: BSL-1.0
# Builds and runs the consumer program one way: through find_package after
# an install into a temporary prefix, through add_subdirectory, or through
# pkg-config. Run with cmake -P and the variables MODE, SOURCE_DIR,
# BINARY_DIR (the library's build tree), WORK_DIR and CXX.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
set(consumer ${SOURCE_DIR}/tests/consumer)
set(build ${WORK_DIR}/build)

if(MODE STREQUAL "find_package" OR MODE STREQUAL "pkg-config")
  run(${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${prefix})
endif()

if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} -S ${consumer} -B ${build}
      -DCMAKE_CXX_COMPILER=${CXX} -DSMTP_STATUS_CONSUMER_MODE=find_package
      -DCMAKE_PREFIX_PATH=${prefix})
  run(${CMAKE_COMMAND} --build ${build})
  run(${build}/consumer)
elseif(MODE STREQUAL "add_subdirectory")
  run(${CMAKE_COMMAND} -S ${consumer} -B ${build}
      -DCMAKE_CXX_COMPILER=${CXX}
      -DSMTP_STATUS_CONSUMER_MODE=add_subdirectory
      -DSMTP_STATUS_SOURCE_DIR=${SOURCE_DIR})
  run(${CMAKE_COMMAND} --build ${build})
  run(${build}/consumer)
elseif(MODE STREQUAL "pkg-config")
  find_program(PKG_CONFIG pkg-config REQUIRED)
  set(ENV{PKG_CONFIG_PATH} ${prefix}/share/pkgconfig)
  run(${PKG_CONFIG} --cflags smtp_status)
  string(STRIP "${last_output}" cflags)
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  file(MAKE_DIRECTORY ${build})
  run(${CXX} -std=c++17 ${cflags} ${consumer}/main.cpp -o ${build}/consumer)
  run(${build}/consumer)
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
string(STRIP "${last_output}" shown)
message(STATUS "${MODE} consumer printed: ${shown}")
