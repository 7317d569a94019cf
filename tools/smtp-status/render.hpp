// SPDX-License-Identifier: BSL-1.0
// smtp-status: explanations and registry tables written as text for a
// terminal or as JSON.

#ifndef SMTP_STATUS_TOOLS_RENDER_HPP_INCLUDED
#define SMTP_STATUS_TOOLS_RENDER_HPP_INCLUDED

#include <ostream>

#include <nlohmann/json.hpp>

#include "explain.hpp"
#include "smtp_status/registry.hpp"

namespace smtp_status_tool {

/// JSON objects keep their keys in the order written.
using json = nlohmann::ordered_json;

/// How much to write about a code.
enum class detail_level { brief, full };

/// Writes an explanation as aligned text; `full` adds the record's
/// description, references and associated reply codes.
void write_text(std::ostream& out, const explanation& e, detail_level level);

/// The explanation as a JSON object; `full` adds the registry record.
[[nodiscard]] json to_json(const explanation& e, detail_level level);

/// Writes every record of a registry edition as aligned text.
void write_registry_text(std::ostream& out,
                         const smtp_status::table_registry& registry);

/// Every record of a registry edition as a JSON array of records, classes
/// first, then subjects, then enumerated codes.
[[nodiscard]] json registry_json(const smtp_status::table_registry& registry);

/// The edition's metadata as a JSON object.
[[nodiscard]] json metadata_json(const smtp_status::table_registry& registry);

/// Writes the edition's metadata as text.
void write_metadata_text(std::ostream& out,
                         const smtp_status::table_registry& registry);

/// Writes `j` on one line (JSON Lines), invalid UTF-8 replaced.
void write_json_line(std::ostream& out, const json& j);

/// Writes `j` indented by two spaces, invalid UTF-8 replaced.
void write_json_pretty(std::ostream& out, const json& j);

}  // namespace smtp_status_tool

#endif  // SMTP_STATUS_TOOLS_RENDER_HPP_INCLUDED
