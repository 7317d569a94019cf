# SPDX-License-Identifier: BSL-1.0
# Package consumer tests: a small program built against the library the three
# ways users take it. Each runs in its own scratch directory.
foreach(mode find_package add_subdirectory pkg-config)
  if(mode STREQUAL "pkg-config")
    find_program(SMTP_STATUS_PKG_CONFIG pkg-config)
    if(NOT SMTP_STATUS_PKG_CONFIG)
      continue()
    endif()
  endif()
  if(NOT SMTP_STATUS_INSTALL AND NOT mode STREQUAL "add_subdirectory")
    continue()
  endif()
  add_test(NAME consumer_${mode}
    COMMAND ${CMAKE_COMMAND}
      -DMODE=${mode}
      -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
      -DBINARY_DIR=${PROJECT_BINARY_DIR}
      -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/consumer_${mode}
      -DCXX=${CMAKE_CXX_COMPILER}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/consumer/run.cmake)
endforeach()
