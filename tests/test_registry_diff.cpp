// SPDX-License-Identifier: BSL-1.0
// What changed between the registry editions of 2008-09-05 and 2024-12-06,
// computed by comparing the two generated tables field by field.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/generated/iana_2008_09_05.hpp"
#include "smtp_status/generated/iana_2024_12_06.hpp"

namespace {

namespace s = smtp_status;

bool same(const s::reference& a, const s::reference& b) {
  return a.kind == b.kind && a.rfc == b.rfc && a.draft == b.draft &&
         a.qualifier == b.qualifier && a.track == b.track &&
         a.track_text == b.track_text;
}

bool same(const s::basic_codes& a, const s::basic_codes& b) {
  return a.raw == b.raw && a.form == b.form && a.codes == b.codes &&
         a.count == b.count && a.wildcards == b.wildcards &&
         a.others_allowed == b.others_allowed;
}

bool same_references(const s::registry_entry& a, const s::registry_entry& b) {
  if (a.reference_count != b.reference_count) return false;
  for (std::size_t i = 0; i != s::max_references; ++i) {
    if (!same(a.references[i], b.references[i])) return false;
  }
  return true;
}

// The names of the fields of `a` and `b` that differ; every field of
// registry_entry is compared.
std::set<std::string> changed_fields(const s::registry_entry& a,
                                     const s::registry_entry& b) {
  std::set<std::string> changed;
  const auto note = [&changed](bool equal, const char* field) {
    if (!equal) changed.insert(field);
  };
  note(a.level == b.level, "level");
  note(a.class_digit == b.class_digit, "class_digit");
  note(a.subject == b.subject, "subject");
  note(a.detail == b.detail, "detail");
  note(a.code == b.code, "code");
  note(a.text == b.text, "text");
  note(same(a.basic, b.basic), "basic");
  note(a.description == b.description, "description");
  note(same_references(a, b), "references");
  note(a.submitter == b.submitter, "submitter");
  note(a.submitters == b.submitters && a.submitter_count == b.submitter_count,
       "submitters");
  note(a.change_controller == b.change_controller, "change_controller");
  note(a.stated_use == b.stated_use, "stated_use");
  note(a.deprecated == b.deprecated, "deprecated");
  note(a.duplicate_of_subject == b.duplicate_of_subject &&
           a.duplicate_of_detail == b.duplicate_of_detail,
       "duplicate_of");
  note(a.date == b.date, "date");
  note(a.updated == b.updated, "updated");
  return changed;
}

struct edition_diff {
  std::vector<std::string> added;
  std::vector<std::string> removed;
  std::map<std::string, std::set<std::string>> changed;
};

// Compares the records of one level of the two editions, keyed by code.
edition_diff compare(const s::registry_entry* old_entries, std::size_t n_old,
                     const s::registry_entry* new_entries, std::size_t n_new) {
  std::map<std::string_view, const s::registry_entry*> old_by_code;
  std::map<std::string_view, const s::registry_entry*> new_by_code;
  for (std::size_t i = 0; i != n_old; ++i) {
    old_by_code[old_entries[i].code] = &old_entries[i];
  }
  for (std::size_t i = 0; i != n_new; ++i) {
    new_by_code[new_entries[i].code] = &new_entries[i];
  }
  edition_diff diff;
  for (std::size_t i = 0; i != n_new; ++i) {
    const s::registry_entry& e = new_entries[i];
    const auto found = old_by_code.find(e.code);
    if (found == old_by_code.end()) {
      diff.added.emplace_back(e.code);
      continue;
    }
    auto fields = changed_fields(*found->second, e);
    if (!fields.empty()) diff.changed[std::string{e.code}] = fields;
  }
  for (std::size_t i = 0; i != n_old; ++i) {
    if (new_by_code.count(old_entries[i].code) == 0) {
      diff.removed.emplace_back(old_entries[i].code);
    }
  }
  return diff;
}

const s::registry_table& old_table = s::tables::iana_2008_09_05;
const s::registry_table& new_table = s::tables::iana_2024_12_06;

using fields = std::set<std::string>;

}  // namespace

TEST_CASE("registry diff: the class and subject registries did not change") {
  const edition_diff classes =
      compare(old_table.classes, old_table.class_count, new_table.classes,
              new_table.class_count);
  CHECK(classes.added.empty());
  CHECK(classes.removed.empty());
  CHECK(classes.changed.empty());
  const edition_diff subjects =
      compare(old_table.subjects, old_table.subject_count, new_table.subjects,
              new_table.subject_count);
  CHECK(subjects.added.empty());
  CHECK(subjects.removed.empty());
  CHECK(subjects.changed.empty());
}

TEST_CASE("registry diff: 18 codes were added and none removed") {
  const edition_diff codes = compare(old_table.codes, old_table.code_count,
                                     new_table.codes, new_table.code_count);
  CHECK(codes.added == std::vector<std::string>{
                           "X.1.10", "X.3.6", "X.7.15", "X.7.16", "X.7.17",
                           "X.7.18", "X.7.19", "X.7.20", "X.7.21", "X.7.22",
                           "X.7.23", "X.7.24", "X.7.25", "X.7.26", "X.7.27",
                           "X.7.28", "X.7.29", "X.7.30"});
  CHECK(codes.removed.empty());
  CHECK(new_table.code_count - old_table.code_count == codes.added.size());
}

TEST_CASE(
    "registry diff: only X.3.2 and X.6.7 to X.6.10 changed, in these "
    "fields") {
  const edition_diff codes = compare(old_table.codes, old_table.code_count,
                                     new_table.codes, new_table.code_count);
  // X.3.2: basic code 521, RFC 7504, a second submitter, the spelling fix
  // and, in the XML only, the date it was last updated.
  // X.6.7 to X.6.10: redefined by RFC 6531; X.6.10 became a deprecated
  // duplicate of X.6.8 with its other fields emptied.
  const std::map<std::string, fields> expected = {
      {"X.3.2", fields{"basic", "description", "references", "submitter",
                       "submitters", "updated"}},
      {"X.6.7",
       fields{"text", "description", "references", "change_controller"}},
      {"X.6.8", fields{"text", "basic", "description", "references",
                       "change_controller"}},
      {"X.6.9", fields{"text", "references", "change_controller"}},
      {"X.6.10",
       fields{"text", "basic", "description", "references", "submitter",
              "submitters", "change_controller", "deprecated", "duplicate_of"}},
  };
  CHECK(codes.changed == expected);
}

TEST_CASE(
    "registry diff: the reference of X.6.7 to X.6.10 moved from "
    "RFC 5336 to RFC 6531") {
  for (unsigned detail = 7; detail <= 10; ++detail) {
    INFO("X.6." << detail);
    const s::registry_entry* before = old_table.find_code(6, detail);
    const s::registry_entry* after = new_table.find_code(6, detail);
    REQUIRE(before != nullptr);
    REQUIRE(after != nullptr);
    CHECK(before->references[0].rfc == 5336);
    CHECK(after->references[0].rfc == 6531);
  }
}

TEST_CASE("registry diff: a changed field is detected") {
  // The comparison itself must see a difference in any one field.
  s::registry_entry a = *new_table.find_code(1, 1);
  s::registry_entry b = a;
  CHECK(changed_fields(a, b).empty());
  b.submitters[1] = "J. Klensin";
  CHECK(changed_fields(a, b) == fields{"submitters"});
  b = a;
  b.references[1].qualifier = "Section 2";
  CHECK(changed_fields(a, b) == fields{"references"});
  b = a;
  b.basic.others_allowed = s::class_set::of(s::status_class::transient);
  CHECK(changed_fields(a, b) == fields{"basic"});
  b = a;
  b.duplicate_of_detail = 2;
  CHECK(changed_fields(a, b) == fields{"duplicate_of"});
}
