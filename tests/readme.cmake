# SPDX-License-Identifier: BSL-1.0
# The README's tour: examples/tour.cpp must print examples/tour.expected,
# the output the README shows.
add_executable(example_tour ${PROJECT_SOURCE_DIR}/examples/tour.cpp)
target_link_libraries(example_tour PRIVATE smtp_status::smtp_status)
smtp_status_warnings(example_tour)
add_test(NAME example_tour_prints_the_readme_output
  COMMAND ${CMAKE_COMMAND}
    -DPROGRAM=$<TARGET_FILE:example_tour>
    -DEXPECTED=${PROJECT_SOURCE_DIR}/examples/tour.expected
    -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/compare_output.cmake)
add_test(NAME readme_shows_the_tour_as_it_is
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/readme_tour.cmake)
