# SPDX-License-Identifier: BSL-1.0
# Install rules: headers, an exported CMake package with a version file,
# and a pkg-config file.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/smtp_status
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.hpp")
install(TARGETS smtp_status EXPORT smtp_status_targets)
install(EXPORT smtp_status_targets
        NAMESPACE smtp_status::
        FILE smtp_statusTargets.cmake
        DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/smtp_status)

configure_package_config_file(
  cmake/smtp_statusConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/smtp_statusConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/smtp_status)
# Header-only: any architecture will do, so the version file says so.
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/smtp_statusConfigVersion.cmake
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/smtp_statusConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/smtp_statusConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/smtp_status)

configure_file(cmake/smtp_status.pc.in
               ${CMAKE_CURRENT_BINARY_DIR}/smtp_status.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/smtp_status.pc
        DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
install(FILES LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
