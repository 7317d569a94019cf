// SPDX-License-Identifier: BSL-1.0
// smtp-status: what the tool takes an input for and what it finds in it,
// computed once and rendered as text or JSON.

#ifndef SMTP_STATUS_TOOLS_EXPLAIN_HPP_INCLUDED
#define SMTP_STATUS_TOOLS_EXPLAIN_HPP_INCLUDED

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/compat.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status_tool {

/// One input as read: its text, lines joined by LF, and where it came from.
struct input {
  std::string text;          ///< The lines, each without its line end.
  std::size_t line = 1;      ///< The line it starts on, 1-based.
  std::size_t argument = 0;  ///< The command-line argument, or 0 for stdin.
};

/// Splits a stream into inputs at blank lines (lines of only white space).
[[nodiscard]] std::vector<input> split_inputs(std::string_view stream);

/// A command-line argument as one input, blank lines around it dropped.
[[nodiscard]] input argument_input(std::string_view text, std::size_t number);

/// Where an input starts: "argument 2, line 3", "argument 2" or "line 3".
[[nodiscard]] std::string location_of(const input& in);

/// What the tool took an input for; `not_reply` is a part of a transcript
/// that is no reply, such as a blank line between two replies.
enum class input_kind { code, reply, dsn, text, not_reply };

/// A deviation or warning: an identifier for JSON and an English text.
struct flag {
  std::string id;    ///< Such as "hash_prefix".
  std::string text;  ///< Such as "'#' before the code".
};

/// A code found in free text, with where it is.
struct match {
  smtp_status::status_code code;
  std::size_t line = 0;    ///< Line in the stream, 1-based.
  std::size_t column = 0;  ///< Octet column of its class digit, 1-based.
  std::size_t length = 0;  ///< Its length in the text.
  std::optional<smtp_status::reply_code> reply;  ///< Reply code before it.
  bool leading_zeros = false;
  /// The value of a `dsn=` field: the reporting MTA's code, not the server's.
  bool mta_dsn_field = false;
  /// Inside a reply's message text, after the line's own code: plain text,
  /// never a code the reply carries, and no reply code is given for it.
  bool in_reply_text = false;
};

/// A remote server's reply quoted in free text after a marker ("said:").
struct quoted_reply {
  std::string marker;  ///< The marker as written.
  smtp_status::reply_code code;
  /// The status code at the start of the reply's text, if the server sent
  /// one.
  std::optional<smtp_status::status_code> status;
  std::size_t line = 0;    ///< Where the reply code is, 1-based.
  std::size_t column = 0;  ///< Octet column of the reply code, 1-based.
};

/// A strict reading of the same input: whether it passes, and if not why.
struct strict_reading {
  bool ok = true;
  std::string error;  ///< The error's English text, empty when ok.
  std::optional<smtp_status::reply_flag> deviation;  ///< For a reply.
  std::size_t line = 0;    ///< Where the error is, 1-based; 0 if unknown.
  std::size_t column = 0;  ///< Octet column, 1-based; 0 if unknown.
  /// For a reply that passes or fails only by a deviation: the status code
  /// a strict reading finds (a code written with a deviation is none).
  std::optional<smtp_status::status_code> status;
};

/// A line of a reply whose reply code changes: a line before the last one
/// of a differing reply code, left out of the reply explained.
struct superseded_line {
  std::size_t line = 0;  ///< Its line, 1-based.
  smtp_status::reply_code code;
};

/// What a reply's reading adds.
struct reply_part {
  std::size_t lines = 0;  ///< The number of lines.
  /// False when the last line is a continuation: the reply was cut short.
  bool complete = true;
  /// The text of every line of the final reply code, codes removed.
  std::string message;
  /// Lines superseded by the final reply code, in order.
  std::vector<superseded_line> superseded;
  strict_reading strict;
};

/// What a DSN block's reading adds.
struct dsn_part {
  std::optional<smtp_status::dsn_action> action;
  std::optional<smtp_status::status_code> status;  ///< The Status field.
  std::string status_comment;
  bool has_diagnostic = false;
  std::string diagnostic_type;
  std::string diagnostic_text;
  std::optional<smtp_status::reply_code> diagnostic_reply;
  std::optional<smtp_status::status_code> diagnostic_status;
  std::string final_recipient;  ///< The Final-Recipient value, or empty.
  std::string error;            ///< Why the block is not valid, or empty.
  strict_reading strict;
};

/// Everything the tool says about one input.
struct explanation {
  std::size_t index = 0;  ///< 1-based order among the explained inputs.
  input in;
  input_kind kind = input_kind::text;
  /// The registry edition consulted.
  smtp_status::table_registry registry = smtp_status::registries::current;
  std::string edition;  ///< Its name.

  std::optional<smtp_status::reply_code> reply;
  /// The code explained: the one at the start of a reply, the DSN Status
  /// (else the diagnostic reply's), in free text the one of the first
  /// quoted reply, else the most specific found.
  std::optional<smtp_status::status_code> status;
  std::string source;  ///< Where `status` came from: see names.hpp.
  smtp_status::lookup_result meaning;  ///< Meaningful with `status`.
  /// The class record when there is no status but a reply code of 2, 4 or
  /// 5, else the status's.
  smtp_status::registry_match class_match;
  std::optional<smtp_status::sourced_code> effective;
  std::string effective_source;
  std::optional<smtp_status::compat_verdict> compat;
  std::vector<flag> flags;
  std::vector<match> matches;
  /// Free text: the replies quoted in it; the first is the one explained.
  std::vector<quoted_reply> quoted_replies;
  std::vector<std::string> problems;  ///< Errors met on the way, in English.
  /// Why the input is rejected (exit status 1), or empty; also in
  /// `problems`. An entry may be rejected yet say what was read.
  std::string error;
  std::optional<reply_part> reply_info;
  std::optional<dsn_part> dsn_info;

  /// Tells whether there is anything to explain: a code or a reply code.
  [[nodiscard]] bool readable() const noexcept {
    return status.has_value() || reply.has_value();
  }
};

/// How to explain.
struct explain_options {
  smtp_status::table_registry registry = smtp_status::registries::current;
  /// The server advertised ENHANCEDSTATUSCODES: flag replies without code.
  bool expect_codes = false;
};

/// Explains one input; a transcript of several replies gives one
/// explanation per reply.
[[nodiscard]] std::vector<explanation> explain(const input& in,
                                               const explain_options& o);

/// Explains one code given on its own (lookup), with an optional reply code
/// to judge it against.
[[nodiscard]] explanation explain_code(
    smtp_status::status_code code, bool leading_zeros,
    std::optional<smtp_status::reply_code> reply, const explain_options& o);

}  // namespace smtp_status_tool

#endif  // SMTP_STATUS_TOOLS_EXPLAIN_HPP_INCLUDED
