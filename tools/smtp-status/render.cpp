// SPDX-License-Identifier: BSL-1.0
// smtp-status: writing explanations and registry tables as aligned text or
// as JSON objects whose keys docs/cli.md lists.

#include "render.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "names.hpp"
#include "smtp_status/compat.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry_types.hpp"

namespace smtp_status_tool {

namespace ss = smtp_status;

namespace {

constexpr std::size_t label_width = 16;
constexpr std::size_t wrap_width = 79;

std::string code_text(ss::status_code c) {
  return std::string{ss::to_code_string(c).view()};
}

std::string reply_text(ss::reply_code r) {
  return std::to_string(r.number());
}

std::string_view reply_category(ss::reply_code r) {
  switch (r.first_digit()) {
    case 2:
      return "positive completion";
    case 3:
      return "positive intermediate";
    case 4:
      return "transient negative completion";
    default:
      return "permanent negative completion";
  }
}

// The record whose text the tool gives for a code: the one whose sample
// text stands for its detail (its own, a deprecated duplicate's
// replacement, or for an unregistered detail the subject's X.s.0), else
// the subject's, else the class's.
ss::registry_match shown_record(const ss::lookup_result& m) {
  if (const ss::registry_match d = m.detail_match()) return d;
  if (!m.subject_match.text().empty()) return m.subject_match;
  return m.class_match;
}

// The detail's text, and where the registry does not enumerate the detail
// which record lent it: "Other or undefined security status (not
// enumerated; X.7.0's text)".
std::string detail_text(const ss::lookup_result& m) {
  const ss::registry_match d = m.detail_match();
  if (!d) return m.code_match ? "(no sample text)" : "(not enumerated)";
  std::string s{d.text()};
  if (!m.code_match) {
    s += " (not enumerated; " + std::string{d.entry->code} + "'s text)";
  }
  return s;
}

// The record's code as the registry writes it ("X.7.0", "X.7.YYY",
// "5.XXX.YYY"), or null.
json record_code(const ss::registry_match& r) {
  return r && !r.entry->code.empty() ? json(std::string{r.entry->code})
                                     : json(nullptr);
}

std::string_view kind_id(input_kind k) {
  switch (k) {
    case input_kind::code:
      return "code";
    case input_kind::reply:
      return "reply";
    case input_kind::dsn:
      return "dsn";
    case input_kind::text:
      return "text";
    case input_kind::not_reply:
      return "not_reply";
  }
  return "text";
}

json null_or(std::string_view s) {
  return s.empty() ? json(nullptr) : json(std::string{s});
}

json classes_json(ss::class_set s) {
  json a = json::array();
  for (const ss::status_class c :
       {ss::status_class::success, ss::status_class::transient,
        ss::status_class::permanent}) {
    if (s.contains(c)) a.push_back(static_cast<unsigned>(c));
  }
  return a;
}

json strict_json(const strict_reading& s) {
  json j;
  j["ok"] = s.ok;
  j["error"] = null_or(s.error);
  j["deviation"] =
      s.deviation ? json(std::string{id_of(*s.deviation)}) : json(nullptr);
  j["line"] = s.line != 0 ? json(s.line) : json(nullptr);
  j["column"] = s.line != 0 ? json(s.column) : json(nullptr);
  j["status"] = s.status ? json(code_text(*s.status)) : json(nullptr);
  return j;
}

json entry_json(const ss::registry_entry& e, std::string_view edition) {
  json j;
  j["level"] = std::string{id_of(e.level)};
  j["edition"] = std::string{edition};
  j["code"] = std::string{e.code};
  j["class_digit"] = e.class_digit;
  j["subject"] = e.subject;
  j["detail"] = e.detail;
  j["text"] = std::string{e.text};
  json basic;
  basic["raw"] = std::string{e.basic.raw};
  basic["form"] = std::string{id_of(e.basic.form)};
  json codes = json::array();
  for (std::size_t i = 0; i != e.basic.count; ++i) {
    codes.push_back(e.basic.codes[i]);
  }
  basic["codes"] = codes;
  basic["wildcards"] = classes_json(e.basic.wildcards);
  basic["others_allowed"] = classes_json(e.basic.others_allowed);
  j["basic_codes"] = basic;
  j["description"] = std::string{e.description};
  json refs = json::array();
  for (std::size_t i = 0; i != e.reference_count; ++i) {
    const ss::reference& r = e.references[i];
    json rj;
    rj["kind"] = std::string{id_of(r.kind)};
    rj["rfc"] = r.rfc;
    rj["draft"] = std::string{r.draft};
    rj["qualifier"] = std::string{r.qualifier};
    rj["track"] = std::string{id_of(r.track)};
    rj["track_text"] = std::string{r.track_text};
    refs.push_back(rj);
  }
  j["references"] = refs;
  j["submitter"] = std::string{e.submitter};
  json subs = json::array();
  for (std::size_t i = 0; i != e.submitter_count; ++i) {
    subs.push_back(std::string{e.submitters[i]});
  }
  j["submitters"] = subs;
  j["change_controller"] = std::string{e.change_controller};
  j["stated_use"] = classes_json(e.stated_use);
  j["deprecated"] = e.deprecated;
  j["duplicate_of_subject"] = e.duplicate_of_subject;
  j["duplicate_of_detail"] = e.duplicate_of_detail;
  j["date"] = std::string{e.date};
  j["updated"] = std::string{e.updated};
  return j;
}

std::string reference_text(const ss::registry_entry& e) {
  std::string s;
  for (std::size_t i = 0; i != e.reference_count; ++i) {
    const ss::reference& r = e.references[i];
    if (i != 0) s += ", ";
    s += r.kind == ss::reference_kind::rfc ? "RFC " + std::to_string(r.rfc)
                                           : std::string{r.draft};
    if (!r.qualifier.empty()) {
      s += ' ';
      s += r.qualifier;
    }
  }
  return s;
}

// Writes a labelled row; further lines of the value line up under it.
void row(std::ostream& out, std::string_view label, std::string_view value) {
  std::string l{label};
  l.resize(label_width, ' ');
  out << "  " << l << value << '\n';
}

// Writes a labelled paragraph wrapped at word boundaries.
void wrapped_row(std::ostream& out, std::string_view label,
                 std::string_view text) {
  const std::size_t room = wrap_width - 2 - label_width;
  std::string line;
  bool first = true;
  const auto flush = [&] {
    row(out, first ? label : "", line);
    first = false;
    line.clear();
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t space = text.find(' ', pos);
    const std::string_view word = text.substr(
        pos,
        space == std::string_view::npos ? std::string_view::npos : space - pos);
    if (!line.empty() && line.size() + 1 + word.size() > room) flush();
    if (!line.empty()) line += ' ';
    line += word;
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  if (!line.empty() || first) flush();
}

std::string kind_text(const explanation& e) {
  switch (e.kind) {
    case input_kind::code:
      return "status code";
    case input_kind::reply: {
      const std::size_t n = e.reply_info ? e.reply_info->lines : 1;
      std::string s =
          "SMTP reply, " + std::to_string(n) + (n == 1 ? " line" : " lines");
      if (e.reply_info && !e.reply_info->complete) s += ", incomplete";
      return s;
    }
    case input_kind::dsn:
      return "DSN per-recipient fields";
    case input_kind::text:
      return "free text";
    case input_kind::not_reply: {
      const auto n = static_cast<std::size_t>(
          std::count(e.in.text.begin(), e.in.text.end(), '\n') + 1);
      return n == 1 ? "not a reply"
                    : "not a reply, " + std::to_string(n) + " lines";
    }
  }
  return "free text";
}

std::string source_text(std::string_view source) {
  if (source == "reply") return "sent at the start of the reply";
  if (source == "reply_class") return "derived from the reply class";
  if (source == "dsn_status") return "DSN Status field";
  if (source == "dsn_diagnostic") return "from the Diagnostic-Code reply";
  if (source == "text") return "found in the text";
  if (source == "quoted_reply") return "sent at the start of the quoted reply";
  if (source == "mta_dsn_field") {
    return "in a dsn= field: reported by the MTA, not the server";
  }
  if (source == "input") return "as given";
  return std::string{source};
}

std::string strict_text(const strict_reading& s) {
  if (s.ok) return "passes";
  // A deviation names the fault better than "deviation rejected".
  std::string t = "rejected: ";
  t += s.deviation ? std::string{ss::to_string_view(*s.deviation)} : s.error;
  if (s.line != 0) {
    t += " (line " + std::to_string(s.line) + ", column " +
         std::to_string(s.column) + ")";
  }
  if (s.deviation) {
    // RFC 2034 has no code written with a deviation: say what is left.
    t += s.status ? "; read strictly, status code " + code_text(*s.status)
                  : "; read strictly, no status code";
  }
  return t;
}

void write_list(std::ostream& out, std::string_view label,
                const std::vector<std::string>& items,
                std::string_view if_empty) {
  if (items.empty()) {
    if (!if_empty.empty()) row(out, label, if_empty);
    return;
  }
  bool first = true;
  for (const std::string& i : items) {
    row(out, first ? label : "", i);
    first = false;
  }
}

void write_meaning(std::ostream& out, const explanation& e) {
  const ss::lookup_result& m = e.meaning;
  if (e.class_match) {
    const unsigned digit =
        e.status ? e.status->class_digit() : e.reply->first_digit();
    row(out, "class",
        std::to_string(digit) + " " + std::string{e.class_match.text()});
  }
  if (!e.status) return;
  const std::string subject = std::to_string(e.status->subject());
  row(out, "subject",
      m.subject_match ? subject + " " + std::string{m.subject_match.text()}
                      : subject + " (not in the registry)");
  row(out, "detail", std::to_string(e.status->detail()) + " " + detail_text(m));
  std::string reg;
  if (m.is_registered()) {
    reg = "registered as " + std::string{m.code_match.entry->code};
    if (m.is_deprecated()) {
      reg += ", deprecated";
      if (const auto use = m.replacement()) {
        reg += ": use " + code_text(*use) + " instead";
      }
    }
  } else {
    reg = "not registered; most specific: ";
    reg += ss::to_string_view(m.level);
  }
  row(out, "registry", reg + " (" + e.edition + ")");
}

void write_compat(std::ostream& out, const explanation& e) {
  if (!e.status) return;
  if (!e.compat) {
    row(out, "compatible", "not judged: no reply code");
    return;
  }
  const ss::compat_verdict& v = *e.compat;
  row(out, "compatible",
      std::string{v.ok() ? "yes: " : "no: "} +
          std::string{ss::to_string_view(v.rule)});
  std::string assoc{ss::to_string_view(v.association)};
  if (v.entry && !v.entry.entry->basic.raw.empty()) {
    assoc += " (registry: " + std::string{v.entry.entry->basic.raw} + ")";
  }
  row(out, "association", assoc);
  std::string use{ss::stated_use_name(v.stated_use)};
  if (v.use != ss::stated_use_fit::not_stated) {
    use += v.use == ss::stated_use_fit::fits ? ", fits" : ", goes against it";
  }
  row(out, "stated use", use);
}

std::string match_text(const match& m, const ss::table_registry& registry) {
  std::string s = code_text(m.code) + " at line " + std::to_string(m.line) +
                  ", column " + std::to_string(m.column);
  if (m.reply) s += ", after reply code " + reply_text(*m.reply);
  if (m.in_reply_text) s += ", in the message text (not the reply's code)";
  if (m.mta_dsn_field) {
    s += ", in a dsn= field (reported by the MTA, not the server)";
  }
  const ss::lookup_result r = ss::lookup(m.code, registry);
  s += ": ";
  s += r.detail_match() ? detail_text(r) : std::string{r.text()};
  return s;
}

std::string quoted_text(const quoted_reply& q) {
  std::string s = reply_text(q.code) + " after \"" + q.marker + "\" at line " +
                  std::to_string(q.line) + ", column " +
                  std::to_string(q.column) + ", ";
  s += q.status ? "status code " + code_text(*q.status) : "no status code";
  return s;
}

void write_kind_details(std::ostream& out, const explanation& e,
                        const ss::table_registry& registry) {
  if (e.reply_info) {
    const reply_part& r = *e.reply_info;
    row(out, "strict RFC", strict_text(r.strict));
    std::vector<std::string> superseded;
    for (const superseded_line& l : r.superseded) {
      superseded.push_back("line " + std::to_string(l.line) + " (reply code " +
                           reply_text(l.code) +
                           "): left out, the last line's " +
                           reply_text(*e.reply) + " decides");
    }
    write_list(out, "superseded", superseded, "");
    if (!r.message.empty()) row(out, "message", r.message);
  }
  if (e.dsn_info) {
    const dsn_part& d = *e.dsn_info;
    if (!d.final_recipient.empty()) row(out, "recipient", d.final_recipient);
    row(out, "action",
        d.action ? std::string{ss::to_string_view(*d.action)} : "none");
    std::string status = d.status ? code_text(*d.status) : "none";
    if (!d.status_comment.empty()) status += " (" + d.status_comment + ")";
    row(out, "Status field", status);
    if (d.has_diagnostic) {
      row(out, "diagnostic", d.diagnostic_type + "; " + d.diagnostic_text);
    }
    row(out, "strict RFC", strict_text(d.strict));
  }
  std::vector<std::string> quoted;
  for (const quoted_reply& q : e.quoted_replies) {
    quoted.push_back(quoted_text(q));
  }
  write_list(out, "quoted reply", quoted, "");
  std::vector<std::string> found;
  for (const match& m : e.matches) found.push_back(match_text(m, registry));
  write_list(out, "found in text", found, "");
}

}  // namespace

void write_text(std::ostream& out, const explanation& e, detail_level level) {
  const ss::table_registry& registry = e.registry;
  if (level == detail_level::brief) {
    out << e.index << ". " << location_of(e.in) << ": " << kind_text(e) << '\n';
    if (e.kind == input_kind::not_reply) {
      write_list(out, "problem", e.problems, "");
      return;
    }
  } else {
    out << code_text(*e.status);
    if (e.reply) out << " with reply code " << reply_text(*e.reply);
    out << " (" << e.edition << ")\n";
  }
  if (e.kind != input_kind::code || e.reply) {
    row(out, "reply code",
        e.reply ? reply_text(*e.reply) + " (" +
                      std::string{reply_category(*e.reply)} + ")"
                : "none");
  }
  if (e.status) {
    row(out, "status code",
        code_text(*e.status) + " (" + source_text(e.source) + ")");
  } else if (e.kind != input_kind::code) {
    row(out, "status code", "none");
  }
  if (e.effective && (!e.status || e.effective->code != *e.status)) {
    row(out, "effective code",
        code_text(e.effective->code) + " (" + source_text(e.effective_source) +
            ")");
  }
  write_meaning(out, e);
  write_compat(out, e);
  std::vector<std::string> flags;
  for (const flag& f : e.flags) flags.push_back(f.text);
  if (e.readable()) write_list(out, "flags", flags, "none");
  write_kind_details(out, e, registry);
  write_list(out, "problem", e.problems, "");
  if (level == detail_level::full && e.meaning.code_match) {
    const ss::registry_entry& r = *e.meaning.code_match.entry;
    row(out, "associated", r.basic.raw.empty() ? "(blank)" : r.basic.raw);
    row(out, "references", reference_text(r));
  }
  if (level == detail_level::full && e.status) {
    const std::string_view d = e.meaning.description();
    if (!d.empty()) wrapped_row(out, "description", d);
  }
}

json to_json(const explanation& e, detail_level level) {
  json j;
  j["index"] = e.index;
  j["line"] = e.in.line;
  j["argument"] = e.in.argument != 0 ? json(e.in.argument) : json(nullptr);
  j["input"] = e.in.text;
  j["kind"] = std::string{kind_id(e.kind)};
  j["edition"] = e.edition;
  j["reply_code"] = e.reply ? json(e.reply->number()) : json(nullptr);
  j["status"] = e.status ? json(code_text(*e.status)) : json(nullptr);
  j["source"] = null_or(e.source);
  const ss::lookup_result& m = e.meaning;
  j["registered"] = e.status.has_value() && m.is_registered();
  j["level"] = e.status ? json(std::string{id_of(m.level)}) : json(nullptr);
  if (e.class_match) {
    json c;
    c["number"] = e.status ? e.status->class_digit() : e.reply->first_digit();
    c["summary"] = std::string{e.class_match.text()};
    j["class"] = c;
  } else {
    j["class"] = nullptr;
  }
  if (e.status) {
    json s;
    s["number"] = e.status->subject();
    s["summary"] = null_or(m.subject_match.text());
    j["subject"] = s;
    json d;
    d["number"] = e.status->detail();
    const ss::registry_match detail = m.detail_match();
    d["sample_text"] = null_or(detail.text());
    d["sample_text_from"] = record_code(detail);
    j["detail"] = d;
    const ss::registry_match shown = shown_record(m);
    j["sample_text"] = null_or(shown.text());
    j["sample_text_from"] = record_code(shown);
    j["description"] = null_or(m.description());
  } else {
    j["subject"] = nullptr;
    j["detail"] = nullptr;
    j["sample_text"] = nullptr;
    j["sample_text_from"] = nullptr;
    j["description"] = nullptr;
  }
  j["deprecated"] = e.status.has_value() && m.is_deprecated();
  const auto use = e.status ? m.replacement() : std::nullopt;
  j["replacement"] = use ? json(code_text(*use)) : json(nullptr);
  if (e.compat) {
    const ss::compat_verdict& v = *e.compat;
    j["compatible"] = v.ok();
    json c;
    c["hard_rule"] = std::string{id_of(v.rule)};
    c["association"] = std::string{id_of(v.association)};
    c["associated_basic_codes"] =
        v.entry ? json(std::string{v.entry.entry->basic.raw}) : json(nullptr);
    c["stated_use"] = classes_json(v.stated_use);
    c["use"] = std::string{id_of(v.use)};
    j["compatibility"] = c;
  } else {
    j["compatible"] = nullptr;
    j["compatibility"] = nullptr;
  }
  if (e.effective) {
    json s;
    s["status"] = code_text(e.effective->code);
    s["source"] = e.effective_source;
    j["effective_status"] = s;
  } else {
    j["effective_status"] = nullptr;
  }
  json flags = json::array();
  for (const flag& f : e.flags) flags.push_back(f.id);
  j["flags"] = flags;
  const ss::table_registry& registry = e.registry;
  json matches = json::array();
  for (const match& mt : e.matches) {
    json mj;
    mj["status"] = code_text(mt.code);
    mj["line"] = mt.line;
    mj["column"] = mt.column;
    mj["length"] = mt.length;
    mj["reply_code"] = mt.reply ? json(mt.reply->number()) : json(nullptr);
    mj["mta_dsn_field"] = mt.mta_dsn_field;
    mj["in_reply_text"] = mt.in_reply_text;
    const ss::lookup_result r = ss::lookup(mt.code, registry);
    mj["registered"] = r.is_registered();
    const ss::registry_match shown = shown_record(r);
    mj["sample_text"] = null_or(shown.text());
    mj["sample_text_from"] = record_code(shown);
    matches.push_back(mj);
  }
  j["matches"] = matches;
  json quoted = json::array();
  for (const quoted_reply& q : e.quoted_replies) {
    json qj;
    qj["marker"] = q.marker;
    qj["line"] = q.line;
    qj["column"] = q.column;
    qj["reply_code"] = q.code.number();
    qj["status"] = q.status ? json(code_text(*q.status)) : json(nullptr);
    quoted.push_back(qj);
  }
  j["quoted_replies"] = quoted;
  json problems = json::array();
  for (const std::string& p : e.problems) problems.push_back(p);
  j["problems"] = problems;
  j["error"] = null_or(e.error);
  if (e.reply_info) {
    json r;
    r["lines"] = e.reply_info->lines;
    r["complete"] = e.reply_info->complete;
    r["message"] = e.reply_info->message;
    json superseded = json::array();
    for (const superseded_line& l : e.reply_info->superseded) {
      json lj;
      lj["line"] = l.line;
      lj["reply_code"] = l.code.number();
      superseded.push_back(lj);
    }
    r["superseded"] = superseded;
    r["strict"] = strict_json(e.reply_info->strict);
    j["reply"] = r;
  } else {
    j["reply"] = nullptr;
  }
  if (e.dsn_info) {
    const dsn_part& d = *e.dsn_info;
    json dj;
    dj["final_recipient"] = null_or(d.final_recipient);
    dj["action"] = d.action ? json(std::string{ss::to_string_view(*d.action)})
                            : json(nullptr);
    dj["status"] = d.status ? json(code_text(*d.status)) : json(nullptr);
    dj["status_comment"] = null_or(d.status_comment);
    if (d.has_diagnostic) {
      json diag;
      diag["type"] = d.diagnostic_type;
      diag["text"] = d.diagnostic_text;
      diag["reply_code"] = d.diagnostic_reply
                               ? json(d.diagnostic_reply->number())
                               : json(nullptr);
      diag["status"] = d.diagnostic_status
                           ? json(code_text(*d.diagnostic_status))
                           : json(nullptr);
      dj["diagnostic"] = diag;
    } else {
      dj["diagnostic"] = nullptr;
    }
    dj["error"] = null_or(d.error);
    dj["strict"] = strict_json(d.strict);
    j["dsn"] = dj;
  } else {
    j["dsn"] = nullptr;
  }
  if (level == detail_level::full) {
    j["entry"] = m.code_match ? entry_json(*m.code_match.entry, e.edition)
                              : json(nullptr);
  }
  return j;
}

json metadata_json(const ss::table_registry& registry) {
  const ss::registry_table& t = registry.table();
  json j;
  j["name"] = std::string{t.metadata.name};
  j["title"] = std::string{t.metadata.title};
  j["created"] = std::string{t.metadata.created};
  j["updated"] = std::string{t.metadata.updated};
  j["source"] = std::string{t.metadata.source};
  j["classes"] = t.class_count;
  j["subjects"] = t.subject_count;
  j["codes"] = t.code_count;
  return j;
}

json registry_json(const ss::table_registry& registry) {
  const ss::registry_table& t = registry.table();
  json a = json::array();
  for (std::size_t i = 0; i != t.class_count; ++i) {
    a.push_back(entry_json(t.classes[i], t.metadata.name));
  }
  for (std::size_t i = 0; i != t.subject_count; ++i) {
    a.push_back(entry_json(t.subjects[i], t.metadata.name));
  }
  for (std::size_t i = 0; i != t.code_count; ++i) {
    a.push_back(entry_json(t.codes[i], t.metadata.name));
  }
  return a;
}

void write_metadata_text(std::ostream& out,
                         const ss::table_registry& registry) {
  const ss::registry_table& t = registry.table();
  out << t.metadata.name << ": " << t.metadata.title << '\n';
  row(out, "created", t.metadata.created);
  row(out, "updated", t.metadata.updated);
  row(out, "source", t.metadata.source);
  row(out, "records",
      std::to_string(t.class_count) + " classes, " +
          std::to_string(t.subject_count) + " subjects, " +
          std::to_string(t.code_count) + " codes");
}

void write_registry_text(std::ostream& out,
                         const ss::table_registry& registry) {
  const ss::registry_table& t = registry.table();
  write_metadata_text(out, registry);
  const auto line = [&](const ss::registry_entry& e, std::string_view extra) {
    std::string code{e.code};
    code.resize(11, ' ');
    std::string text{e.text};
    if (e.deprecated) {
      text = "(deprecated, duplicate of X." +
             std::to_string(e.duplicate_of_subject) + "." +
             std::to_string(e.duplicate_of_detail) + ")";
    }
    if (!extra.empty()) text.resize(text.size() < 52 ? 52 : text.size(), ' ');
    std::string s = "  " + code + text;
    if (!extra.empty()) s += " " + std::string{extra};
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  out << "\nClasses\n";
  for (std::size_t i = 0; i != t.class_count; ++i) line(t.classes[i], "");
  out << "\nSubjects\n";
  for (std::size_t i = 0; i != t.subject_count; ++i) line(t.subjects[i], "");
  out << "\nCodes (sample text, associated basic status codes)\n";
  for (std::size_t i = 0; i != t.code_count; ++i) {
    line(t.codes[i], t.codes[i].basic.raw);
  }
}

void write_json_line(std::ostream& out, const json& j) {
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

void write_json_pretty(std::ostream& out, const json& j) {
  out << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace smtp_status_tool
