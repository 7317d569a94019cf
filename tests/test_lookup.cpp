// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/lookup.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "smtp_status/registry_2008.hpp"

using smtp_status::lookup;
using smtp_status::match_level;
using smtp_status::parse;
using smtp_status::parse_error;
using smtp_status::registration;
using smtp_status::registry_table;
using smtp_status::status_class;
using smtp_status::status_code;
namespace registries = smtp_status::registries;
namespace tables = smtp_status::tables;

namespace {

constexpr status_class all_classes[] = {
    status_class::success, status_class::transient, status_class::permanent};

status_code make(status_class c, unsigned s, unsigned d) {
  return *status_code::from_parts(c, s, d);
}

std::string text_of(status_code c) {
  return std::string(smtp_status::to_code_string(c).view());
}

void check_every_code_resolves(const registry_table& table) {
  for (std::size_t i = 0; i != table.code_count; ++i) {
    const smtp_status::registry_entry& e = table.codes[i];
    for (status_class c : all_classes) {
      const status_code code = make(c, e.subject, e.detail);
      INFO(table.metadata.name << ": " << text_of(code));
      const auto r = lookup(code, table);
      CHECK(r.status == registration::registered);
      CHECK(r.is_registered());
      CHECK(r.ok());
      CHECK(r.level == match_level::enumerated_code);
      CHECK(r.code == code);
      CHECK(r.code_match.entry == &e);
      CHECK(r.entry() == &e);
      CHECK(r.subject_match.entry == table.find_subject(e.subject));
      CHECK(r.class_match.entry == table.find_class(c));
      CHECK(r.registry() == table.metadata.name);
      CHECK(r.code_match.registry == table.metadata.name);
      if (!e.text.empty()) CHECK(r.text() == e.text);
      CHECK_FALSE(r.text().empty());
      CHECK(r.is_deprecated() == e.deprecated);
      CHECK_FALSE(r.undefined_detail_match);
      if (!e.text.empty()) CHECK(r.detail_match().entry == &e);
      CHECK_FALSE(r.detail_text().empty());
    }
  }
}

// For every subject of `table` and every detail it does not enumerate up
// to 999, each class: the level and text stay the subject's, and the
// subject's X.s.0 record is offered apart as the undefined detail's text.
void check_undefined_details(const registry_table& table) {
  for (std::size_t i = 0; i != table.subject_count; ++i) {
    const unsigned s = table.subjects[i].subject;
    const smtp_status::registry_entry* other = table.find_code(s, 0);
    REQUIRE(other != nullptr);
    REQUIRE(other->detail == 0);
    REQUIRE_FALSE(other->text.empty());
    for (unsigned d = 1; d != 1000; ++d) {
      if (table.find_code(s, d) != nullptr) continue;
      for (status_class c : all_classes) {
        const status_code code = make(c, s, d);
        INFO(table.metadata.name << ": " << text_of(code));
        const auto r = lookup(code, table);
        CHECK(r.undefined_detail_match.entry == other);
        CHECK(r.detail_match().entry == other);
        CHECK(r.detail_text() == other->text);
        CHECK(r.level == match_level::subject_code);
        CHECK(r.text() == table.subjects[i].text);
        CHECK_FALSE(r.code_match);
      }
    }
  }
}

}  // namespace

// An unregistered detail in a registered subject: the level and `text()`
// are the subject's (RFC 3463 section 3), and the subject's X.s.0 record,
// the registry's text for a detail it does not define, comes apart.
static_assert(lookup("5.7.133").level == match_level::subject_code);
static_assert(lookup("5.7.133").text() == "Security or Policy Status");
static_assert(lookup("5.7.133").undefined_detail_match.entry->code == "X.7.0");
static_assert(lookup("5.7.133").detail_text() ==
              "Other or undefined security status");
static_assert(lookup("4.7.651").detail_text() ==
              "Other or undefined security status");
static_assert(lookup("4.7.651").detail_match().entry->detail == 0);
static_assert(lookup("5.1.99").text() == "Addressing Status");
static_assert(lookup("5.1.99").detail_text() == "Other address status");
static_assert(lookup("5.0.900").detail_text() == "Other undefined Status");
static_assert(lookup("2.3.999").detail_text() ==
              "Other or undefined mail system status");
// 5.1.10 is enumerated now; in 2008 it was an undefined detail of X.1.
static_assert(!lookup("5.1.10").undefined_detail_match);
static_assert(lookup("5.1.10", registries::iana_2008_09_05).detail_text() ==
              "Other address status");
// A registered code, X.s.0 included, has its own record and no fallback.
static_assert(!lookup("5.1.1").undefined_detail_match);
static_assert(lookup("5.1.1").detail_text() ==
              "Bad destination mailbox address");
static_assert(!lookup("5.7.0").undefined_detail_match);
static_assert(lookup("5.7.0").detail_match().entry ==
              lookup("5.7.0").code_match.entry);
// The deprecated X.6.10 has no sample text: its replacement's stands in.
static_assert(lookup("5.6.10").detail_match().entry->code == "X.6.8");
// No subject 9, so no X.9.0: nothing stands for the detail.
static_assert(!lookup("5.9.1").undefined_detail_match);
static_assert(!lookup("5.9.1").detail_match());
static_assert(lookup("5.9.1").detail_text().empty());
static_assert(lookup("5.9.1").text() == "Permanent Failure");
static_assert(lookup("5.x.1").detail_text().empty());

TEST_CASE("lookup: every code of the current edition resolves to its record") {
  check_every_code_resolves(tables::iana_2024_12_06);
}

TEST_CASE("lookup: every code of the 2008 edition resolves to its record") {
  check_every_code_resolves(tables::iana_2008_09_05);
}

TEST_CASE("lookup: the default registry is the 2024-12-06 edition") {
  const auto r = lookup(parse("5.1.10").code);
  CHECK(&registries::current.table() == &tables::iana_2024_12_06);
  CHECK(r.registry() == tables::iana_2024_12_06.metadata.name);
  CHECK_FALSE(r.registry().empty());
  CHECK(r.registry() != tables::iana_2008_09_05.metadata.name);
}

TEST_CASE("lookup: an unregistered detail falls back to its subject") {
  for (unsigned s = 0; s != 8; ++s) {
    for (status_class c : all_classes) {
      const status_code code = make(c, s, 999);
      INFO(text_of(code));
      const auto r = lookup(code);
      CHECK(r.status == registration::unregistered);
      CHECK(r.ok());
      CHECK_FALSE(r.is_registered());
      CHECK(r.level == match_level::subject_code);
      CHECK_FALSE(r.code_match);
      REQUIRE(r.subject_match);
      CHECK(r.subject_match.entry->subject == s);
      CHECK(r.entry() == r.subject_match.entry);
      CHECK(r.text() == r.subject_match.entry->text);
      CHECK(r.description() == r.subject_match.entry->description);
      REQUIRE(r.class_match);
      CHECK(r.class_match.entry->class_digit == static_cast<unsigned>(c));
    }
  }
}

TEST_CASE(
    "lookup: an unregistered detail offers its subject's X.s.0 record, "
    "current edition") {
  check_undefined_details(tables::iana_2024_12_06);
}

TEST_CASE(
    "lookup: an unregistered detail offers its subject's X.s.0 record, "
    "2008 edition") {
  check_undefined_details(tables::iana_2008_09_05);
}

TEST_CASE("lookup: vendor details read as their subject's X.s.0 record") {
  struct row {
    const char* text;
    const char* subject_summary;
    const char* record;
    const char* sample_text;
  };
  const row rows[] = {
      {"5.7.133", "Security or Policy Status", "X.7.0",
       "Other or undefined security status"},
      {"4.7.651", "Security or Policy Status", "X.7.0",
       "Other or undefined security status"},
      {"5.1.99", "Addressing Status", "X.1.0", "Other address status"},
      {"4.2.300", "Mailbox Status", "X.2.0",
       "Other or undefined mailbox status"},
      {"5.0.900", "Other or Undefined Status", "X.0.0",
       "Other undefined Status"},
  };
  for (const row& w : rows) {
    INFO(w.text);
    const auto r = lookup(w.text);
    CHECK(r.status == registration::unregistered);
    CHECK(r.level == match_level::subject_code);
    CHECK(r.text() == w.subject_summary);
    CHECK(r.entry() == r.subject_match.entry);
    CHECK(r.description() == r.subject_match.description());
    REQUIRE(r.undefined_detail_match);
    CHECK(r.undefined_detail_match.entry->code == w.record);
    CHECK(r.undefined_detail_match.registry == registries::current.name());
    CHECK(r.detail_text() == w.sample_text);
  }
}

TEST_CASE("lookup: a user registry's X.s.0 record stands for its details") {
  namespace s = smtp_status;
  const auto own = s::make_user_registry(
      "Example provider",
      {s::user_subject(9, "Provider status"),
       s::user_code(*s::subject_detail::from_parts(9, 0), "Other provider")});
  const auto r = lookup(parse("5.9.12").code, own);
  CHECK(r.level == match_level::subject_code);
  CHECK(r.text() == "Provider status");
  CHECK(r.detail_text() == "Other provider");
  CHECK(r.undefined_detail_match.registry == "Example provider");
  // Layered over IANA: IANA's X.7.0 for a detail neither defines.
  const auto layered = s::layer(own, registries::current);
  CHECK(lookup(parse("5.7.606").code, layered).detail_text() ==
        "Other or undefined security status");
  CHECK(lookup(parse("4.9.1").code, layered).detail_text() == "Other provider");
  // Without an X.9.0 record nothing stands for the detail.
  const auto bare =
      s::make_user_registry("Bare", {s::user_subject(9, "Provider status")});
  CHECK_FALSE(lookup(parse("5.9.12").code, bare).detail_match());
}

TEST_CASE("lookup: an unregistered subject falls back to the class") {
  const auto r = lookup(parse("5.9.1").code);
  CHECK(r.status == registration::unregistered);
  CHECK(r.level == match_level::class_code);
  CHECK_FALSE(r.subject_match);
  CHECK_FALSE(r.code_match);
  CHECK(r.text() == "Permanent Failure");
  CHECK(r.registry() == registries::current.name());
  CHECK(lookup(parse("4.999.0").code).text() == "Persistent Transient Failure");
  CHECK(lookup(parse("2.8.8").code).text() == "Success");
}

TEST_CASE("lookup: vendor codes are well formed, unregistered, never invalid") {
  struct row {
    const char* text;
    const char* subject_summary;
  };
  const row rows[] = {
      {"5.7.606", "Security or Policy Status"},
      {"4.7.651", "Security or Policy Status"},
      {"5.0.900", "Other or Undefined Status"},
      {"5.7.133", "Security or Policy Status"},
  };
  for (const row& w : rows) {
    INFO(w.text);
    const auto r = lookup(w.text);
    CHECK(r.ok());
    CHECK(r.status == registration::unregistered);
    CHECK(r.error == parse_error::none);
    CHECK(r.level == match_level::subject_code);
    CHECK(r.text() == w.subject_summary);
    CHECK(smtp_status::registration_of(w.text) == registration::unregistered);
  }
}

TEST_CASE("lookup: text that is not a code is invalid, with error and place") {
  // The parser decides the error and its place; lookup passes both on.
  const char* rows[] = {"",      "3.1.1",    "5.1",    "5.1.",
                        "5.x.1", "5.1.1000", "5.01.1", "5.1.1 "};
  for (const char* text : rows) {
    INFO('"' << text << '"');
    const auto p = parse(text);
    REQUIRE_FALSE(p.ok());
    const auto r = lookup(text);
    CHECK_FALSE(r.ok());
    CHECK(r.status == registration::invalid);
    CHECK(r.level == match_level::none);
    CHECK(r.error == p.error);
    CHECK(r.position == p.position);
    CHECK(r.text().empty());
    CHECK(r.entry() == nullptr);
    CHECK(smtp_status::registration_of(text) == registration::invalid);
  }
  CHECK(lookup("3.1.1").error == parse_error::bad_class);
  CHECK(lookup("5.x.1").error == parse_error::no_digits);
  CHECK(lookup("5.x.1").position == 2);
  CHECK(lookup("5.01.1").error == parse_error::leading_zero);
  CHECK(lookup("5.01.1").position == 2);
}

TEST_CASE("lookup: lenient text lookup reports the leading zeros it read") {
  const auto r =
      lookup("5.01.001", registries::current, smtp_status::parse_mode::lenient);
  CHECK(r.is_registered());
  CHECK(r.leading_zeros);
  CHECK(r.code == parse("5.1.1").code);
  CHECK(r.text() == "Bad destination mailbox address");
}

TEST_CASE("lookup: registered codes by text, in every class") {
  CHECK(lookup("5.1.1").text() == "Bad destination mailbox address");
  CHECK(lookup("4.2.2").text() == "Mailbox full");
  CHECK(lookup("2.1.5").text() == "Destination address valid");
  CHECK(lookup("4.7.25").text() == "Reverse DNS validation failed");
  CHECK(smtp_status::registration_of("5.7.26") == registration::registered);
  CHECK(smtp_status::registration_of(parse("2.0.0").code) ==
        registration::registered);
}

TEST_CASE("lookup: 5.1.10 is the null MX code now, only a subject in 2008") {
  const auto now = lookup(parse("5.1.10").code);
  CHECK(now.level == match_level::enumerated_code);
  CHECK(now.text() == "Recipient address has null MX");

  const auto then = lookup(parse("5.1.10").code, registries::iana_2008_09_05);
  CHECK(then.status == registration::unregistered);
  CHECK(then.level == match_level::subject_code);
  CHECK(then.text() == "Addressing Status");
  CHECK(then.registry() == tables::iana_2008_09_05.metadata.name);

  // A generated table may be given as it is.
  CHECK(lookup(parse("5.1.10").code, tables::iana_2008_09_05).level ==
        match_level::subject_code);
}

TEST_CASE(
    "lookup: the 18 codes added since 2008 resolve only to a subject "
    "in the 2008 edition") {
  const char* added[] = {"5.1.10", "5.3.6",  "5.7.15", "5.7.16", "5.7.17",
                         "5.7.18", "5.7.19", "5.7.20", "5.7.21", "5.7.22",
                         "5.7.23", "5.7.24", "5.7.25", "5.7.26", "5.7.27",
                         "5.7.28", "5.7.29", "5.7.30"};
  for (const char* t : added) {
    INFO(t);
    CHECK(lookup(t).is_registered());
    CHECK(lookup(t, registries::iana_2008_09_05).level ==
          match_level::subject_code);
  }
}

TEST_CASE("lookup: deprecated X.6.10 names X.6.8, in the input's class") {
  for (status_class c : all_classes) {
    const status_code code = make(c, 6, 10);
    INFO(text_of(code));
    const auto r = lookup(code);
    CHECK(r.is_registered());
    CHECK(r.is_deprecated());
    REQUIRE(r.replacement());
    CHECK(*r.replacement() == make(c, 6, 8));
    REQUIRE(r.replacement_match);
    CHECK(r.replacement_match.entry->detail == 8);
    // X.6.10 has no sample text of its own: its replacement's is given.
    CHECK(r.code_match.text().empty());
    CHECK(r.text() == lookup(make(c, 6, 8)).text());
    CHECK(r.description() == r.code_match.description());
  }
}

TEST_CASE("lookup: X.6.10 was not deprecated in the 2008 edition") {
  const auto r = lookup(parse("5.6.10").code, registries::iana_2008_09_05);
  CHECK(r.is_registered());
  CHECK_FALSE(r.is_deprecated());
  CHECK_FALSE(r.replacement());
  CHECK_FALSE(r.replacement_match);
  CHECK(r.text() == r.code_match.text());
}

TEST_CASE("lookup: codes that are not deprecated name no replacement") {
  const auto r = lookup("5.6.8");
  CHECK_FALSE(r.is_deprecated());
  CHECK_FALSE(r.replacement());
}

TEST_CASE("lookup: class records give summaries and descriptions") {
  CHECK(smtp_status::lookup_class(status_class::success).text() == "Success");
  CHECK(smtp_status::lookup_class(status_class::transient).text() ==
        "Persistent Transient Failure");
  const auto p = smtp_status::lookup_class(status_class::permanent);
  CHECK(p.text() == "Permanent Failure");
  CHECK(p.description().find("not likely to be resolved") !=
        std::string_view::npos);
  CHECK(p.registry == registries::current.name());
  CHECK(smtp_status::lookup_class(status_class::permanent,
                                  registries::iana_2008_09_05)
            .text() == "Permanent Failure");
}

TEST_CASE("lookup: subject records give summaries and descriptions") {
  const char* summaries[] = {"Other or Undefined Status",
                             "Addressing Status",
                             "Mailbox Status",
                             "Mail System Status",
                             "Network and Routing Status",
                             "Mail Delivery Protocol Status",
                             "Message Content or Media Status",
                             "Security or Policy Status"};
  for (unsigned s = 0; s != 8; ++s) {
    INFO("subject " << s);
    const auto m = smtp_status::lookup_subject(s);
    REQUIRE(m);
    CHECK(m.text() == summaries[s]);
    CHECK_FALSE(m.description().empty());
    CHECK(smtp_status::lookup_subject(s, registries::iana_2008_09_05).text() ==
          summaries[s]);
  }
  const auto none = smtp_status::lookup_subject(8);
  CHECK_FALSE(none);
  CHECK(none.text().empty());
  CHECK(none.description().empty());
}

TEST_CASE("lookup: X.3.2 gained basic code 521 between the editions") {
  const auto now = lookup("5.3.2");
  const auto then = lookup("5.3.2", registries::iana_2008_09_05);
  REQUIRE(now.code_match);
  REQUIRE(then.code_match);
  CHECK(now.code_match.entry->basic.lists(521));
  CHECK_FALSE(then.code_match.entry->basic.lists(521));
}

TEST_CASE("lookup: registrations and levels have distinct names") {
  using smtp_status::to_string_view;
  CHECK(to_string_view(registration::registered) == "registered");
  CHECK(to_string_view(registration::unregistered) ==
        "well formed but unregistered");
  CHECK(to_string_view(registration::invalid) == "invalid");
  const match_level levels[] = {match_level::none, match_level::class_code,
                                match_level::subject_code,
                                match_level::enumerated_code};
  for (auto a : levels) {
    CHECK_FALSE(to_string_view(a).empty());
    for (auto b : levels) {
      if (a != b) CHECK(to_string_view(a) != to_string_view(b));
    }
  }
}
