# SPDX-License-Identifier: BSL-1.0
# The fuzz targets, shared by fuzz/CMakeLists.txt (libFuzzer programs) and
# tests/fuzz_regressions.cmake (plain replay programs). Each entry is
# "<name>:<header>": fuzz/fuzz_<name>.cpp exercises the parser of
# include/smtp_status/<header>, and is built only once that header exists.
set(smtp_status_fuzz_all_targets
  status_code:status_code.hpp
  status_code_roundtrip:status_code.hpp
  reply_code:reply_code.hpp
  reply:reply.hpp
  reply_stream:reply.hpp
  reply_roundtrip:writer.hpp
  dsn:dsn.hpp
  dsn_roundtrip:dsn.hpp
  search:search.hpp)

# Sets `out` to the names of the targets whose header is present.
function(smtp_status_fuzz_targets out)
  set(names)
  foreach(entry IN LISTS smtp_status_fuzz_all_targets)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 header)
    if(EXISTS "${PROJECT_SOURCE_DIR}/include/smtp_status/${header}" AND
       EXISTS "${PROJECT_SOURCE_DIR}/fuzz/fuzz_${name}.cpp")
      list(APPEND names ${name})
    endif()
  endforeach()
  set(${out} ${names} PARENT_SCOPE)
endfunction()
