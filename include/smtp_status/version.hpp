// SPDX-License-Identifier: BSL-1.0
// smtp_status: the library's version, read by CMake from this file.

#ifndef SMTP_STATUS_VERSION_HPP_INCLUDED
#define SMTP_STATUS_VERSION_HPP_INCLUDED

#define SMTP_STATUS_VERSION_MAJOR 0
#define SMTP_STATUS_VERSION_MINOR 1
#define SMTP_STATUS_VERSION_PATCH 0

/// The version as one number: major * 10000 + minor * 100 + patch.
#define SMTP_STATUS_VERSION                                              \
  (SMTP_STATUS_VERSION_MAJOR * 10000 + SMTP_STATUS_VERSION_MINOR * 100 + \
   SMTP_STATUS_VERSION_PATCH)

#endif  // SMTP_STATUS_VERSION_HPP_INCLUDED
