// SPDX-License-Identifier: BSL-1.0
// smtp-status: taking an input for a code, a reply, a DSN block or free
// text, and gathering what the library says about it.

#include "explain.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "names.hpp"
#include "smtp_status/registry_2008.hpp"
#include "smtp_status/search.hpp"

namespace smtp_status_tool {

namespace ss = smtp_status;

namespace {

// The type `parse_reply` returns, whatever the library calls it.
using parsed_reply_type = decltype(ss::parse_reply(std::string_view{}));

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i) {
    const auto lower = [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// The lines of `text` split at LF, each without its CR.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t lf = text.find('\n', pos);
    std::string_view line = text.substr(
        pos, lf == std::string_view::npos ? std::string_view::npos : lf - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (lf == std::string_view::npos) break;
    pos = lf + 1;
  }
  return lines;
}

std::string join(const std::vector<std::string_view>& lines, std::size_t first,
                 std::size_t count, std::string_view separator) {
  std::string s;
  for (std::size_t i = first; i != first + count && i < lines.size(); ++i) {
    if (i != first) s += separator;
    s += lines[i];
  }
  return s;
}

// An input's lines with CRLF line ends, as the SMTP and DSN readers expect,
// and where each line starts, to turn offsets back into lines and columns.
struct normalized {
  std::vector<std::string_view> lines;
  std::string text;
  std::vector<std::size_t> starts;

  explicit normalized(std::string_view in) : lines{lines_of(in)} {
    for (const std::string_view l : lines) {
      starts.push_back(text.size());
      text += l;
      text += "\r\n";
    }
  }

  std::size_t line_index(std::size_t offset) const {
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return it == starts.begin()
               ? 0
               : static_cast<std::size_t>(it - starts.begin()) - 1;
  }
};

struct where {
  std::size_t line;
  std::size_t column;
};

// The line and column of `offset`; a column past the line's end is cut to
// just after its last octet.
where locate(const normalized& n, const input& in, std::size_t offset) {
  const std::size_t i = n.line_index(offset);
  const std::size_t column = offset - n.starts[i] + 1;
  return {in.line + i, std::min(column, n.lines[i].size() + 1)};
}

// " (line L, column C)", or nothing for an offset at the end of the input,
// where a missing field or line is reported.
std::string location_text(const normalized& n, const input& in,
                          std::size_t offset) {
  if (offset + 2 >= n.text.size()) return {};
  const where w = locate(n, in, offset);
  return " (line " + std::to_string(w.line) + ", column " +
         std::to_string(w.column) + ")";
}

std::size_t offset_in(const std::string& text, std::string_view part) {
  return static_cast<std::size_t>(part.data() - text.data());
}

void add_flag(explanation& e, std::string_view id, std::string_view text) {
  for (const flag& f : e.flags) {
    if (f.id == id) return;
  }
  e.flags.push_back(flag{std::string{id}, std::string{text}});
}

void add_reply_flags(explanation& e, ss::reply_flags flags) {
  for (const ss::reply_flag f : ss::all_reply_flags) {
    if (flags.has(f)) add_flag(e, id_of(f), ss::to_string_view(f));
  }
}

// Whether RFC 5321 or RFC 4954 defines the reply code, or an edition of the
// registry lists it among a code's associated basic status codes.
bool known_reply_code(ss::reply_code r) {
  static const std::vector<bool> listed = [] {
    std::vector<bool> v(1000, false);
    for (const ss::table_registry& reg :
         {ss::registries::iana_2024_12_06, ss::registries::iana_2008_09_05}) {
      const ss::registry_table& t = reg.table();
      const auto add = [&v](const ss::registry_entry& e) {
        for (std::size_t i = 0; i != e.basic.count; ++i) {
          if (e.basic.codes[i] < v.size()) v[e.basic.codes[i]] = true;
        }
      };
      for (std::size_t i = 0; i != t.class_count; ++i) add(t.classes[i]);
      for (std::size_t i = 0; i != t.subject_count; ++i) add(t.subjects[i]);
      for (std::size_t i = 0; i != t.code_count; ++i) add(t.codes[i]);
    }
    return v;
  }();
  return r.is_defined() || listed[r.number()];
}

// Whether the code at `position` is the value of a `dsn=` field, where
// MTAs such as Postfix and sendmail log the code they report; Postfix
// makes one up from the reply class when the server sent none.
bool in_dsn_field(std::string_view text, std::size_t position) {
  if (position < 4 || !iequals(text.substr(position - 4, 4), "dsn=")) {
    return false;
  }
  if (position == 4) return true;
  const char c = text[position - 5];
  return !is_digit(c) && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
         c != '-' && c != '_';
}

// Adds the codes found in `text`. In a reply's message text they are plain
// text: a reply code written just before one there (a repeated
// "450-4.2.1") is part of the message, not the reply code of that code.
void add_matches(explanation& e, const normalized& n, std::string_view text,
                 bool reply_text) {
  for (const ss::code_match& m : ss::find_codes(text)) {
    const where w = locate(n, e.in, offset_in(n.text, text) + m.position);
    e.matches.push_back(match{
        m.code, w.line, w.column, m.length, reply_text ? std::nullopt : m.reply,
        m.leading_zeros, in_dsn_field(text, m.position), reply_text});
  }
}

// A reply starts with three digits and a space, a hyphen or the line end.
bool looks_like_reply(std::string_view first_line) {
  return first_line.size() >= 3 && is_digit(first_line[0]) &&
         is_digit(first_line[1]) && is_digit(first_line[2]) &&
         (first_line.size() == 3 || first_line[3] == ' ' ||
          first_line[3] == '-');
}

// The field name of a header line, or empty when it is not one.
std::string_view field_name(std::string_view line) {
  std::size_t i = 0;
  while (i != line.size() && (is_digit(line[i]) || line[i] == '-' ||
                              (line[i] >= 'a' && line[i] <= 'z') ||
                              (line[i] >= 'A' && line[i] <= 'Z'))) {
    ++i;
  }
  const std::size_t name_end = i;
  while (i != line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (name_end == 0 || i == line.size() || line[i] != ':') return {};
  return line.substr(0, name_end);
}

// A DSN block: header fields (and their folds) only, one of them a
// per-recipient field that carries or implies a status.
bool looks_like_dsn(const std::vector<std::string_view>& lines) {
  bool first = true;
  bool status_field = false;
  for (const std::string_view l : lines) {
    if (l.empty()) continue;
    if (l[0] == ' ' || l[0] == '\t') {
      if (first) return false;
      continue;
    }
    const std::string_view name = field_name(l);
    if (name.empty()) return false;
    first = false;
    status_field = status_field || iequals(name, "Status") ||
                   iequals(name, "Action") || iequals(name, "Diagnostic-Code");
  }
  return status_field;
}

ss::reply_options reply_options_for(const explain_options& o,
                                    ss::reply_mode mode) {
  ss::reply_options ro;
  ro.mode = mode;
  ro.expect_enhanced_codes = o.expect_codes;
  return ro;
}

// Adds the registry's meaning, the verdict and its warnings, once the
// status and reply code are known.
void finish(explanation& e, const explain_options& o) {
  e.registry = o.registry;
  e.edition = std::string{o.registry.name()};
  if (e.status) {
    e.meaning = ss::lookup(*e.status, o.registry);
    e.class_match = e.meaning.class_match;
    if (e.meaning.is_deprecated()) {
      add_flag(e, "deprecated_code", "code deprecated in the registry");
    }
    if (e.reply) {
      const ss::compat_verdict v =
          ss::check_compat(*e.reply, *e.status, o.registry);
      e.compat = v;
      if (v.rule == ss::hard_rule::class_mismatch) {
        add_flag(e, "class_mismatch", ss::to_string_view(v.rule));
      } else if (v.rule == ss::hard_rule::intermediate_reply) {
        add_flag(e, "code_on_intermediate", ss::to_string_view(v.rule));
      }
      if (v.off_list()) {
        add_flag(e, "basic_code_not_listed",
                 "reply code not among the registry's associated codes");
      }
      if (v.against_stated_use()) {
        add_flag(e, "against_stated_use",
                 "class goes against the code's stated use");
      }
    }
  } else if (e.reply) {
    if (const auto c = e.reply->status_class_of()) {
      e.class_match = ss::lookup_class(*c, o.registry);
    }
  }
  if (e.reply && !known_reply_code(*e.reply)) {
    add_flag(e, "undefined_reply_code",
             "reply code not defined by RFC 5321 or RFC 4954, nor listed in "
             "the registry");
  }
  if (e.effective) e.effective_source = std::string{id_of(e.effective->source)};
}

strict_reading strict_of_reply(const parsed_reply_type& r, const normalized& n,
                               const input& in) {
  strict_reading s;
  s.ok = r.ok();
  if (r.ok() || r.error == ss::reply_error::deviation) {
    s.status = r.written_status;
  }
  if (s.ok) return s;
  s.error = std::string{ss::to_string_view(r.error)};
  if (r.error == ss::reply_error::reply_code_mismatch) {
    s.error = "malformed multi-line reply: " + s.error;
  }
  for (const ss::reply_flag f : ss::all_reply_flags) {
    if (r.rejected.has(f)) {
      s.deviation = f;
      break;
    }
  }
  if (r.position + 2 < n.text.size()) {
    const where w = locate(n, in, r.position);
    s.line = w.line;
    s.column = w.column;
  }
  return s;
}

// Explains `whole`, the reply that makes up all of `n`, complete or cut
// short. When its reply code changes between lines, the last line is
// authoritative: the lines from the last change on are read again as the
// reply, so its code, flags and message are theirs alone, and the lines
// before are listed as superseded.
explanation explain_reply(const input& in, const normalized& n,
                          const parsed_reply_type& whole,
                          const explain_options& o) {
  explanation e;
  e.in = in;
  e.kind = input_kind::reply;
  reply_part part;
  part.lines = whole.line_count;
  part.complete = whole.error != ss::reply_error::incomplete;
  std::size_t from = whole.offset;
  if (whole.flags.has(ss::reply_flag::reply_code_changed)) {
    bool after_change = false;
    for (const ss::reply_line& l : whole.lines()) {
      if (l.code != whole.code) {
        after_change = true;
      } else if (after_change) {
        from = l.offset;
        after_change = false;
      }
    }
    for (const ss::reply_line& l : whole.lines()) {
      if (l.offset >= from) break;
      part.superseded.push_back(
          superseded_line{in.line + n.line_index(l.offset), l.code});
    }
  }
  const parsed_reply_type r =
      from == whole.offset
          ? whole
          : ss::parse_reply(std::string_view{n.text}.substr(
                                from, whole.offset + whole.size - from),
                            reply_options_for(o, ss::reply_mode::tolerant));
  e.reply = r.code;
  if (r.written_status) {
    e.status = r.written_status;
    e.source = std::string{id_of(ss::code_source::reply)};
  }
  ss::reply_flags flags = r.flags;
  if (!part.superseded.empty()) flags |= ss::reply_flag::reply_code_changed;
  add_reply_flags(e, flags);
  for (const ss::reply_line& l : r.lines()) {
    const std::string_view t = trim(l.text);
    if (t.empty()) continue;
    if (!part.message.empty()) part.message += ' ';
    part.message += t;
  }
  part.strict = strict_of_reply(
      ss::parse_reply(n.text, reply_options_for(o, ss::reply_mode::strict)), n,
      in);
  e.reply_info = part;
  for (const ss::reply_line& l : r.lines()) add_matches(e, n, l.text, true);
  if (part.complete) {
    e.effective = r.effective_status();
  } else {
    // A reply cut short was never received: nothing to act on.
    e.error = std::string{ss::to_string_view(ss::reply_error::incomplete)} +
              " (line " + std::to_string(in.line + whole.line_count - 1) + ")";
    e.problems.push_back(e.error);
  }
  finish(e, o);
  return e;
}

explanation explain_dsn(const input& in, const normalized& n,
                        const explain_options& o) {
  explanation e;
  e.in = in;
  e.kind = input_kind::dsn;
  const ss::dsn_recipient d =
      ss::parse_dsn_recipient(n.text, {ss::reply_mode::tolerant});
  dsn_part part;
  part.action = d.action;
  part.status = d.status;
  part.status_comment = std::string{d.status_comment};
  for (const ss::dsn_field& f : d.fields()) {
    if (iequals(f.name, "Final-Recipient")) {
      part.final_recipient = std::string{f.value};
      break;
    }
  }
  if (!d.ok()) {
    part.error = std::string{ss::to_string_view(d.error)};
    e.problems.push_back(part.error + location_text(n, in, d.position));
  }
  for (const ss::dsn_flag f :
       {ss::dsn_flag::action_mismatch, ss::dsn_flag::diagnostic_class_mismatch,
        ss::dsn_flag::diagnostic_code_mismatch,
        ss::dsn_flag::status_from_diagnostic, ss::dsn_flag::missing_action,
        ss::dsn_flag::missing_final_recipient, ss::dsn_flag::duplicate_field,
        ss::dsn_flag::status_leading_zero, ss::dsn_flag::status_extra_text}) {
    if (d.flags.has(f)) add_flag(e, id_of(f), ss::to_string_view(f));
  }
  if (d.diagnostic) {
    const ss::dsn_diagnostic& diag = *d.diagnostic;
    part.has_diagnostic = true;
    part.diagnostic_type = std::string{diag.type};
    part.diagnostic_text = std::string{diag.text};
    if (diag.reply && diag.reply->ok()) {
      const auto& r = *diag.reply;
      part.diagnostic_reply = r.code;
      part.diagnostic_status = r.written_status;
      e.reply = r.code;
      add_reply_flags(e, r.flags);
      for (const ss::reply_line& l : r.lines()) {
        add_matches(e, n, l.text, true);
      }
    } else {
      if (diag.reply) {
        e.problems.push_back(
            "Diagnostic-Code is not an SMTP reply: " +
            std::string{ss::to_string_view(diag.reply->error)} +
            location_text(n, in, diag.reply->position));
      }
      add_matches(e, n, diag.text, false);
    }
  }
  if (d.status) {
    e.status = d.status;
    e.source = std::string{id_of(ss::code_source::dsn_status)};
  } else if (d.fallback_status &&
             d.fallback_status->source != ss::code_source::reply_class) {
    e.status = d.fallback_status->code;
    e.source = std::string{id_of(d.fallback_status->source)};
  }
  e.effective = d.effective_status();
  const ss::dsn_recipient strict = ss::parse_dsn_recipient(n.text);
  part.strict.ok = strict.ok();
  if (!strict.ok()) {
    part.strict.error = std::string{ss::to_string_view(strict.error)};
    if (strict.position + 2 < n.text.size()) {
      const where w = locate(n, in, strict.position);
      part.strict.line = w.line;
      part.strict.column = w.column;
    }
  }
  e.dsn_info = part;
  finish(e, o);
  return e;
}

// Free text: the remote server's reply quoted after a marker such as
// "said:" is explained, with the code at the start of its text if any;
// codes elsewhere, such as an MTA's own dsn= field, are only listed. With
// no quoted reply, the most specific code found is explained.
explanation explain_text(const input& in, const normalized& n,
                         const explain_options& o,
                         std::vector<std::string> problems) {
  explanation e;
  e.in = in;
  e.kind = input_kind::text;
  e.problems = std::move(problems);
  add_matches(e, n, n.text, false);
  for (const ss::quoted_reply_match& q : ss::find_quoted_replies(n.text)) {
    const where w = locate(n, in, q.position);
    e.quoted_replies.push_back(quoted_reply{
        std::string{n.text.substr(q.marker_position, q.marker_length)}, q.code,
        q.written_status, w.line, w.column});
  }
  std::string effective_source;
  if (const ss::quoted_reply_match q = ss::find_quoted_reply(n.text)) {
    e.reply = q.code;
    if (q.written_status) {
      e.status = q.written_status;
      e.source = "quoted_reply";
    }
    e.effective = q.effective_status();
    if (e.effective && e.effective->source == ss::code_source::reply) {
      effective_source = "quoted_reply";
    }
  } else if (const ss::code_match best = ss::find_most_specific_code(n.text)) {
    e.status = best.code;
    e.source = in_dsn_field(n.text, best.position)
                   ? "mta_dsn_field"
                   : std::string{id_of(ss::code_source::text)};
    e.reply = best.reply;
    e.effective = best.sourced();
    effective_source = e.source;
  }
  for (const match& m : e.matches) {
    if (m.mta_dsn_field) {
      add_flag(e, "mta_dsn_field",
               "code in a dsn= field: reported by the MTA, not the server");
    }
  }
  finish(e, o);
  if (!effective_source.empty()) e.effective_source = effective_source;
  return e;
}

std::string reply_problem(const parsed_reply_type& r, const normalized& n,
                          const input& in) {
  std::string s = "not read as a reply: ";
  s += ss::to_string_view(r.error);
  return s + location_text(n, in, r.position);
}

// The lines [first, end) of `n` as an input of their own.
input part_of(const input& in, const normalized& n, std::size_t first,
              std::size_t end) {
  return input{join(n.lines, first, end - first, "\n"), in.line + first,
               in.argument};
}

// A transcript: replies one after another, read with the library's reader.
// Each reply is explained on its own, a complete one or one cut short at
// the end; lines between them that are not a reply (a blank line, a client
// command) are one rejected entry per run, naming each fault. Empty when
// not one line starts a reply.
std::vector<explanation> explain_transcript(const input& in,
                                            const normalized& n,
                                            const explain_options& o) {
  const ss::reply_options ro = reply_options_for(o, ss::reply_mode::tolerant);
  std::vector<explanation> out;
  bool any_reply = false;
  explanation bad;
  std::size_t bad_first = 0;
  std::size_t bad_end = 0;
  const auto flush = [&] {
    if (bad.problems.empty()) return;
    bad.in = part_of(in, n, bad_first, bad_end);
    bad.kind = input_kind::not_reply;
    bad.error = bad.problems.front();
    finish(bad, o);
    out.push_back(bad);
    bad = explanation{};
  };
  for (const parsed_reply_type& each : ss::reply_reader{n.text, ro}) {
    const std::size_t first = n.line_index(each.offset);
    const std::size_t end = n.line_index(each.offset + each.size - 1) + 1;
    if (each.ok() || each.error == ss::reply_error::incomplete) {
      flush();
      any_reply = true;
      const input part = part_of(in, n, first, end);
      const normalized pn{part.text};
      out.push_back(explain_reply(part, pn, ss::parse_reply(pn.text, ro), o));
      continue;
    }
    if (bad.problems.empty()) bad_first = first;
    bad_end = end;
    bad.problems.push_back(std::string{ss::to_string_view(each.error)} +
                           location_text(n, in, each.position));
  }
  flush();
  if (!any_reply) return {};
  return out;
}

std::vector<explanation> explain_input(const input& in,
                                       const explain_options& o) {
  const normalized n{in.text};
  if (trim(in.text).empty()) {
    explanation e;
    e.in = in;
    e.error = "empty input";
    e.problems.push_back(e.error);
    finish(e, o);
    return {e};
  }

  // A status code standing alone, leading zeros tolerated and flagged.
  const std::string_view whole = trim(in.text);
  if (whole.find('\n') == std::string_view::npos) {
    const ss::parse_result p = ss::parse(whole, ss::parse_mode::lenient);
    if (p.ok()) {
      explanation e = explain_code(p.code, p.leading_zeros, {}, o);
      e.in = in;
      e.kind = input_kind::code;
      return {e};
    }
  }

  std::vector<std::string> problems;
  if (looks_like_reply(n.lines.front())) {
    const parsed_reply_type r =
        ss::parse_reply(n.text, reply_options_for(o, ss::reply_mode::tolerant));
    if (r.ok()) return {explain_reply(in, n, r, o)};
    std::vector<explanation> replies = explain_transcript(in, n, o);
    if (!replies.empty()) return replies;
    problems.push_back(reply_problem(r, n, in));
  } else if (looks_like_dsn(n.lines)) {
    return {explain_dsn(in, n, o)};
  }
  explanation e = explain_text(in, n, o, std::move(problems));
  if (!e.readable()) {
    e.problems.push_back("no reply code, status code or DSN Status found");
  }
  return {e};
}

}  // namespace

std::string location_of(const input& in) {
  if (in.argument != 0) {
    std::string s = "argument " + std::to_string(in.argument);
    if (in.line != 1) s += ", line " + std::to_string(in.line);
    return s;
  }
  return "line " + std::to_string(in.line);
}

std::vector<input> split_inputs(std::string_view stream) {
  std::vector<input> inputs;
  const std::vector<std::string_view> lines = lines_of(stream);
  std::size_t start = 0;
  std::size_t count = 0;
  for (std::size_t i = 0; i <= lines.size(); ++i) {
    if (i == lines.size() || is_blank(lines[i])) {
      if (count != 0) {
        inputs.push_back(input{join(lines, start, count, "\n"), start + 1, 0});
      }
      count = 0;
      continue;
    }
    if (count == 0) start = i;
    ++count;
  }
  return inputs;
}

input argument_input(std::string_view text, std::size_t number) {
  const std::vector<std::string_view> lines = lines_of(text);
  std::size_t first = 0;
  std::size_t end = lines.size();
  while (first != end && is_blank(lines[first])) ++first;
  while (end != first && is_blank(lines[end - 1])) --end;
  // An argument of blank lines only starts, and is empty, on line 1.
  return input{join(lines, first, end - first, "\n"),
               first == end ? 1 : first + 1, number};
}

std::vector<explanation> explain(const input& in, const explain_options& o) {
  std::vector<explanation> all = explain_input(in, o);
  for (explanation& e : all) {
    if (e.readable() || !e.error.empty()) continue;
    e.error = e.problems.empty() ? "nothing to explain" : e.problems.back();
  }
  return all;
}

explanation explain_code(ss::status_code code, bool leading_zeros,
                         std::optional<ss::reply_code> reply,
                         const explain_options& o) {
  explanation e;
  e.kind = input_kind::code;
  e.status = code;
  e.source = "input";
  e.effective = ss::sourced_code{code, ss::code_source::text};
  e.reply = reply;
  if (leading_zeros) {
    add_flag(e, id_of(ss::reply_flag::leading_zero),
             ss::to_string_view(ss::reply_flag::leading_zero));
  }
  finish(e, o);
  e.effective_source = "input";
  return e;
}

}  // namespace smtp_status_tool
