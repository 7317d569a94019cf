// SPDX-License-Identifier: BSL-1.0
#include <cstdint>

#include <catch2/catch.hpp>

#include "smtp_status/compat.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/registry_2008.hpp"

namespace {

namespace s = smtp_status;
using s::match_level;
using s::parse;
using s::registration;

// A provider's own codes: class-specific 5.7.606 and 4.7.651, a class-free
// X.7.650, an override of IANA's X.7.1 for class 5 only, and a subject 9
// IANA does not have.
constexpr auto provider = s::make_user_registry(
    "Example provider",
    {s::with_reply_codes(s::user_code(parse("5.7.606").code,
                                      "Access denied, banned sending IP"),
                         {550, 554}),
     s::user_code(parse("4.7.651").code, "Rate limited, try again later"),
     s::user_code(*s::subject_detail::from_parts(7, 650),
                  "Sending IP reputation too low"),
     s::user_code(parse("5.7.1").code, "Blocked by the provider's policy",
                  "Provider-specific meaning of 5.7.1."),
     s::user_subject(9, "Provider-specific status")});

constexpr auto layered = s::layer(provider, s::registries::current);

// The user registry answers first, for its own codes ...
static_assert(s::lookup(parse("5.7.606").code, layered).status ==
              registration::registered);
static_assert(s::lookup(parse("5.7.606").code, layered).registry() ==
              "Example provider");
static_assert(s::lookup(parse("5.7.606").code, layered).text() ==
              "Access denied, banned sending IP");
// ... and for IANA codes it overrides, in the class it overrides.
static_assert(s::lookup(parse("5.7.1").code, layered).text() ==
              "Blocked by the provider's policy");
static_assert(s::lookup(parse("5.7.1").code, layered).registry() ==
              "Example provider");
static_assert(s::lookup(parse("4.7.1").code, layered).text() ==
              "Delivery not authorized, message refused");
// IANA answers the rest, and says so.
static_assert(s::lookup(parse("5.1.1").code, layered).registry() ==
              s::registries::current.name());
// A class-specific code does not answer for another class.
static_assert(s::lookup(parse("4.7.606").code, layered).level ==
              match_level::subject_code);
// A class-free code answers for every class.
static_assert(s::lookup(parse("2.7.650").code, layered).is_registered());
static_assert(s::lookup(parse("5.7.650").code, layered).is_registered());
// The user's subject fills a gap; the class still comes from IANA.
static_assert(s::lookup(parse("5.9.1").code, layered).level ==
              match_level::subject_code);
static_assert(s::lookup(parse("5.9.1").code, layered).text() ==
              "Provider-specific status");
static_assert(s::lookup(parse("5.9.1").code, layered).class_match.registry ==
              s::registries::current.name());
// Without the layer, IANA alone does not know them.
static_assert(s::lookup(parse("5.7.606").code).status ==
              registration::unregistered);

// A small hand-written edition, viewed through table_registry like the
// generated ones.
constexpr s::registry_entry fixture_classes[] = {
    [] {
      s::registry_entry e;
      e.level = s::entry_level::class_code;
      e.class_digit = 5;
      e.code = "5.XXX.YYY";
      e.text = "Fixture permanent";
      return e;
    }(),
};
constexpr s::registry_entry fixture_subjects[] = {
    [] {
      s::registry_entry e;
      e.level = s::entry_level::subject_code;
      e.subject = 0;
      e.code = "X.0.YYY";
      e.text = "Fixture other";
      return e;
    }(),
};
constexpr s::registry_entry fixture_codes[] = {
    [] {
      s::registry_entry e;
      e.subject = 0;
      e.detail = 1;
      e.code = "X.0.1";
      e.text = "Fixture code";
      e.basic.form = s::basic_code_form::listed;
      e.basic.codes[0] = 554;
      e.basic.count = 1;
      return e;
    }(),
};
constexpr std::int16_t fixture_index[] = {-1, 0};
constexpr s::registry_table fixture{
    {"Fixture", "Fixture registry", "2000-01-01", "2000-01-02", "test"},
    fixture_classes,
    1,
    fixture_subjects,
    1,
    fixture_codes,
    1,
    fixture_index,
    1,
    2};

static_assert(s::is_registry_v<s::registry_table>);
static_assert(s::is_registry_v<s::table_registry>);
static_assert(s::is_registry_v<decltype(provider)>);
static_assert(s::is_registry_v<decltype(layered)>);
static_assert(!s::is_registry_v<int>);
static_assert(!s::is_registry_v<s::registry_entry>);

}  // namespace

TEST_CASE("user_registry: a hand-written table answers like a generated one") {
  constexpr auto r = s::lookup(parse("5.0.1").code, fixture);
  STATIC_REQUIRE(r.is_registered());
  STATIC_REQUIRE(r.text() == "Fixture code");
  STATIC_REQUIRE(r.registry() == "Fixture");
  CHECK(s::lookup(parse("5.0.2").code, fixture).text() == "Fixture other");
  CHECK(s::lookup(parse("5.1.1").code, fixture).text() == "Fixture permanent");
  // The fixture has no class 4 record: nothing matches at all.
  const auto none = s::lookup(parse("4.1.1").code, fixture);
  CHECK(none.level == match_level::none);
  CHECK(none.text().empty());
  CHECK(none.registry().empty());
  CHECK(none.status == registration::unregistered);
  CHECK(s::reply_code_for(parse("5.0.1").code, fixture).number() == 554);
}

TEST_CASE("user_registry: overrides and extends IANA's registry") {
  const auto r = s::lookup(parse("5.7.606").code, layered);
  CHECK(r.level == match_level::enumerated_code);
  CHECK(r.registry() == "Example provider");
  CHECK(r.subject_match.registry == s::registries::current.name());
  CHECK(r.subject_match.text() == "Security or Policy Status");
  CHECK(r.class_match.text() == "Permanent Failure");

  const auto o = s::lookup(parse("5.7.1").code, layered);
  CHECK(o.description() == "Provider-specific meaning of 5.7.1.");
  CHECK(o.code_match.entry->stated_use ==
        s::class_set::of(s::status_class::permanent));

  const auto t = s::lookup("4.7.651", layered);
  CHECK(t.is_registered());
  CHECK(t.text() == "Rate limited, try again later");
}

TEST_CASE("user_registry: alone, it knows only its own records") {
  const auto r = s::lookup(parse("5.7.606").code, provider);
  CHECK(r.is_registered());
  CHECK(r.class_match.entry == nullptr);
  CHECK(r.subject_match.entry == nullptr);
  CHECK(s::lookup(parse("5.1.1").code, provider).level == match_level::none);
  CHECK(provider.name() == "Example provider");
  CHECK(provider.entries().size() == 5);
}

TEST_CASE("user_registry: a record for the class beats a class-free one") {
  constexpr auto both = s::make_user_registry(
      "Both", {s::user_code(*s::subject_detail::from_parts(7, 700), "Any"),
               s::user_code(parse("4.7.700").code, "Transient only")});
  STATIC_REQUIRE(s::lookup(parse("4.7.700").code, both).text() ==
                 "Transient only");
  STATIC_REQUIRE(s::lookup(parse("5.7.700").code, both).text() == "Any");
  STATIC_REQUIRE(s::lookup(parse("2.7.700").code, both).text() == "Any");
}

TEST_CASE("user_registry: the first of two layers that knows a code answers") {
  constexpr auto first = s::make_user_registry(
      "First", {s::user_code(parse("5.7.606").code, "From the first")});
  constexpr auto second = s::make_user_registry(
      "Second", {s::user_code(parse("5.7.606").code, "From the second"),
                 s::user_code(parse("5.7.607").code, "Only the second")});
  constexpr auto chain = s::layer(first, second, s::tables::iana_2008_09_05);
  STATIC_REQUIRE(s::lookup(parse("5.7.606").code, chain).registry() == "First");
  STATIC_REQUIRE(s::lookup(parse("5.7.607").code, chain).registry() ==
                 "Second");
  STATIC_REQUIRE(s::lookup(parse("5.1.10").code, chain).level ==
                 match_level::subject_code);
  STATIC_REQUIRE(s::lookup(parse("5.1.10").code, chain).registry() ==
                 s::tables::iana_2008_09_05.metadata.name);
  CHECK(chain.front().name() == "First");
  CHECK(chain.back().front().name() == "Second");
}

TEST_CASE("user_registry: its reply codes serve compat and reply_code_for") {
  const auto code = parse("5.7.606").code;
  const auto listed =
      s::check_compat(*s::reply_code::from_number(554), code, layered);
  CHECK(listed.ok());
  CHECK(listed.association == s::registry_association::listed);
  CHECK(listed.use == s::stated_use_fit::fits);
  CHECK(listed.entry.registry == "Example provider");
  const auto other =
      s::check_compat(*s::reply_code::from_number(551), code, layered);
  CHECK(other.association == s::registry_association::not_listed);
  const auto none = s::check_compat(*s::reply_code::from_number(451),
                                    parse("4.7.651").code, layered);
  CHECK(none.association == s::registry_association::not_given);

  const auto suggestion = s::suggest_reply(code, layered);
  CHECK(suggestion.reply.number() == 550);
  CHECK(suggestion.source == s::reply_source::registry);
  CHECK(suggestion.entry.registry == "Example provider");
  CHECK(s::reply_code_for(parse("4.7.651").code, layered).number() == 451);
}

TEST_CASE("user_registry: with_reply_codes lists codes in order") {
  constexpr auto e = s::with_reply_codes(
      s::user_code(parse("5.7.606").code, "x"), {554, 550, 421});
  STATIC_REQUIRE(e.basic.form == s::basic_code_form::listed);
  STATIC_REQUIRE(e.basic.count == 3);
  STATIC_REQUIRE(e.basic.codes[0] == 554);
  STATIC_REQUIRE(e.basic.lists(421));
  STATIC_REQUIRE_FALSE(e.basic.lists(450));
}
