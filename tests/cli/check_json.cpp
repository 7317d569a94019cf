// SPDX-License-Identifier: BSL-1.0
// smtp-status's JSON read back: the keys docs/cli.md promises, and values
// checked against the library's own answers and the collected wild cases.

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "smtp_status/compat.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/registry_2008.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/search.hpp"
#include "smtp_status/status_code.hpp"

#ifdef _WIN32
#define popen _popen
#define pclose _pclose
#else
#include <sys/wait.h>
#endif

namespace {

namespace ss = smtp_status;
using nlohmann::json;

struct run_result {
  std::string out;
  int status = -1;
};

// Runs the program with `args` (already quoted for the shell); `status`
// is its exit status.
run_result run(const std::string& args) {
  const std::string command =
      std::string{"\""} + SMTP_STATUS_TOOL + "\" " + args + " 2>/dev/null";
  run_result r;
  FILE* p = popen(command.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) != 0) r.out.append(buf, n);
  const int raw = pclose(p);
#ifdef _WIN32
  r.status = raw;
#else
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
#endif
  return r;
}

// `s` quoted for the shell, CR and LF included as they are.
std::string shell_quoted(std::string_view s) {
  std::string q = "'";
  for (const char c : s) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

// The arguments of tests/cli/wild.args: one per line, \r and \n standing
// for CR and LF, comment lines left out.
std::vector<std::string> wild_arguments() {
  std::ifstream in{std::string{SMTP_STATUS_TEST_SOURCE_DIR} +
                   "/tests/cli/wild.args"};
  REQUIRE(in);
  std::vector<std::string> args;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '#') continue;
    std::string arg;
    for (std::size_t i = 0; i != line.size(); ++i) {
      if (line[i] == '\\' && i + 1 != line.size() &&
          (line[i + 1] == 'r' || line[i + 1] == 'n')) {
        arg += line[i + 1] == 'r' ? '\r' : '\n';
        ++i;
      } else {
        arg += line[i];
      }
    }
    args.push_back(arg);
  }
  return args;
}

// Whether RFC 5321 or RFC 4954 defines `r`, or a built-in edition of the
// registry lists it among a code's associated basic status codes.
bool known_reply_code(ss::reply_code r) {
  if (r.is_defined()) return true;
  for (const ss::table_registry& reg :
       {ss::registries::iana_2024_12_06, ss::registries::iana_2008_09_05}) {
    const ss::registry_table& t = reg.table();
    for (std::size_t i = 0; i != t.code_count; ++i) {
      if (t.codes[i].basic.lists(r.number())) return true;
    }
    for (std::size_t i = 0; i != t.subject_count; ++i) {
      if (t.subjects[i].basic.lists(r.number())) return true;
    }
    for (std::size_t i = 0; i != t.class_count; ++i) {
      if (t.classes[i].basic.lists(r.number())) return true;
    }
  }
  return false;
}

std::vector<json> json_lines(const std::string& text) {
  std::vector<json> objects;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t lf = text.find('\n', pos);
    REQUIRE(lf != std::string::npos);
    objects.push_back(json::parse(text.substr(pos, lf - pos)));
    pos = lf + 1;
  }
  return objects;
}

// The explanations of one argument, and the exit status.
std::vector<json> explain_argument(const std::string& arg, int status) {
  const run_result r = run("explain --json " + shell_quoted(arg));
  CHECK(r.status == status);
  return json_lines(r.out);
}

const std::string examples =
    std::string{"\""} + SMTP_STATUS_TEST_SOURCE_DIR + "/examples/bounces.txt\"";

// The examples hold one reply cut short, which is rejected: exit status 1.
std::vector<json> explain_examples() {
  const run_result r = run("explain --json < " + examples);
  REQUIRE(r.status == 1);
  return json_lines(r.out);
}

// The explanation of the input that starts with `prefix`.
const json& find_input(const std::vector<json>& all, std::string_view prefix) {
  for (const json& j : all) {
    if (j.at("input").get<std::string>().rfind(prefix, 0) == 0) return j;
  }
  FAIL("no input starts with " << prefix);
  return all.front();
}

std::set<std::string> flags_of(const json& j) {
  return j.at("flags").get<std::set<std::string>>();
}

// The keys every explain and lookup object has, with their types.
void check_keys(const json& j) {
  INFO(j.dump());
  REQUIRE(j.is_object());
  const std::string kind = j.at("kind").get<std::string>();
  CHECK((kind == "code" || kind == "reply" || kind == "dsn" || kind == "text" ||
         kind == "not_reply"));
  CHECK((j.at("error").is_null() || j.at("error").is_string()));
  if (j.at("status").is_null() && j.at("reply_code").is_null()) {
    // Nothing to explain is always an error.
    CHECK(j.at("error").is_string());
  }
  if (j.at("error").is_string()) {
    CHECK(j.at("problems").size() >= 1);
  }
  CHECK((j.at("reply_code").is_null() || j.at("reply_code").is_number()));
  CHECK((j.at("status").is_null() || j.at("status").is_string()));
  CHECK(j.at("registered").is_boolean());
  CHECK((j.at("class").is_null() || j.at("class").at("number").is_number()));
  CHECK(
      (j.at("subject").is_null() || j.at("subject").at("number").is_number()));
  CHECK((j.at("sample_text").is_null() || j.at("sample_text").is_string()));
  CHECK((j.at("sample_text_from").is_null() ||
         j.at("sample_text_from").is_string()));
  CHECK(j.at("quoted_replies").is_array());
  CHECK((j.at("compatible").is_null() || j.at("compatible").is_boolean()));
  CHECK(j.at("flags").is_array());
  CHECK(j.at("matches").is_array());
  CHECK(j.at("edition").is_string());
  CHECK(j.at("deprecated").is_boolean());
  CHECK(j.contains("replacement"));
  CHECK(j.contains("detail"));
  CHECK(j.contains("compatibility"));
}

// The registry code of a record as JSON: "X.7.0", or null.
json code_or_null(const ss::registry_match& m) {
  return m ? json(std::string{m.entry->code}) : json(nullptr);
}

// The sample text and its record that the tool gives for `l`: the text
// that stands for the detail (the subject's X.s.0 for an unregistered
// detail), else the subject's or the class's summary.
void check_sample_text(const json& j, const ss::lookup_result& l) {
  if (const ss::registry_match d = l.detail_match()) {
    CHECK(j.at("sample_text").get<std::string>() == l.detail_text());
    CHECK(j.at("sample_text_from") == code_or_null(d));
  } else {
    CHECK(j.at("sample_text").get<std::string>() == l.text());
    CHECK(j.at("sample_text_from") ==
          code_or_null(l.subject_match ? l.subject_match : l.class_match));
  }
}

// Each code found in text: its meaning, and whether a dsn= field holds it.
void check_matches(const json& j, const ss::table_registry& reg) {
  const std::string input = j.at("input").get<std::string>();
  for (const json& m : j.at("matches")) {
    INFO(m.dump());
    const ss::parse_result p = ss::parse(m.at("status").get<std::string>());
    REQUIRE(p.ok());
    const ss::lookup_result l = ss::lookup(p.code, reg);
    CHECK(m.at("registered").get<bool>() == l.is_registered());
    check_sample_text(m, l);
    CHECK(m.at("mta_dsn_field").is_boolean());
    if (m.at("in_reply_text").get<bool>()) {
      // Plain text of a reply: never given a reply code.
      CHECK(j.at("kind") != "text");
      CHECK(m.at("reply_code").is_null());
    }
    if (m.at("mta_dsn_field").get<bool>()) {
      CHECK(input.find("dsn=" + m.at("status").get<std::string>()) !=
            std::string::npos);
    }
  }
}

// The replies quoted in a free text are the library's, in order.
void check_quoted_replies(const json& j) {
  const json& all = j.at("quoted_replies");
  if (j.at("kind") != "text") {
    CHECK(all.empty());
    return;
  }
  const std::string input = j.at("input").get<std::string>();
  std::size_t i = 0;
  for (const ss::quoted_reply_match& q : ss::find_quoted_replies(input)) {
    REQUIRE(i < all.size());
    const json& a = all.at(i++);
    CHECK(a.at("marker") == input.substr(q.marker_position, q.marker_length));
    CHECK(a.at("reply_code") == q.code.number());
    CHECK(a.at("status") ==
          (q.written_status
               ? json(std::string{ss::to_code_string(*q.written_status).view()})
               : json(nullptr)));
  }
  CHECK(i == all.size());
  if (i != 0) {
    // The first quoted reply is the one explained.
    CHECK(j.at("reply_code") == all.at(0).at("reply_code"));
    CHECK(j.at("status") == all.at(0).at("status"));
  }
}

// The values that the library gives for the explained code and reply code.
void check_against_library(const json& j, const ss::table_registry& reg) {
  INFO(j.dump());
  if (j.contains("input")) {
    check_matches(j, reg);
    check_quoted_replies(j);
  }
  if (!j.at("reply_code").is_null()) {
    const auto r =
        ss::reply_code::from_number(j.at("reply_code").get<unsigned>());
    REQUIRE(r);
    CHECK(flags_of(j).count("undefined_reply_code") ==
          (known_reply_code(*r) ? 0 : 1));
  }
  if (j.at("status").is_null()) {
    CHECK_FALSE(j.at("registered").get<bool>());
    CHECK(j.at("sample_text").is_null());
    CHECK(j.at("sample_text_from").is_null());
    CHECK(j.at("subject").is_null());
    return;
  }
  const ss::parse_result p = ss::parse(j.at("status").get<std::string>());
  REQUIRE(p.ok());
  const ss::lookup_result l = ss::lookup(p.code, reg);
  CHECK(j.at("registered").get<bool>() == l.is_registered());
  check_sample_text(j, l);
  CHECK(j.at("level") == [&] {
    switch (l.level) {
      case ss::match_level::enumerated_code:
        return "code";
      case ss::match_level::subject_code:
        return "subject";
      case ss::match_level::class_code:
        return "class";
      case ss::match_level::none:
        break;
    }
    return "none";
  }());
  CHECK(
      j.at("detail").at("sample_text") ==
      (l.detail_match() ? json(std::string{l.detail_text()}) : json(nullptr)));
  CHECK(j.at("detail").at("sample_text_from") ==
        code_or_null(l.detail_match()));
  CHECK(j.at("class").at("number").get<unsigned>() == p.code.class_digit());
  CHECK(j.at("class").at("summary").get<std::string>() == l.class_match.text());
  CHECK(j.at("subject").at("number").get<unsigned>() == p.code.subject());
  if (l.subject_match) {
    CHECK(j.at("subject").at("summary").get<std::string>() ==
          l.subject_match.text());
  } else {
    CHECK(j.at("subject").at("summary").is_null());
  }
  CHECK(j.at("detail").at("number").get<unsigned>() == p.code.detail());
  CHECK(j.at("deprecated").get<bool>() == l.is_deprecated());
  if (j.at("reply_code").is_null()) {
    CHECK(j.at("compatible").is_null());
    return;
  }
  const auto reply =
      ss::reply_code::from_number(j.at("reply_code").get<unsigned>());
  REQUIRE(reply);
  const ss::compat_verdict v = ss::check_compat(*reply, p.code, reg);
  CHECK(j.at("compatible").get<bool>() == v.ok());
  CHECK(j.at("compatibility").at("association").get<std::string>() == [&] {
    switch (v.association) {
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
    return "";
  }());
  CHECK(flags_of(j).count("basic_code_not_listed") == (v.off_list() ? 1 : 0));
  CHECK(flags_of(j).count("against_stated_use") ==
        (v.against_stated_use() ? 1 : 0));
}

std::string classes(ss::class_set s) {
  std::string r;
  for (const unsigned d : {2u, 4u, 5u}) {
    if (s.contains(static_cast<ss::status_class>(d))) r += std::to_string(d);
  }
  return r;
}

std::string classes(const json& a) {
  std::string r;
  for (const json& d : a) r += std::to_string(d.get<unsigned>());
  return r;
}

// Every field of `e` as the JSON record `j` gives it.
void check_entry(const json& j, const ss::registry_entry& e,
                 std::string_view edition) {
  INFO(e.code);
  CHECK(j.at("edition").get<std::string>() == edition);
  CHECK(j.at("code").get<std::string>() == e.code);
  CHECK(j.at("class_digit").get<unsigned>() == e.class_digit);
  CHECK(j.at("subject").get<unsigned>() == e.subject);
  CHECK(j.at("detail").get<unsigned>() == e.detail);
  CHECK(j.at("text").get<std::string>() == e.text);
  const json& b = j.at("basic_codes");
  CHECK(b.at("raw").get<std::string>() == e.basic.raw);
  REQUIRE(b.at("codes").size() == e.basic.count);
  for (std::size_t i = 0; i != e.basic.count; ++i) {
    CHECK(b.at("codes").at(i).get<unsigned>() == e.basic.codes[i]);
  }
  CHECK(classes(b.at("wildcards")) == classes(e.basic.wildcards));
  CHECK(classes(b.at("others_allowed")) == classes(e.basic.others_allowed));
  CHECK(j.at("description").get<std::string>() == e.description);
  REQUIRE(j.at("references").size() == e.reference_count);
  for (std::size_t i = 0; i != e.reference_count; ++i) {
    const json& r = j.at("references").at(i);
    const ss::reference& ref = e.references[i];
    CHECK(r.at("kind").get<std::string>() ==
          (ref.kind == ss::reference_kind::rfc ? "rfc" : "draft"));
    CHECK(r.at("rfc").get<unsigned>() == ref.rfc);
    CHECK(r.at("draft").get<std::string>() == ref.draft);
    CHECK(r.at("qualifier").get<std::string>() == ref.qualifier);
    CHECK(r.at("track_text").get<std::string>() == ref.track_text);
  }
  CHECK(j.at("submitter").get<std::string>() == e.submitter);
  REQUIRE(j.at("submitters").size() == e.submitter_count);
  for (std::size_t i = 0; i != e.submitter_count; ++i) {
    CHECK(j.at("submitters").at(i).get<std::string>() == e.submitters[i]);
  }
  CHECK(j.at("change_controller").get<std::string>() == e.change_controller);
  CHECK(classes(j.at("stated_use")) == classes(e.stated_use));
  CHECK(j.at("deprecated").get<bool>() == e.deprecated);
  CHECK(j.at("duplicate_of_subject").get<unsigned>() == e.duplicate_of_subject);
  CHECK(j.at("duplicate_of_detail").get<unsigned>() == e.duplicate_of_detail);
  CHECK(j.at("date").get<std::string>() == e.date);
  CHECK(j.at("updated").get<std::string>() == e.updated);
}

void check_registry(const std::string& option, const ss::table_registry& reg,
                    std::size_t classes_n, std::size_t subjects_n,
                    std::size_t codes_n) {
  const run_result r = run("registry --json " + option);
  REQUIRE(r.status == 0);
  const json all = json::parse(r.out);
  REQUIRE(all.is_array());
  std::vector<json> by_level[3];
  for (const json& j : all) {
    const std::string level = j.at("level").get<std::string>();
    REQUIRE((level == "class" || level == "subject" || level == "code"));
    by_level[level == "class" ? 0 : level == "subject" ? 1 : 2].push_back(j);
  }
  CHECK(by_level[0].size() == classes_n);
  CHECK(by_level[1].size() == subjects_n);
  CHECK(by_level[2].size() == codes_n);
  const ss::registry_table& t = reg.table();
  REQUIRE(t.class_count == classes_n);
  REQUIRE(t.subject_count == subjects_n);
  REQUIRE(t.code_count == codes_n);
  for (std::size_t i = 0; i != t.class_count; ++i) {
    check_entry(by_level[0][i], t.classes[i], t.metadata.name);
  }
  for (std::size_t i = 0; i != t.subject_count; ++i) {
    check_entry(by_level[1][i], t.subjects[i], t.metadata.name);
  }
  for (std::size_t i = 0; i != t.code_count; ++i) {
    check_entry(by_level[2][i], t.codes[i], t.metadata.name);
  }
}

}  // namespace

TEST_CASE("cli json: every explanation of the examples has the keys") {
  const std::vector<json> all = explain_examples();
  REQUIRE(all.size() >= 30);
  for (std::size_t i = 0; i != all.size(); ++i) {
    check_keys(all[i]);
    CHECK(all[i].at("index").get<std::size_t>() == i + 1);
    CHECK(all[i].at("argument").is_null());
    if (i != 0) {
      CHECK(all[i].at("line").get<std::size_t>() >
            all[i - 1].at("line").get<std::size_t>());
    }
  }
}

TEST_CASE("cli json: explained codes agree with the library's lookup") {
  for (const json& j : explain_examples()) {
    check_against_library(j, ss::registries::current);
  }
}

TEST_CASE("cli json: a null MX reply is a consistent registered 5.1.10") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "556 5.1.10");
  CHECK(j.at("kind") == "reply");
  CHECK(j.at("reply_code") == 556);
  CHECK(j.at("status") == "5.1.10");
  CHECK(j.at("registered") == true);
  CHECK(j.at("compatible") == true);
  CHECK(j.at("compatibility").at("association") == "listed");
  CHECK(j.at("subject").at("number") == 1);
  CHECK(j.at("detail").at("number") == 10);
  CHECK(j.at("flags").empty());
  CHECK(j.at("reply").at("strict").at("ok") == true);
}

TEST_CASE("cli json: a '#' before the code is flagged and fails strict") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "550 #5.1.0");
  CHECK(j.at("status") == "5.1.0");
  CHECK(flags_of(j).count("hash_prefix") == 1);
  CHECK(j.at("reply").at("strict").at("ok") == false);
  CHECK(j.at("reply").at("strict").at("deviation") == "hash_prefix");
  CHECK(j.at("reply").at("strict").at("column") == 5);
}

TEST_CASE("cli json: a code inside the reply text is found, not the reply's") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "550 Unknown recipient");
  CHECK(j.at("kind") == "reply");
  CHECK(j.at("status").is_null());
  CHECK(j.at("compatible").is_null());
  CHECK(j.at("effective_status").at("status") == "5.0.0");
  CHECK(j.at("effective_status").at("source") == "reply_class");
  REQUIRE(j.at("matches").size() == 1);
  CHECK(j.at("matches")[0].at("status") == "5.1.1");
  CHECK(j.at("matches")[0].at("column") == 44);
}

TEST_CASE("cli json: a transcript gives one object per reply") {
  const std::vector<json> all = explain_examples();
  const json& first = find_input(all, "250 2.0.0: Ok");
  const std::size_t i = first.at("index").get<std::size_t>() - 1;
  REQUIRE(i + 3 < all.size());
  const std::vector<unsigned> replies = {250, 250, 221, 214};
  for (std::size_t k = 0; k != 4; ++k) {
    const json& j = all[i + k];
    CHECK(j.at("reply_code") == replies[k]);
    CHECK(j.at("status") == "2.0.0");
    CHECK(j.at("line") == first.at("line").get<std::size_t>() + k);
    CHECK(flags_of(j).count("glued_punctuation") == 1);
  }
  CHECK(all[i + 3].at("reply").at("lines") == 4);
  CHECK(flags_of(all[i + 3]).count("code_missing_on_some_lines") == 1);
}

TEST_CASE("cli json: a code in a log line is found with its reply code") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "NOQUEUE: reject:");
  CHECK(j.at("kind") == "text");
  CHECK(j.at("reply_code") == 450);
  CHECK(j.at("status") == "4.7.25");
  CHECK(j.at("source") == "text");
  CHECK(j.at("sample_text") == "Reverse DNS validation failed");
  CHECK(j.at("compatible") == true);
}

TEST_CASE(
    "cli json: a reply cut short is explained as far as it goes and rejected") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "450-4.2.1 450-4.2.1");
  CHECK(j.at("kind") == "reply");
  CHECK(j.at("reply_code") == 450);
  CHECK(j.at("status") == "4.2.1");
  CHECK(j.at("source") == "reply");
  CHECK(j.at("effective_status").is_null());
  CHECK(j.at("reply").at("complete") == false);
  CHECK(j.at("reply").at("lines") == 3);
  CHECK(flags_of(j).count("code_missing_on_some_lines") == 1);
  CHECK(j.at("error") ==
        "incomplete reply: the last line is a continuation (line " +
            std::to_string(j.at("line").get<std::size_t>() + 2) + ")");
  // The repeated "450-4.2.1" is the message's text, not a second code.
  REQUIRE(j.at("matches").size() == 1);
  CHECK(j.at("matches")[0].at("column") == 15);
  CHECK(j.at("matches")[0].at("in_reply_text") == true);
  CHECK(j.at("matches")[0].at("reply_code").is_null());
  CHECK(j.at("reply").at("message").get<std::string>().rfind("450-4.2.1 ", 0) ==
        0);
  // Every other explanation of the examples is accepted.
  for (const json& other : all) {
    if (&other != &j) CHECK(other.at("error").is_null());
  }
}

TEST_CASE("cli json: the last line's reply code wins, flagged") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "220-mx.example.net");
  CHECK(j.at("reply_code") == 521);
  CHECK(j.at("status") == "5.7.1");
  CHECK(flags_of(j).count("reply_code_changed") == 1);
  // The greeting's line needs no code: only the 521 lines are judged.
  CHECK(flags_of(j).count("code_missing_on_some_lines") == 0);
  CHECK(j.at("reply").at("message").get<std::string>().rfind(
            "Service unavailable;", 0) == 0);
  REQUIRE(j.at("reply").at("superseded").size() == 1);
  CHECK(j.at("reply").at("superseded")[0].at("line") == j.at("line"));
  CHECK(j.at("reply").at("superseded")[0].at("reply_code") == 220);
  CHECK(j.at("reply").at("strict").at("ok") == false);
  CHECK(j.at("reply").at("strict").at("line") ==
        j.at("line").get<std::size_t>() + 1);
  CHECK(j.at("error").is_null());
}

TEST_CASE(
    "cli json: a transcript is read reply by reply as the library's "
    "reader reads it") {
  for (const std::string& arg : wild_arguments()) {
    INFO(arg);
    // The tool hands each input to the library with CR LF line ends.
    std::string text;
    std::size_t pos = 0;
    while (pos < arg.size()) {
      std::size_t lf = arg.find('\n', pos);
      if (lf == std::string::npos) lf = arg.size();
      std::string line = arg.substr(pos, lf - pos);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      text += line + "\r\n";
      pos = lf + 1;
    }
    std::vector<ss::parsed_reply> replies;
    for (const ss::parsed_reply& r :
         ss::reply_reader{text, {ss::reply_mode::tolerant}}) {
      replies.push_back(r);
    }
    const bool rejected =
        std::any_of(replies.begin(), replies.end(),
                    [](const ss::parsed_reply& r) { return !r.ok(); });
    const std::vector<json> all = explain_argument(arg, rejected ? 1 : 0);
    REQUIRE(all.size() == replies.size());
    for (std::size_t i = 0; i != all.size(); ++i) {
      const json& j = all[i];
      const ss::parsed_reply& r = replies[i];
      check_keys(j);
      check_against_library(j, ss::registries::current);
      if (r.ok() || r.error == ss::reply_error::incomplete) {
        CHECK(j.at("kind") == "reply");
        CHECK(j.at("reply_code") == r.code.number());
        CHECK(j.at("reply").at("complete") == r.ok());
        CHECK(j.at("error").is_null() == r.ok());
        if (!r.flags.has(ss::reply_flag::reply_code_changed)) {
          CHECK(j.at("status") ==
                (r.written_status
                     ? json(std::string{
                           ss::to_code_string(*r.written_status).view()})
                     : json(nullptr)));
        }
      } else {
        CHECK(j.at("kind") == "not_reply");
        CHECK(j.at("error").get<std::string>().rfind(
                  std::string{ss::to_string_view(r.error)}, 0) == 0);
      }
    }
  }
}

TEST_CASE("cli json: a reply, then a continuation line cut short") {
  const std::vector<json> all = explain_argument(wild_arguments().at(0), 1);
  REQUIRE(all.size() == 2);
  CHECK(all[0].at("status") == "5.1.0");
  CHECK(flags_of(all[0]).count("hash_prefix") == 1);
  // Strictly, a code after '#' is no code.
  CHECK(all[0].at("reply").at("strict").at("deviation") == "hash_prefix");
  CHECK(all[0].at("reply").at("strict").at("status").is_null());
  CHECK(all[1].at("line") == 2);
  CHECK(all[1].at("reply_code") == 550);
  CHECK(all[1].at("status").is_null());
  CHECK(all[1].at("matches").empty());
  CHECK(all[1].at("reply").at("complete") == false);
}

TEST_CASE("cli json: a blank line between replies is rejected on its own") {
  const std::vector<json> all = explain_argument(wild_arguments().at(3), 1);
  REQUIRE(all.size() == 4);
  CHECK(all[0].at("reply_code") == 220);
  CHECK(all[1].at("kind") == "not_reply");
  CHECK(all[1].at("line") == 2);
  CHECK(all[1].at("input") == "");
  CHECK(all[1].at("error") == "empty line: no reply code (line 2, column 1)");
  CHECK(all[2].at("reply_code") == 250);
  CHECK(all[2].at("reply").at("lines") == 6);
  CHECK(all[3].at("line") == 9);
  CHECK(all[3].at("reply_code") == 221);
  CHECK(all[3].at("status") == "2.3.0");
  CHECK(all[3].at("source") == "reply");
  CHECK(all[3].at("compatible") == true);
}

TEST_CASE("cli json: a reply code no RFC defines is flagged") {
  const std::vector<json> all = explain_argument(wild_arguments().at(4), 0);
  REQUIRE(all.size() == 1);
  CHECK(all[0].at("reply_code") == 401);
  CHECK(flags_of(all[0]).count("undefined_reply_code") == 1);
  const json lookup = json::parse(run("lookup --json --reply 521 5.3.2").out);
  CHECK(flags_of(lookup).count("undefined_reply_code") == 0);
}

TEST_CASE("cli json: DSN fields give Status, diagnostic reply and flags") {
  const std::vector<json> all = explain_examples();
  const json& vendor = find_input(all, "Action: failed\nStatus: 5.7.133");
  CHECK(vendor.at("kind") == "dsn");
  CHECK(vendor.at("status") == "5.7.133");
  CHECK(vendor.at("source") == "dsn_status");
  CHECK(vendor.at("registered") == false);
  CHECK(vendor.at("level") == "subject");
  CHECK(vendor.at("reply_code") == 550);
  CHECK(vendor.at("dsn").at("diagnostic").at("status") == "5.7.133");

  const json& postfix =
      find_input(all, "Final-Recipient: rfc822; user@example.org\nOriginal");
  CHECK(postfix.at("status") == "5.2.2");
  CHECK(postfix.at("reply_code").is_null());
  CHECK(postfix.at("compatible").is_null());
  CHECK(postfix.at("dsn").at("diagnostic").at("type") == "X-Postfix");

  const json& missing =
      find_input(all, "Final-Recipient: rfc822; user@example.org\nAction");
  CHECK(missing.at("status") == "5.1.1");
  CHECK(missing.at("source") == "dsn_diagnostic");
  CHECK(flags_of(missing).count("status_from_diagnostic") == 1);
  CHECK(missing.at("dsn").at("error") == "Status field missing");
}

TEST_CASE(
    "cli json: unregistered vendor codes keep class and subject, and read "
    "as the subject's X.s.0") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "451 4.7.651");
  CHECK(j.at("registered") == false);
  CHECK(j.at("level") == "subject");
  CHECK(j.at("class").at("number") == 4);
  CHECK(j.at("subject").at("summary") == "Security or Policy Status");
  CHECK(j.at("detail").at("sample_text") ==
        "Other or undefined security status");
  CHECK(j.at("detail").at("sample_text_from") == "X.7.0");
  CHECK(j.at("sample_text") == "Other or undefined security status");
  CHECK(j.at("sample_text_from") == "X.7.0");
  CHECK(j.at("compatibility").at("association") == "unregistered");

  const json& dsn = find_input(all, "Action: failed\nStatus: 5.7.133");
  CHECK(dsn.at("sample_text") == "Other or undefined security status");
  CHECK(dsn.at("sample_text_from") == "X.7.0");

  const json& other = find_input(all, "deliverystatus: 5.0.900");
  CHECK(other.at("sample_text") == "Other undefined Status");
  CHECK(other.at("sample_text_from") == "X.0.0");
  CHECK(other.at("matches").at(0).at("sample_text_from") == "X.0.0");
}

TEST_CASE(
    "cli json: a Postfix log line gives the quoted remote reply, and the "
    "dsn= code as the MTA's") {
  const std::vector<json> all = explain_examples();
  const json& j = find_input(all, "dsn=5.0.0, status=bounced");
  CHECK(j.at("kind") == "text");
  CHECK(j.at("reply_code") == 552);
  CHECK(j.at("status").is_null());
  CHECK(j.at("source").is_null());
  CHECK(j.at("compatible").is_null());
  CHECK(j.at("class").at("number") == 5);
  CHECK(j.at("effective_status").at("status") == "5.0.0");
  CHECK(j.at("effective_status").at("source") == "reply_class");
  REQUIRE(j.at("quoted_replies").size() == 1);
  CHECK(j.at("quoted_replies")[0].at("marker") == "said:");
  CHECK(j.at("quoted_replies")[0].at("reply_code") == 552);
  CHECK(j.at("quoted_replies")[0].at("status").is_null());
  CHECK(j.at("quoted_replies")[0].at("column") == 65);
  REQUIRE(j.at("matches").size() == 1);
  CHECK(j.at("matches")[0].at("status") == "5.0.0");
  CHECK(j.at("matches")[0].at("mta_dsn_field") == true);
  CHECK(flags_of(j).count("mta_dsn_field") == 1);

  // With a code in the quoted reply, that code is explained and judged.
  const json& coded = find_input(all, "to=<user@example.org>, relay=");
  CHECK(coded.at("reply_code") == 550);
  CHECK(coded.at("status") == "5.1.1");
  CHECK(coded.at("source") == "quoted_reply");
  CHECK(coded.at("effective_status").at("source") == "quoted_reply");
  CHECK(coded.at("compatible") == true);
  REQUIRE(coded.at("matches").size() == 2);
  CHECK(coded.at("matches")[0].at("mta_dsn_field") == true);
  CHECK(coded.at("matches")[1].at("mta_dsn_field") == false);
  CHECK(coded.at("matches")[1].at("reply_code") == 550);

  // A dsn= field alone is explained, marked as the MTA's.
  const json& alone = find_input(all, "dsn=5.1.10");
  CHECK(alone.at("status") == "5.1.10");
  CHECK(alone.at("source") == "mta_dsn_field");
  CHECK(alone.at("reply_code").is_null());
  CHECK(flags_of(alone).count("mta_dsn_field") == 1);
}

TEST_CASE("cli json: Exim and sendmail bounces give the quoted reply") {
  const std::vector<json> all = explain_examples();
  const json& exim = find_input(all, "  user@example.org\n    host");
  CHECK(exim.at("reply_code") == 550);
  CHECK(exim.at("status") == "5.1.1");
  CHECK(exim.at("quoted_replies")[0].at("marker") ==
        "SMTP error from remote mail server after");
  CHECK(exim.at("flags").empty());

  const json& defer = find_input(all, "2024-06-03 11:03:18");
  CHECK(defer.at("reply_code") == 451);
  CHECK(defer.at("status").is_null());
  CHECK(defer.at("effective_status").at("status") == "4.0.0");
  CHECK(defer.at("effective_status").at("source") == "reply_class");
  CHECK(defer.at("matches").empty());

  const json& sendmail = find_input(all, "... while talking to");
  CHECK(sendmail.at("quoted_replies")[0].at("marker") == "<<<");
  CHECK(sendmail.at("status") == "5.1.1");
  CHECK(sendmail.at("compatible") == true);
}

TEST_CASE("cli json: arguments give one line each, with their number") {
  const run_result r = run("explain --json 5.2.2 '452 4.2.2 Mailbox full'");
  REQUIRE(r.status == 0);
  const std::vector<json> all = json_lines(r.out);
  REQUIRE(all.size() == 2);
  CHECK(all[0].at("kind") == "code");
  CHECK(all[0].at("argument") == 1);
  CHECK(all[1].at("kind") == "reply");
  CHECK(all[1].at("argument") == 2);
  CHECK(all[1].at("compatibility").at("association") == "not_listed");
}

TEST_CASE("cli json: lookup adds the whole registry record") {
  const run_result r = run("lookup --json 5.1.1");
  REQUIRE(r.status == 0);
  const std::vector<json> all = json_lines(r.out);
  REQUIRE(all.size() == 1);
  check_keys(all[0]);
  check_against_library(all[0], ss::registries::current);
  const auto* e = ss::registries::current.table().find_code(1, 1);
  REQUIRE(e != nullptr);
  check_entry(all[0].at("entry"), *e, "IANA 2024-12-06");
}

TEST_CASE("cli json: lookup judges a reply code when given one") {
  const run_result r = run("lookup --json --reply 450 4.1.1");
  REQUIRE(r.status == 0);
  const json j = json::parse(r.out);
  CHECK(j.at("reply_code") == 450);
  CHECK(j.at("compatible") == true);
  CHECK(j.at("compatibility").at("use") == "against");
  check_against_library(j, ss::registries::current);
}

TEST_CASE("cli json: lookup names the deprecated code's replacement") {
  const json j = json::parse(run("lookup --json 5.6.10").out);
  CHECK(j.at("deprecated") == true);
  CHECK(j.at("replacement") == "5.6.8");
  CHECK(flags_of(j).count("deprecated_code") == 1);
}

TEST_CASE("cli json: lookup in the 2008 edition knows only its codes") {
  const json j = json::parse(run("lookup --json --edition 2008 5.7.25").out);
  CHECK(j.at("edition") == "IANA 2008-09-05");
  CHECK(j.at("registered") == false);
  CHECK(j.at("entry").is_null());
  CHECK(j.at("detail").at("sample_text_from") == "X.7.0");
  check_against_library(j, ss::registries::iana_2008_09_05);
}

TEST_CASE("cli json: registry holds every record of the current edition") {
  check_registry("", ss::registries::iana_2024_12_06, 3, 8, 81);
  check_registry("--edition current", ss::registries::iana_2024_12_06, 3, 8,
                 81);
}

TEST_CASE("cli json: registry holds every record of the 2008 edition") {
  check_registry("--edition 2008", ss::registries::iana_2008_09_05, 3, 8, 63);
}

TEST_CASE("cli json: registry metadata names the edition and its counts") {
  const json j = json::parse(run("registry --json --metadata").out);
  CHECK(j.at("name") == "IANA 2024-12-06");
  CHECK(j.at("updated") == "2024-12-06");
  CHECK(j.at("codes") == 81);
  const json old =
      json::parse(run("registry --json --metadata --edition 2008").out);
  CHECK(old.at("name") == "IANA 2008-09-05");
  CHECK(old.at("codes") == 63);
}
