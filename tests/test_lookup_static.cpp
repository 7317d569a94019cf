// SPDX-License-Identifier: BSL-1.0
// Lookups over whole registry editions, checked by the compiler: if this file
// compiles, every assertion in it holds.
#include "smtp_status/lookup.hpp"

#include <catch2/catch.hpp>

#include "smtp_status/registry_2008.hpp"

namespace {

namespace s = smtp_status;

constexpr s::status_class all_classes[] = {s::status_class::success,
                                           s::status_class::transient,
                                           s::status_class::permanent};

// Every enumerated record, in every class, resolves to itself, names the
// edition and has some text.
constexpr bool every_code_resolves(const s::registry_table& t) {
  for (std::size_t i = 0; i != t.code_count; ++i) {
    const s::registry_entry& e = t.codes[i];
    for (s::status_class c : all_classes) {
      const auto r =
          s::lookup(*s::status_code::from_parts(c, e.subject, e.detail), t);
      if (r.status != s::registration::registered ||
          r.level != s::match_level::enumerated_code ||
          r.code_match.entry != &e || r.registry() != t.metadata.name ||
          r.class_match.entry != t.find_class(c) ||
          r.subject_match.entry != t.find_subject(e.subject) ||
          r.text().empty() || (!e.text.empty() && r.text() != e.text)) {
        return false;
      }
    }
  }
  return true;
}

// Every code of the first `details` details of each subject is either one of
// the table's records or falls back to its subject.
constexpr bool every_detail_falls_back(const s::registry_table& t,
                                       unsigned details) {
  for (unsigned subject = 0; subject != 8; ++subject) {
    for (unsigned d = 0; d != details; ++d) {
      const auto code =
          *s::status_code::from_parts(s::status_class::permanent, subject, d);
      const auto r = s::lookup(code, t);
      const bool known = t.find_code(subject, d) != nullptr;
      if (known != r.is_registered()) return false;
      if (!known && (r.level != s::match_level::subject_code ||
                     r.text() != t.find_subject(subject)->text)) {
        return false;
      }
    }
  }
  return true;
}

// Enumerated codes are counted by the edition's index, too.
constexpr std::size_t count_registered(const s::registry_table& t) {
  std::size_t n = 0;
  for (unsigned subject = 0; subject != t.index_subjects; ++subject) {
    for (unsigned d = 0; d != t.index_details; ++d) {
      const auto code =
          *s::status_code::from_parts(s::status_class::transient, subject, d);
      if (s::registration_of(code, t) == s::registration::registered) ++n;
    }
  }
  return n;
}

static_assert(every_code_resolves(s::tables::iana_2024_12_06));
static_assert(every_code_resolves(s::tables::iana_2008_09_05));
static_assert(every_detail_falls_back(s::tables::iana_2024_12_06, 40));
static_assert(every_detail_falls_back(s::tables::iana_2008_09_05, 40));
static_assert(count_registered(s::tables::iana_2024_12_06) == 81);
static_assert(count_registered(s::tables::iana_2008_09_05) == 63);

// RFC 3463's reporting rule, level by level.
static_assert(s::lookup("5.1.1").level == s::match_level::enumerated_code);
static_assert(s::lookup("5.7.606").level == s::match_level::subject_code);
static_assert(s::lookup("5.9.1").level == s::match_level::class_code);
static_assert(s::lookup("5.9.1").text() == "Permanent Failure");
static_assert(s::lookup("4.7.651").text() == "Security or Policy Status");
static_assert(s::lookup("5.0.900").status == s::registration::unregistered);
static_assert(s::lookup("5.x.1").status == s::registration::invalid);
static_assert(s::lookup("5.x.1").position == 2);

// The null MX code is new in the current edition.
static_assert(s::lookup("5.1.10").text() == "Recipient address has null MX");
static_assert(s::lookup("5.1.10", s::registries::iana_2008_09_05).level ==
              s::match_level::subject_code);

// Deprecated X.6.10 names X.6.8, keeping the class.
static_assert(s::lookup("4.6.10").is_deprecated());
static_assert(*s::lookup("4.6.10").replacement() == s::parse("4.6.8").code);
static_assert(*s::lookup("2.6.10").replacement() == s::parse("2.6.8").code);
static_assert(
    !s::lookup("4.6.10", s::registries::iana_2008_09_05).is_deprecated());

// The replacement of a record, directly from the record.
static_assert(*s::replacement_code(*s::tables::iana_2024_12_06.find_code(6, 10),
                                   s::status_class::permanent) ==
              s::parse("5.6.8").code);
static_assert(!s::replacement_code(*s::tables::iana_2024_12_06.find_code(6, 8),
                                   s::status_class::permanent));
static_assert(!s::replacement_code(*s::tables::iana_2008_09_05.find_code(6, 10),
                                   s::status_class::permanent));

// Three-way registration, by text and by code.
static_assert(s::registration_of("5.1.1") == s::registration::registered);
static_assert(s::registration_of("4.7.651") == s::registration::unregistered);
static_assert(s::registration_of("4.7") == s::registration::invalid);
static_assert(s::registration_of(s::parse("5.1.10").code,
                                 s::registries::iana_2008_09_05) ==
              s::registration::unregistered);
static_assert(s::to_string_view(s::registration::unregistered) ==
              "well formed but unregistered");
static_assert(s::to_string_view(s::match_level::subject_code) == "subject");

// Class and subject records.
static_assert(s::lookup_class(s::status_class::transient).text() ==
              "Persistent Transient Failure");
static_assert(s::lookup_subject(2).text() == "Mailbox Status");
static_assert(!s::lookup_subject(8));

}  // namespace

TEST_CASE("lookup_static: the whole registry resolves at compile time") {
  // The assertions above are the test; this checks one again at run time
  // so that the program reports something.
  STATIC_REQUIRE(every_code_resolves(s::tables::iana_2024_12_06));
  CHECK(every_code_resolves(s::tables::iana_2024_12_06));
  CHECK(count_registered(s::tables::iana_2008_09_05) == 63);
}
