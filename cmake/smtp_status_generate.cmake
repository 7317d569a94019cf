# SPDX-License-Identifier: BSL-1.0
# Regeneration of the committed registry tables from IANA's registry. A
# maintainer's step: users of the library never need Python or the XML.
find_package(Python3 COMPONENTS Interpreter QUIET)

set(SMTP_STATUS_GENERATOR ${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_tables.py)
set(SMTP_STATUS_TEXT_2008
    ${CMAKE_CURRENT_SOURCE_DIR}/data/smtp-enhanced-status-codes-2008-09-05.txt)
set(SMTP_STATUS_GENERATED_DIR
    ${CMAKE_CURRENT_SOURCE_DIR}/include/smtp_status/generated)

# The target is defined only when smtp_status is the top-level project: a
# project that takes it in with add_subdirectory gets no target that
# rewrites these sources. Python is looked for either way, for the tests
# that regenerate into the build tree.
if(Python3_Interpreter_FOUND AND SMTP_STATUS_IS_TOP_LEVEL)
  # Rewrites the committed headers in the source tree: the 2008 edition from
  # the text in data/, the current edition and the named constants from the
  # XML that SMTP_STATUS_REGISTRY_XML points at.
  set(_smtp_status_regenerate_xml
      COMMAND ${CMAKE_COMMAND} -E echo
              "SMTP_STATUS_REGISTRY_XML does not name a file: ${SMTP_STATUS_REGISTRY_XML}"
      COMMAND ${CMAKE_COMMAND} -E false)
  if(EXISTS "${SMTP_STATUS_REGISTRY_XML}")
    set(_smtp_status_regenerate_xml
        COMMAND Python3::Interpreter ${SMTP_STATUS_GENERATOR}
                --input ${SMTP_STATUS_REGISTRY_XML}
                --output ${SMTP_STATUS_GENERATED_DIR}/iana_2024_12_06.hpp
                --names-output ${SMTP_STATUS_GENERATED_DIR}/names.hpp)
  endif()
  add_custom_target(smtp_status_regenerate
    COMMAND Python3::Interpreter ${SMTP_STATUS_GENERATOR}
            --input ${SMTP_STATUS_TEXT_2008}
            --output ${SMTP_STATUS_GENERATED_DIR}/iana_2008_09_05.hpp
    ${_smtp_status_regenerate_xml}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Regenerating the registry tables"
    VERBATIM)
endif()
