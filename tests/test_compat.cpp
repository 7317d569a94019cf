// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/compat.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "smtp_status/registry_2008.hpp"

using smtp_status::check_compat;
using smtp_status::class_set;
using smtp_status::hard_rule;
using smtp_status::parse;
using smtp_status::registry_association;
using smtp_status::reply_code;
using smtp_status::reply_source;
using smtp_status::stated_use_fit;
using smtp_status::status_class;
using smtp_status::status_code;
namespace registries = smtp_status::registries;
namespace tables = smtp_status::tables;

namespace {

constexpr reply_code reply(unsigned n) {
  return *reply_code::from_number(n);
}

constexpr smtp_status::compat_verdict verdict(unsigned r, const char* code) {
  return check_compat(reply(r), parse(code).code);
}

constexpr status_class all_classes[] = {
    status_class::success, status_class::transient, status_class::permanent};

}  // namespace

TEST_CASE("compat: 550 with 5.1.1 passes every part") {
  constexpr auto v = verdict(550, "5.1.1");
  STATIC_REQUIRE(v.ok());
  STATIC_REQUIRE(v.rule == hard_rule::holds);
  STATIC_REQUIRE(v.association == registry_association::listed);
  STATIC_REQUIRE(v.use == stated_use_fit::fits);
  STATIC_REQUIRE_FALSE(v.has_warnings());
  CHECK(v.entry.text() == "Bad destination mailbox address");
  CHECK(v.reply == reply(550));
  CHECK(v.code == parse("5.1.1").code);
}

TEST_CASE("compat: 550 with 4.1.1 fails the hard rule") {
  constexpr auto v = verdict(550, "4.1.1");
  STATIC_REQUIRE_FALSE(v.ok());
  STATIC_REQUIRE(v.rule == hard_rule::class_mismatch);
  // The other parts are judged all the same, each on its own.
  STATIC_REQUIRE(v.association == registry_association::listed);
  STATIC_REQUIRE(v.use == stated_use_fit::against);
}

TEST_CASE("compat: 452 with 4.2.2 holds but is outside X.2.2's listed 552") {
  constexpr auto v = verdict(452, "4.2.2");
  STATIC_REQUIRE(v.ok());
  STATIC_REQUIRE(v.association == registry_association::not_listed);
  STATIC_REQUIRE(v.off_list());
  STATIC_REQUIRE(v.has_warnings());
  REQUIRE(v.entry);
  CHECK(v.entry.entry->basic.lists(552));
  // X.2.2's description makes it a persistent transient failure: 4.2.2
  // fits that use, and 552 with 5.2.2, though listed, goes against it.
  STATIC_REQUIRE(v.stated_use == class_set::of(status_class::transient));
  STATIC_REQUIRE(v.use == stated_use_fit::fits);
  constexpr auto w = verdict(552, "5.2.2");
  STATIC_REQUIRE(w.ok());
  STATIC_REQUIRE(w.association == registry_association::listed);
  STATIC_REQUIRE(w.use == stated_use_fit::against);
}

TEST_CASE("compat: 450 with 4.1.1 holds but is not listed (X.1.1: 451, 550)") {
  constexpr auto v = verdict(450, "4.1.1");
  STATIC_REQUIRE(v.ok());
  STATIC_REQUIRE(v.association == registry_association::not_listed);
  STATIC_REQUIRE(v.use == stated_use_fit::against);
}

TEST_CASE("compat: 451 with 4.1.1 is listed but goes against X.1.1's use") {
  constexpr auto v = verdict(451, "4.1.1");
  STATIC_REQUIRE(v.ok());
  STATIC_REQUIRE(v.association == registry_association::listed);
  STATIC_REQUIRE_FALSE(v.off_list());
  STATIC_REQUIRE(v.stated_use == class_set::of(status_class::permanent));
  STATIC_REQUIRE(v.use == stated_use_fit::against);
  STATIC_REQUIRE(v.against_stated_use());
  STATIC_REQUIRE(v.has_warnings());
}

TEST_CASE("compat: a 3yz reply carries no status code") {
  for (unsigned r : {334u, 354u}) {
    for (status_class c : all_classes) {
      const auto v = check_compat(reply(r), *status_code::from_parts(c, 0, 0));
      CHECK(v.rule == hard_rule::intermediate_reply);
      CHECK_FALSE(v.ok());
    }
  }
}

TEST_CASE("compat: the hard rule is the class against the first digit") {
  for (unsigned n = 200; n != 560; ++n) {
    const auto r = reply_code::from_number(n);
    if (!r || r->is_intermediate()) continue;
    for (status_class c : all_classes) {
      const auto v = check_compat(*r, *status_code::from_parts(c, 9, 9));
      CHECK(v.ok() == (n / 100 == static_cast<unsigned>(c)));
      CHECK(v.association == registry_association::unregistered);
    }
  }
}

TEST_CASE("compat: a comma list lists its codes (X.1.1 '451, 550')") {
  CHECK(verdict(451, "4.1.1").association == registry_association::listed);
  CHECK(verdict(550, "5.1.1").association == registry_association::listed);
  CHECK(verdict(551, "5.1.1").association == registry_association::not_listed);
}

TEST_CASE("compat: a slash list lists its codes (X.7.24 '451/550')") {
  CHECK(verdict(451, "4.7.24").association == registry_association::listed);
  CHECK(verdict(550, "5.7.24").association == registry_association::listed);
  CHECK(verdict(450, "4.7.24").association == registry_association::not_listed);
}

TEST_CASE("compat: an 'or' list lists its codes (X.3.6 '250 or 251')") {
  CHECK(verdict(250, "2.3.6").association == registry_association::listed);
  CHECK(verdict(251, "2.3.6").association == registry_association::listed);
  CHECK(verdict(252, "2.3.6").association == registry_association::not_listed);
}

TEST_CASE("compat: a class wildcard admits its class (X.7.17 '5XX')") {
  constexpr auto v = verdict(554, "5.7.17");
  STATIC_REQUIRE(v.ok());
  STATIC_REQUIRE(v.association == registry_association::wildcard);
  STATIC_REQUIRE_FALSE(v.has_warnings());
  CHECK(verdict(550, "5.7.18").association == registry_association::wildcard);
  CHECK(verdict(450, "4.7.19").association == registry_association::not_listed);
}

TEST_CASE("compat: 'other 4XX or 5XX codes are allowed' (X.7.15, X.7.16)") {
  CHECK(verdict(450, "4.7.15").association == registry_association::listed);
  CHECK(verdict(550, "5.7.15").association == registry_association::listed);
  CHECK(verdict(451, "4.7.15").association ==
        registry_association::others_allowed);
  CHECK(verdict(554, "5.7.15").association ==
        registry_association::others_allowed);
  CHECK(verdict(250, "2.7.15").association == registry_association::not_listed);
  CHECK(verdict(552, "5.7.16").association == registry_association::listed);
  CHECK(verdict(452, "4.7.16").association ==
        registry_association::others_allowed);
  CHECK_FALSE(verdict(452, "4.7.16").off_list());
}

TEST_CASE("compat: 'Any' admits every reply code (X.0.0)") {
  for (unsigned r : {250u, 421u, 451u, 550u, 554u}) {
    const auto v = check_compat(
        reply(r), *status_code::from_parts(*reply(r).status_class_of(), 0, 0));
    CHECK(v.ok());
    CHECK(v.association == registry_association::any);
    CHECK_FALSE(v.has_warnings());
  }
}

TEST_CASE("compat: 'Not given' neither admits nor warns (X.1.0)") {
  const auto v = verdict(550, "5.1.0");
  CHECK(v.association == registry_association::not_given);
  CHECK_FALSE(v.off_list());
}

TEST_CASE("compat: a lone '.' is blank (X.7.28)") {
  const auto v = verdict(421, "4.7.28");
  REQUIRE(v.entry);
  CHECK(v.entry.entry->basic.raw == ".");
  CHECK(v.association == registry_association::blank);
  CHECK_FALSE(v.off_list());
}

TEST_CASE("compat: an empty field is blank (deprecated X.6.10)") {
  const auto v = verdict(550, "5.6.10");
  REQUIRE(v.entry);
  CHECK(v.entry.entry->basic.raw.empty());
  CHECK(v.association == registry_association::blank);
}

TEST_CASE("compat: an unregistered code has no association") {
  const auto v = verdict(550, "5.7.606");
  CHECK(v.ok());
  CHECK(v.association == registry_association::unregistered);
  CHECK(v.use == stated_use_fit::not_stated);
  CHECK_FALSE(v.entry);
  CHECK_FALSE(v.has_warnings());
}

TEST_CASE("compat: X.3.2 lists 521 in the current edition only") {
  const auto code = parse("5.3.2").code;
  CHECK(check_compat(reply(521), code).association ==
        registry_association::listed);
  CHECK(
      check_compat(reply(521), code, registries::iana_2008_09_05).association ==
      registry_association::not_listed);
  CHECK(check_compat(reply(521), code, tables::iana_2008_09_05).association ==
        registry_association::not_listed);
}

TEST_CASE("compat: stated use is compared with the code's class") {
  // X.3.1 is useful only as a persistent transient error.
  CHECK(verdict(452, "4.3.1").use == stated_use_fit::fits);
  CHECK(verdict(552, "5.3.1").use == stated_use_fit::against);
  // X.1.0 states no use.
  CHECK(verdict(450, "4.1.0").use == stated_use_fit::not_stated);
}

TEST_CASE("compat: the verdict follows every record's own fields") {
  const auto& t = tables::iana_2024_12_06;
  for (std::size_t i = 0; i != t.code_count; ++i) {
    const auto& e = t.codes[i];
    for (status_class c : all_classes) {
      const status_code code = *status_code::from_parts(c, e.subject, e.detail);
      for (std::size_t k = 0; k != e.basic.count; ++k) {
        const auto r = reply_code::from_number(e.basic.codes[k]);
        REQUIRE(r);
        const auto v = check_compat(*r, code);
        CHECK(v.association == registry_association::listed);
        CHECK(v.entry.entry == &e);
        CHECK(v.stated_use == e.stated_use);
        CHECK(v.use == (e.stated_use.empty()       ? stated_use_fit::not_stated
                        : e.stated_use.contains(c) ? stated_use_fit::fits
                                                   : stated_use_fit::against));
      }
    }
  }
}

TEST_CASE("compat: every part has a distinct readable name") {
  using smtp_status::to_string_view;
  const hard_rule rules[] = {hard_rule::holds, hard_rule::class_mismatch,
                             hard_rule::intermediate_reply};
  const registry_association assocs[] = {
      registry_association::listed,         registry_association::wildcard,
      registry_association::others_allowed, registry_association::any,
      registry_association::not_listed,     registry_association::not_given,
      registry_association::blank,          registry_association::unregistered};
  const stated_use_fit fits[] = {stated_use_fit::not_stated,
                                 stated_use_fit::fits, stated_use_fit::against};
  const reply_source sources[] = {reply_source::registry,
                                  reply_source::counterpart,
                                  reply_source::class_default};
  auto distinct = [](const auto& values) {
    for (auto a : values) {
      CHECK_FALSE(to_string_view(a).empty());
      for (auto b : values) {
        if (a != b) CHECK(to_string_view(a) != to_string_view(b));
      }
    }
  };
  distinct(rules);
  distinct(assocs);
  distinct(fits);
  distinct(sources);
  CHECK(to_string_view(registry_association::not_listed) == "not listed");
  for (unsigned a = 0; a != 8; ++a) {
    for (unsigned b = 0; b != 8; ++b) {
      const auto sa =
          smtp_status::stated_use_name(class_set{static_cast<std::uint8_t>(a)});
      CHECK_FALSE(sa.empty());
      if (a != b) {
        CHECK(sa != smtp_status::stated_use_name(
                        class_set{static_cast<std::uint8_t>(b)}));
      }
    }
  }
  STATIC_REQUIRE(smtp_status::stated_use_name(class_set::of(
                     status_class::permanent)) == "permanent only");
  STATIC_REQUIRE(to_string_view(hard_rule::class_mismatch) ==
                 "class disagrees with reply code");
}

TEST_CASE("reply_code_for: the registry's reply code of the class") {
  struct row {
    const char* code;
    unsigned reply;
    reply_source source;
  };
  const row rows[] = {
      {"5.1.1", 550, reply_source::registry},
      {"4.1.1", 451, reply_source::registry},
      {"5.1.3", 501, reply_source::registry},
      {"5.1.10", 556, reply_source::registry},
      {"2.1.5", 250, reply_source::registry},
      {"5.2.2", 552, reply_source::registry},
      {"4.3.1", 452, reply_source::registry},
      {"5.3.2", 521, reply_source::registry},
      // Of several, the class default when listed ...
      {"5.7.1", 550, reply_source::registry},
      {"5.7.0", 550, reply_source::registry},
      {"2.3.0", 250, reply_source::registry},
      // ... else the first listed, passing over 220 and 221.
      {"2.7.0", 235, reply_source::registry},
      {"5.5.2", 500, reply_source::registry},
      {"5.5.4", 501, reply_source::registry},
      {"5.7.8", 535, reply_source::registry},
      {"5.7.9", 534, reply_source::registry},
      {"5.7.13", 525, reply_source::registry},
      {"4.7.0", 450, reply_source::registry},
      // The other class's form of a listed reply code.
      {"4.2.2", 452, reply_source::counterpart},
      {"5.3.1", 552, reply_source::counterpart},
      {"5.2.4", 550, reply_source::counterpart},
      {"4.7.23", 450, reply_source::counterpart},
      {"4.7.8", 454, reply_source::counterpart},
      {"4.7.9", 454, reply_source::counterpart},
      // The class default.
      {"5.7.606", 550, reply_source::class_default},
      {"4.7.651", 451, reply_source::class_default},
      {"5.0.900", 550, reply_source::class_default},
      {"4.2.1", 450, reply_source::class_default},
      {"4.1.2", 450, reply_source::class_default},
      {"5.5.5", 554, reply_source::class_default},
      {"5.7.17", 550, reply_source::class_default},
      {"4.7.28", 451, reply_source::class_default},
      {"2.6.9", 250, reply_source::class_default},
      {"5.9.1", 550, reply_source::class_default},
  };
  for (const row& w : rows) {
    INFO(w.code);
    const auto s = smtp_status::suggest_reply(parse(w.code).code);
    CHECK(s.reply.number() == w.reply);
    CHECK(s.source == w.source);
    CHECK(smtp_status::reply_code_for(parse(w.code).code).number() == w.reply);
  }
}

TEST_CASE("reply_code_for: a deprecated duplicate uses its replacement") {
  for (status_class c : all_classes) {
    const auto old_code = *status_code::from_parts(c, 6, 10);
    const auto new_code = *status_code::from_parts(c, 6, 8);
    CHECK(smtp_status::reply_code_for(old_code) ==
          smtp_status::reply_code_for(new_code));
    CHECK(smtp_status::suggest_reply(old_code).entry.entry->detail == 8);
  }
}

TEST_CASE("reply_code_for: the 2008 edition gives its own association") {
  // X.3.2 listed only 453 in 2008: 5.3.2 has no 5yz there.
  const auto code = parse("5.3.2").code;
  CHECK(smtp_status::reply_code_for(code).number() == 521);
  CHECK(
      smtp_status::reply_code_for(code, registries::iana_2008_09_05).number() ==
      550);
}

TEST_CASE("reply_code_for: always satisfies the hard rule") {
  for (const auto* t : {&tables::iana_2024_12_06, &tables::iana_2008_09_05}) {
    for (std::size_t i = 0; i != t->code_count; ++i) {
      for (status_class c : all_classes) {
        const auto code = *status_code::from_parts(c, t->codes[i].subject,
                                                   t->codes[i].detail);
        INFO(std::string(smtp_status::to_code_string(code).view()));
        const auto s = smtp_status::suggest_reply(code, *t);
        const auto v = check_compat(s.reply, code, *t);
        CHECK(v.ok());
        if (s.source == reply_source::registry && !v.entry.entry->deprecated) {
          CHECK(v.association == registry_association::listed);
        }
      }
    }
  }
}

TEST_CASE("reply_code_for: works in a constant expression") {
  STATIC_REQUIRE(smtp_status::reply_code_for(parse("4.2.2").code).number() ==
                 452);
  STATIC_REQUIRE(
      smtp_status::default_reply_code(parse("5.5.9").code).number() == 554);
  STATIC_REQUIRE(
      smtp_status::default_reply_code(parse("2.0.0").code).number() == 250);
}
