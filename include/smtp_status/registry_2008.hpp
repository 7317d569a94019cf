// SPDX-License-Identifier: BSL-1.0
// smtp_status: IANA's registry edition of 2008-09-05 as a registry value,
// opt-in so that including the current registry does not compile the
// historical tables too.

#ifndef SMTP_STATUS_REGISTRY_2008_HPP_INCLUDED
#define SMTP_STATUS_REGISTRY_2008_HPP_INCLUDED

#include "smtp_status/generated/iana_2008_09_05.hpp"
#include "smtp_status/registry.hpp"

namespace smtp_status::registries {

/// IANA's registry as updated on 2008-09-05: 63 enumerated codes. The
/// historical edition, kept for comparing with what older software was
/// built against; opt-in, so that the current registry stays cheap to
/// include.
inline constexpr table_registry iana_2008_09_05{
    smtp_status::tables::iana_2008_09_05};

}  // namespace smtp_status::registries

#endif  // SMTP_STATUS_REGISTRY_2008_HPP_INCLUDED
