// SPDX-License-Identifier: BSL-1.0
// Compile-time checks over the whole of both generated registry editions:
// order, uniqueness, well-formed fields and the constant-time index.
#include <catch2/catch.hpp>

#include <cstddef>
#include <iterator>
#include <string_view>

#include "smtp_status/generated/iana_2008_09_05.hpp"
#include "smtp_status/generated/iana_2024_12_06.hpp"
#include "smtp_status/generated/names.hpp"

namespace {

namespace s = smtp_status;
namespace t = smtp_status::tables;

// Reads the decimal sub-code at `text[i]`, without leading zeros, and
// advances `i` past it; -1 when there is none.
constexpr long read_number(std::string_view text, std::size_t& i) {
  const std::size_t start = i;
  long value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  const std::size_t n = i - start;
  if (n == 0 || n > 3 || (n > 1 && text[start] == '0')) return -1;
  return value;
}

// Tells whether `code` is written as the record's level and numbers say:
// "5.XXX.YYY", "X.3.YYY" or "X.3.2".
constexpr bool code_matches(const s::registry_entry& e) {
  const std::string_view c = e.code;
  std::size_t i = 2;
  switch (e.level) {
    case s::entry_level::class_code:
      return c.size() == 9 && c[0] == static_cast<char>('0' + e.class_digit) &&
             c.substr(1) == ".XXX.YYY" && e.subject == 0 && e.detail == 0;
    case s::entry_level::subject_code:
      if (c.substr(0, 2) != "X." || e.class_digit != 0 || e.detail != 0)
        return false;
      if (read_number(c, i) != e.subject) return false;
      return c.substr(i) == ".YYY";
    case s::entry_level::enumerated_code:
      if (c.substr(0, 2) != "X." || e.class_digit != 0) return false;
      if (read_number(c, i) != e.subject) return false;
      if (i >= c.size() || c[i] != '.') return false;
      ++i;
      return read_number(c, i) == e.detail && i == c.size();
  }
  return false;
}

// Tells whether a view's length is the length of the literal it views (no
// NUL inside, the literal's terminating NUL right after it) and whether it
// is free of what white-space normalization removes: line breaks, tabs,
// leading, trailing or doubled spaces.
constexpr bool good_text(std::string_view v) {
  if (v.empty()) return true;
  if (v.front() == ' ' || v.back() == ' ' || v.data()[v.size()] != '\0')
    return false;
  char previous = '\0';
  for (const char ch : v) {
    if (ch == '\0' || ch == '\n' || ch == '\r' || ch == '\t' ||
        (ch == ' ' && previous == ' '))
      return false;
    previous = ch;
  }
  return true;
}

constexpr bool good_reference(const s::reference& r) {
  const bool kind_ok = r.kind == s::reference_kind::rfc
                           ? r.rfc > 0 && r.draft.empty()
                           : r.rfc == 0 && r.draft.substr(0, 6) == "draft-";
  const bool track_ok =
      (r.track == s::document_track::not_stated) == r.track_text.empty();
  return kind_ok && track_ok && good_text(r.draft) && good_text(r.qualifier) &&
         good_text(r.track_text);
}

constexpr bool unused_reference(const s::reference& r) {
  return r.kind == s::reference_kind::rfc && r.rfc == 0 && r.draft.empty() &&
         r.qualifier.empty() && r.track == s::document_track::not_stated &&
         r.track_text.empty();
}

constexpr bool good_basic(const s::registry_entry& e) {
  const s::basic_codes& b = e.basic;
  if (!good_text(b.raw) || b.count > s::max_basic_codes) return false;
  for (std::size_t i = 0; i != s::max_basic_codes; ++i) {
    const unsigned code = b.codes[i];
    if (i >= b.count) {
      if (code != 0) return false;
      continue;
    }
    const unsigned first = code / 100;
    if ((first != 2 && first != 4 && first != 5) || code % 100 / 10 > 5)
      return false;
    for (std::size_t j = 0; j != i; ++j) {
      if (b.codes[j] == code) return false;
    }
  }
  if (e.level != s::entry_level::enumerated_code) {
    return b.raw.empty() && b.count == 0 && b.wildcards.empty() &&
           b.others_allowed.empty();
  }
  switch (b.form) {
    case s::basic_code_form::listed:
      return b.count > 0 || !b.wildcards.empty();
    case s::basic_code_form::any:
      return b.raw == "Any" && b.count == 0 && b.wildcards.empty();
    case s::basic_code_form::not_given:
      return b.raw == "Not given" && b.count == 0 && b.wildcards.empty();
    case s::basic_code_form::blank:
      return (b.raw.empty() || b.raw == ".") && b.count == 0 &&
             b.wildcards.empty();
  }
  return false;
}

constexpr bool good_date(std::string_view d) {
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i = 0; i != 10; ++i) {
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

// Every field of one record is well formed for its level.
constexpr bool well_formed(const s::registry_entry& e) {
  if (!code_matches(e) || !good_text(e.code) || !good_text(e.text) ||
      !good_text(e.description) || e.description.empty() ||
      !good_text(e.submitter) || !good_text(e.change_controller) ||
      !good_date(e.date) || !good_date(e.updated) || !good_basic(e))
    return false;
  if (e.text.empty() != e.deprecated) return false;
  if (e.reference_count < 1 || e.reference_count > s::max_references)
    return false;
  for (std::size_t i = 0; i != s::max_references; ++i) {
    if (i < e.reference_count ? !good_reference(e.references[i])
                              : !unused_reference(e.references[i]))
      return false;
  }
  if (e.submitter_count > s::max_submitters) return false;
  if (e.submitter.empty() != (e.submitter_count == 0)) return false;
  for (std::size_t i = 0; i != s::max_submitters; ++i) {
    const std::string_view name = e.submitters[i];
    if (i < e.submitter_count ? name.empty() || !good_text(name)
                              : !name.empty())
      return false;
  }
  if (e.level != s::entry_level::enumerated_code &&
      (!e.stated_use.empty() || e.deprecated))
    return false;
  if (!e.deprecated &&
      (e.duplicate_of_subject != 0 || e.duplicate_of_detail != 0))
    return false;
  return true;
}

constexpr bool records_ok(const s::registry_entry* entries, std::size_t n,
                          s::entry_level level) {
  for (std::size_t i = 0; i != n; ++i) {
    if (entries[i].level != level || !well_formed(entries[i])) return false;
  }
  return true;
}

// The records of each level are sorted and unique: class digit, subject,
// then subject and detail strictly increase.
constexpr bool sorted_unique(const s::registry_table& table) {
  for (std::size_t i = 1; i < table.class_count; ++i) {
    if (table.classes[i - 1].class_digit >= table.classes[i].class_digit)
      return false;
  }
  for (std::size_t i = 1; i < table.subject_count; ++i) {
    if (table.subjects[i - 1].subject >= table.subjects[i].subject)
      return false;
  }
  for (std::size_t i = 1; i < table.code_count; ++i) {
    const s::registry_entry& a = table.codes[i - 1];
    const s::registry_entry& b = table.codes[i];
    if (a.subject > b.subject ||
        (a.subject == b.subject && a.detail >= b.detail))
      return false;
  }
  return true;
}

// The codes from `first` up to `last` (or the end) are well formed; checked
// in slices so that each evaluation stays within Clang's constexpr step
// limit.
constexpr bool codes_ok(const s::registry_table& table, std::size_t first,
                        std::size_t last) {
  if (last > table.code_count) last = table.code_count;
  return first <= last && records_ok(table.codes + first, last - first,
                                     s::entry_level::enumerated_code);
}

constexpr bool every_record_ok(const s::registry_table& table) {
  return records_ok(table.classes, table.class_count,
                    s::entry_level::class_code) &&
         records_ok(table.subjects, table.subject_count,
                    s::entry_level::subject_code) &&
         codes_ok(table, 0, table.code_count);
}

constexpr bool levels_ok(const s::registry_table& table) {
  return records_ok(table.classes, table.class_count,
                    s::entry_level::class_code) &&
         records_ok(table.subjects, table.subject_count,
                    s::entry_level::subject_code);
}

// Each deprecated code names a registered code that is not deprecated.
constexpr bool duplicates_resolve(const s::registry_table& table) {
  for (std::size_t i = 0; i != table.code_count; ++i) {
    const s::registry_entry& e = table.codes[i];
    if (!e.deprecated) continue;
    const s::registry_entry* original =
        table.find_code(e.duplicate_of_subject, e.duplicate_of_detail);
    if (original == nullptr || original == &e || original->deprecated)
      return false;
  }
  return true;
}

// The index dimensions are one more than the largest subject and detail.
constexpr bool index_dimensions(const s::registry_table& table) {
  std::size_t subjects = 0;
  std::size_t details = 0;
  for (std::size_t i = 0; i != table.code_count; ++i) {
    if (table.codes[i].subject + 1u > subjects)
      subjects = table.codes[i].subject + 1u;
    if (table.codes[i].detail + 1u > details)
      details = table.codes[i].detail + 1u;
  }
  return subjects == table.index_subjects && details == table.index_details;
}

// Every slot of the index is -1 or the position of the code it stands for,
// and every code is reached by exactly one slot.
constexpr bool index_consistent(const s::registry_table& table) {
  std::size_t used = 0;
  for (std::size_t subject = 0; subject != table.index_subjects; ++subject) {
    for (std::size_t d = 0; d != table.index_details; ++d) {
      const std::int16_t i = table.index[subject * table.index_details + d];
      if (i == -1) continue;
      if (i < 0 || static_cast<std::size_t>(i) >= table.code_count)
        return false;
      const s::registry_entry& e = table.codes[i];
      if (e.subject != subject || e.detail != d) return false;
      ++used;
    }
  }
  return used == table.code_count;
}

// find_code, find_subject and find_class give back each record itself.
constexpr bool lookups_hit(const s::registry_table& table) {
  for (std::size_t i = 0; i != table.code_count; ++i) {
    const s::registry_entry& e = table.codes[i];
    if (table.find_code(e.subject, e.detail) != &table.codes[i]) return false;
  }
  for (std::size_t i = 0; i != table.subject_count; ++i) {
    if (table.find_subject(table.subjects[i].subject) != &table.subjects[i])
      return false;
  }
  for (std::size_t i = 0; i != table.class_count; ++i) {
    const auto c = static_cast<s::status_class>(table.classes[i].class_digit);
    if (table.find_class(c) != &table.classes[i]) return false;
  }
  return true;
}

// Lookups outside the index, or of codes not enumerated, find nothing.
constexpr bool lookups_miss(const s::registry_table& table) {
  std::size_t misses = 0;
  const auto subjects = static_cast<unsigned>(table.index_subjects + 2);
  const auto details = static_cast<unsigned>(table.index_details + 2);
  for (unsigned subject = 0; subject != subjects; ++subject) {
    for (unsigned d = 0; d != details; ++d) {
      if (table.find_code(subject, d) == nullptr) ++misses;
    }
  }
  const std::size_t slots =
      (table.index_subjects + 2) * (table.index_details + 2);
  return misses == slots - table.code_count &&
         table.find_subject(static_cast<unsigned>(table.subject_count)) ==
             nullptr &&
         table.find_code(999, 999) == nullptr;
}

constexpr bool metadata_ok(const s::registry_table& table,
                           std::string_view updated, std::string_view source) {
  const s::registry_metadata& m = table.metadata;
  return m.updated == updated && m.source == source &&
         m.created == "2008-05-29" && m.name.substr(0, 5) == "IANA " &&
         m.name.substr(5) == updated && good_text(m.title) &&
         m.title ==
             "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes "
             "Registry";
}

constexpr bool table_ok(const s::registry_table& table) {
  return sorted_unique(table) && every_record_ok(table) &&
         duplicates_resolve(table) && index_dimensions(table) &&
         index_consistent(table) && lookups_hit(table) && lookups_miss(table);
}

constexpr s::registry_table t2008 = t::iana_2008_09_05;
constexpr s::registry_table t2024 = t::iana_2024_12_06;

static_assert(t2008.class_count == 3 && t2008.subject_count == 8 &&
              t2008.code_count == 63);
static_assert(t2024.class_count == 3 && t2024.subject_count == 8 &&
              t2024.code_count == 81);
static_assert(std::size(t::iana_2008_09_05_classes) == t2008.class_count);
static_assert(std::size(t::iana_2008_09_05_subjects) == t2008.subject_count);
static_assert(std::size(t::iana_2008_09_05_codes) == t2008.code_count);
static_assert(std::size(t::iana_2008_09_05_index) ==
              t2008.index_subjects * t2008.index_details);
static_assert(std::size(t::iana_2024_12_06_classes) == t2024.class_count);
static_assert(std::size(t::iana_2024_12_06_subjects) == t2024.subject_count);
static_assert(std::size(t::iana_2024_12_06_codes) == t2024.code_count);
static_assert(std::size(t::iana_2024_12_06_index) ==
              t2024.index_subjects * t2024.index_details);
static_assert(t2008.index_subjects == 8 && t2008.index_details == 15);
static_assert(t2024.index_subjects == 8 && t2024.index_details == 31);

static_assert(metadata_ok(t2008, "2008-09-05",
                          "smtp-enhanced-status-codes-2008-09-05.txt"));
static_assert(metadata_ok(t2024, "2024-12-06",
                          "smtp-enhanced-status-codes-2024-12-06.xml"));

static_assert(sorted_unique(t2008));
static_assert(sorted_unique(t2024));
static_assert(levels_ok(t2008));
static_assert(levels_ok(t2024));
static_assert(codes_ok(t2008, 0, 20));
static_assert(codes_ok(t2008, 20, 40));
static_assert(codes_ok(t2008, 40, 60));
static_assert(codes_ok(t2008, 60, 80));
static_assert(codes_ok(t2024, 0, 20));
static_assert(codes_ok(t2024, 20, 40));
static_assert(codes_ok(t2024, 40, 60));
static_assert(codes_ok(t2024, 60, 80));
static_assert(codes_ok(t2024, 80, 100));
static_assert(duplicates_resolve(t2008));
static_assert(duplicates_resolve(t2024));
static_assert(index_dimensions(t2008));
static_assert(index_dimensions(t2024));
static_assert(index_consistent(t2008));
static_assert(index_consistent(t2024));
static_assert(lookups_hit(t2008));
static_assert(lookups_hit(t2024));
static_assert(lookups_miss(t2008));
static_assert(lookups_miss(t2024));

// A named constant finds the record whose sample text it was named from.
constexpr std::string_view text_of(s::subject_detail sd) {
  const s::registry_entry* e = t2024.find_code(sd.subject(), sd.detail());
  return e != nullptr ? e->text : std::string_view{"(not registered)"};
}

static_assert(text_of(s::codes::other_undefined_status) ==
              "Other undefined Status");
static_assert(text_of(s::codes::mailbox_full) == "Mailbox full");
static_assert(text_of(s::codes::bad_destination_mailbox_address) ==
              "Bad destination mailbox address");
static_assert(text_of(s::codes::utf8_reply_required).substr(0, 28) ==
              "UTF-8 string reply is requir");
static_assert(text_of(s::codes::utf8_reply_required_deprecated).empty());
static_assert(text_of(s::codes::requiretls_support_required) ==
              "REQUIRETLS support required");

}  // namespace

TEST_CASE("registry tables: both editions pass the compile-time checks") {
  // The static_asserts above are the test; these repeat them at run time
  // so that a failure also shows in the test report.
  CHECK(table_ok(t2008));
  CHECK(table_ok(t2024));
  CHECK(metadata_ok(t2008, "2008-09-05",
                    "smtp-enhanced-status-codes-2008-09-05.txt"));
  CHECK(metadata_ok(t2024, "2024-12-06",
                    "smtp-enhanced-status-codes-2024-12-06.xml"));
}
