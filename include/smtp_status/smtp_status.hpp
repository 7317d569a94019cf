// SPDX-License-Identifier: BSL-1.0
// smtp_status: the umbrella header, every core header in one include. The
// opt-in headers are left out so that the core stays light: the
// integrations (fmt.hpp, format.hpp, ostream.hpp, error_code.hpp,
// string.hpp) and the 2008-09-05 registry edition (registry_2008.hpp).

#ifndef SMTP_STATUS_SMTP_STATUS_HPP_INCLUDED
#define SMTP_STATUS_SMTP_STATUS_HPP_INCLUDED

#include "smtp_status/compat.hpp"
#include "smtp_status/config.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/generated/names.hpp"
#include "smtp_status/literals.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/registry_types.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/search.hpp"
#include "smtp_status/status_code.hpp"
#include "smtp_status/version.hpp"
#include "smtp_status/writer.hpp"

#endif  // SMTP_STATUS_SMTP_STATUS_HPP_INCLUDED
