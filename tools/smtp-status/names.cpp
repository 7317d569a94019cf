// SPDX-License-Identifier: BSL-1.0
// smtp-status: identifiers of the library's enumerations for JSON. Every
// switch names every enumerator, so that -Wswitch reports a new one.

#include "names.hpp"

namespace smtp_status_tool {

namespace ss = smtp_status;

std::string_view id_of(ss::reply_flag f) noexcept {
  switch (f) {
    case ss::reply_flag::hash_prefix:
      return "hash_prefix";
    case ss::reply_flag::glued_punctuation:
      return "glued_punctuation";
    case ss::reply_flag::leading_zero:
      return "leading_zero";
    case ss::reply_flag::space_before_code:
      return "space_before_code";
    case ss::reply_flag::placeholder_code:
      return "placeholder_code";
    case ss::reply_flag::code_missing_on_some_lines:
      return "code_missing_on_some_lines";
    case ss::reply_flag::inconsistent_codes:
      return "inconsistent_codes";
    case ss::reply_flag::class_mismatch:
      return "class_mismatch";
    case ss::reply_flag::code_on_intermediate:
      return "code_on_intermediate";
    case ss::reply_flag::reply_code_changed:
      return "reply_code_changed";
    case ss::reply_flag::bare_lf:
      return "bare_lf";
    case ss::reply_flag::mixed_line_ends:
      return "mixed_line_ends";
    case ss::reply_flag::control_character:
      return "control_character";
    case ss::reply_flag::non_ascii:
      return "non_ascii";
    case ss::reply_flag::long_line:
      return "long_line";
    case ss::reply_flag::joined_lines:
      return "joined_lines";
    case ss::reply_flag::no_final_line_end:
      return "no_final_line_end";
    case ss::reply_flag::missing_code:
      return "missing_code";
  }
  return "unknown";
}

std::string_view id_of(ss::dsn_flag f) noexcept {
  switch (f) {
    case ss::dsn_flag::action_mismatch:
      return "action_mismatch";
    case ss::dsn_flag::diagnostic_class_mismatch:
      return "diagnostic_class_mismatch";
    case ss::dsn_flag::diagnostic_code_mismatch:
      return "diagnostic_code_mismatch";
    case ss::dsn_flag::status_from_diagnostic:
      return "status_from_diagnostic";
    case ss::dsn_flag::missing_action:
      return "missing_action";
    case ss::dsn_flag::missing_final_recipient:
      return "missing_final_recipient";
    case ss::dsn_flag::duplicate_field:
      return "duplicate_field";
    case ss::dsn_flag::status_leading_zero:
      return "status_leading_zero";
    case ss::dsn_flag::status_extra_text:
      return "status_extra_text";
  }
  return "unknown";
}

std::string_view id_of(ss::hard_rule h) noexcept {
  switch (h) {
    case ss::hard_rule::holds:
      return "holds";
    case ss::hard_rule::class_mismatch:
      return "class_mismatch";
    case ss::hard_rule::intermediate_reply:
      return "intermediate_reply";
  }
  return "unknown";
}

std::string_view id_of(ss::registry_association a) noexcept {
  switch (a) {
    case ss::registry_association::listed:
      return "listed";
    case ss::registry_association::wildcard:
      return "wildcard";
    case ss::registry_association::others_allowed:
      return "others_allowed";
    case ss::registry_association::any:
      return "any";
    case ss::registry_association::not_listed:
      return "not_listed";
    case ss::registry_association::not_given:
      return "not_given";
    case ss::registry_association::blank:
      return "blank";
    case ss::registry_association::unregistered:
      return "unregistered";
  }
  return "unknown";
}

std::string_view id_of(ss::stated_use_fit f) noexcept {
  switch (f) {
    case ss::stated_use_fit::not_stated:
      return "not_stated";
    case ss::stated_use_fit::fits:
      return "fits";
    case ss::stated_use_fit::against:
      return "against";
  }
  return "unknown";
}

std::string_view id_of(ss::code_source s) noexcept {
  switch (s) {
    case ss::code_source::reply:
      return "reply";
    case ss::code_source::reply_class:
      return "reply_class";
    case ss::code_source::dsn_status:
      return "dsn_status";
    case ss::code_source::dsn_diagnostic:
      return "dsn_diagnostic";
    case ss::code_source::text:
      return "text";
  }
  return "unknown";
}

std::string_view id_of(ss::match_level m) noexcept {
  switch (m) {
    case ss::match_level::none:
      return "none";
    case ss::match_level::class_code:
      return "class";
    case ss::match_level::subject_code:
      return "subject";
    case ss::match_level::enumerated_code:
      return "code";
  }
  return "unknown";
}

std::string_view id_of(ss::registration r) noexcept {
  switch (r) {
    case ss::registration::registered:
      return "registered";
    case ss::registration::unregistered:
      return "unregistered";
    case ss::registration::invalid:
      return "invalid";
  }
  return "unknown";
}

std::string_view id_of(ss::entry_level l) noexcept {
  switch (l) {
    case ss::entry_level::class_code:
      return "class";
    case ss::entry_level::subject_code:
      return "subject";
    case ss::entry_level::enumerated_code:
      return "code";
  }
  return "unknown";
}

std::string_view id_of(ss::basic_code_form f) noexcept {
  switch (f) {
    case ss::basic_code_form::listed:
      return "listed";
    case ss::basic_code_form::any:
      return "any";
    case ss::basic_code_form::not_given:
      return "not_given";
    case ss::basic_code_form::blank:
      return "blank";
  }
  return "unknown";
}

std::string_view id_of(ss::reference_kind k) noexcept {
  switch (k) {
    case ss::reference_kind::rfc:
      return "rfc";
    case ss::reference_kind::draft:
      return "draft";
  }
  return "unknown";
}

std::string_view id_of(ss::document_track t) noexcept {
  switch (t) {
    case ss::document_track::not_stated:
      return "not_stated";
    case ss::document_track::standards:
      return "standards";
    case ss::document_track::experimental:
      return "experimental";
    case ss::document_track::best_current_practice:
      return "best_current_practice";
  }
  return "unknown";
}

}  // namespace smtp_status_tool
