// SPDX-License-Identifier: BSL-1.0
// smtp-status: the identifiers the JSON output gives the library's
// enumerations; the library's own to_string_view gives the English texts.

#ifndef SMTP_STATUS_TOOLS_NAMES_HPP_INCLUDED
#define SMTP_STATUS_TOOLS_NAMES_HPP_INCLUDED

#include <string_view>

#include "smtp_status/compat.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry_types.hpp"
#include "smtp_status/reply.hpp"

namespace smtp_status_tool {

/// The identifier of a reply flag, such as "hash_prefix".
[[nodiscard]] std::string_view id_of(smtp_status::reply_flag f) noexcept;
/// The identifier of a DSN flag, such as "action_mismatch".
[[nodiscard]] std::string_view id_of(smtp_status::dsn_flag f) noexcept;
/// The identifier of a hard-rule outcome, such as "class_mismatch".
[[nodiscard]] std::string_view id_of(smtp_status::hard_rule h) noexcept;
/// The identifier of an association, such as "not_listed".
[[nodiscard]] std::string_view id_of(
    smtp_status::registry_association a) noexcept;
/// The identifier of a stated-use fit, such as "against".
[[nodiscard]] std::string_view id_of(smtp_status::stated_use_fit f) noexcept;
/// The identifier of a code source, such as "dsn_status".
[[nodiscard]] std::string_view id_of(smtp_status::code_source s) noexcept;
/// The identifier of a match level, such as "subject".
[[nodiscard]] std::string_view id_of(smtp_status::match_level m) noexcept;
/// The identifier of a registration, such as "unregistered".
[[nodiscard]] std::string_view id_of(smtp_status::registration r) noexcept;
/// The identifier of an entry level: "class", "subject" or "code".
[[nodiscard]] std::string_view id_of(smtp_status::entry_level l) noexcept;
/// The identifier of a basic-code form, such as "not_given".
[[nodiscard]] std::string_view id_of(smtp_status::basic_code_form f) noexcept;
/// The identifier of a reference kind: "rfc" or "draft".
[[nodiscard]] std::string_view id_of(smtp_status::reference_kind k) noexcept;
/// The identifier of a document track, such as "standards".
[[nodiscard]] std::string_view id_of(smtp_status::document_track t) noexcept;

}  // namespace smtp_status_tool

#endif  // SMTP_STATUS_TOOLS_NAMES_HPP_INCLUDED
