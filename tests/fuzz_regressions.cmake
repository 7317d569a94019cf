# SPDX-License-Identifier: BSL-1.0
# Every fuzz target, compiled as a plain program (fuzz/replay_main.cpp) and
# fed its seed corpus and saved crash inputs: fuzz/corpus/<name>/ and
# fuzz/regressions/<name>/. Needs no libFuzzer; runs with any compiler.
include(${PROJECT_SOURCE_DIR}/fuzz/targets.cmake)
smtp_status_fuzz_targets(smtp_status_replay_names)
add_library(smtp_status_fuzz_replay_main OBJECT
            ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cpp)
target_link_libraries(smtp_status_fuzz_replay_main PRIVATE
                      smtp_status::smtp_status)
smtp_status_warnings(smtp_status_fuzz_replay_main)
foreach(name IN LISTS smtp_status_replay_names)
  add_executable(fuzz_replay_${name}
    ${PROJECT_SOURCE_DIR}/fuzz/fuzz_${name}.cpp
    $<TARGET_OBJECTS:smtp_status_fuzz_replay_main>)
  target_link_libraries(fuzz_replay_${name} PRIVATE smtp_status::smtp_status)
  smtp_status_warnings(fuzz_replay_${name})
  # GCC 12 at -O2 takes the payload of a disengaged std::optional member
  # for a read of uninitialized memory once the writer is inlined into the
  # fuzz driver (GCC bug 80635); the drivers set optionals at random.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(fuzz_replay_${name} PRIVATE
                           -Wno-maybe-uninitialized)
  endif()
  add_test(NAME fuzz_regressions_${name}
    COMMAND fuzz_replay_${name}
      ${PROJECT_SOURCE_DIR}/fuzz/corpus/${name}
      ${PROJECT_SOURCE_DIR}/fuzz/regressions/${name})
endforeach()
