// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/search.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_view_literals;
using smtp_status::find_code;
using smtp_status::find_codes;
using smtp_status::find_most_specific_code;

namespace {

// Every match in `text` as "code@position".
std::vector<std::string> matches(
    std::string_view text,
    smtp_status::parse_mode mode = smtp_status::parse_mode::strict) {
  std::vector<std::string> out;
  for (const auto& m : find_codes(text, mode)) {
    out.push_back(std::string(smtp_status::to_code_string(m.code).view()) +
                  "@" + std::to_string(m.position));
  }
  return out;
}

using list = std::vector<std::string>;

constexpr std::size_t count(std::string_view text) {
  std::size_t n = 0;
  for (const auto& m : find_codes(text)) n += m.length > 0 ? 1 : 0;
  return n;
}

}  // namespace

static_assert(find_code("dsn=5.1.10, status=bounced").position == 4);
static_assert(find_code("dsn=5.1.10, status=bounced").code.detail() == 10);
static_assert(!find_code("from 192.0.2.1 port 25"));
static_assert(count("5.1.1 and 4.2.2, then 2.0.0.") == 3);
static_assert(find_most_specific_code("dsn=5.0.0 (said: 550 5.1.1 no)")
                  .reply->number() == 550);
static_assert(!find_most_specific_code("no code"));

TEST_CASE("search: finds a code with its position and length") {
  const auto m = find_code("RCPT TO failed: 5.1.1 <user@example.org>");
  REQUIRE(m);
  CHECK(m.position == 16);
  CHECK(m.length == 5);
  CHECK(m.code == smtp_status::parse("5.1.1").code);
  CHECK(!m.reply);
  CHECK(m.sourced().source == smtp_status::code_source::text);
}

TEST_CASE("search: finds every code in order") {
  CHECK(matches("first 4.4.1, later 5.4.7; finally (5.0.0)") ==
        list{"4.4.1@6", "5.4.7@19", "5.0.0@35"});
  CHECK(matches("").empty());
  CHECK(matches("no codes here at all").empty());
}

TEST_CASE("search: a code must stand as a whole token") {
  CHECK(matches("4.7.25").size() == 1);
  CHECK(matches("4.7.25") == list{"4.7.25@0"});
  CHECK(matches("x5.1.1 5.1.1x 5.1.1_ _5.1.1 5.1.1/ /5.1.1 a@5.1.1").empty());
  CHECK(matches("45.1.1 5.1.1000 05.1.1 5.1.1a 5.1234.1").empty());
  CHECK(matches("(5.1.1) [5.1.1] <5.1.1> \"5.1.1\" '5.1.1'").size() == 5);
  CHECK(matches("status=5.1.1, code:5.1.1; #5.1.1") ==
        list{"5.1.1@7", "5.1.1@19", "5.1.1@27"});
}

TEST_CASE("search: never inside an IPv4 address or longer dotted number") {
  CHECK(matches("relay[192.0.2.1]: timed out").empty());
  CHECK(matches("from 10.5.4.1 and 5.4.4.4 and 2.2.2.2").empty());
  CHECK(matches("build 4.16.55.1 and 1.5.1.1").empty());
  CHECK(matches("host 203.0.113.5, code 5.4.4") == list{"5.4.4@23"});
}

TEST_CASE("search: never inside a version string") {
  CHECK(matches("v2.4.1 V5.1.1 release-2.11.3 2.4.1-beta 5.1.1+build").empty());
  CHECK(matches("postfix-4.1.1 4.1.1") == list{"4.1.1@14"});
}

TEST_CASE("search: a '.' ends a sentence after a code") {
  CHECK(matches("failed with 5.2.2.") == list{"5.2.2@12"});
  CHECK(matches("failed with 5.2.2.\r\n") == list{"5.2.2@12"});
}

TEST_CASE("search: only classes 2, 4 and 5 and 1 to 3 digit sub-codes") {
  CHECK(matches("1.1.1 3.1.1 6.1.1 9.9.9 3a3a3").empty());
  CHECK(matches("2.999.999") == list{"2.999.999@0"});
}

TEST_CASE("search: leading zeros only in lenient mode") {
  CHECK(matches("code 5.01.1 here").empty());
  const auto m =
      find_code("code 5.01.1 here", 0, smtp_status::parse_mode::lenient);
  REQUIRE(m);
  CHECK(m.leading_zeros);
  CHECK(m.length == 6);
  CHECK(m.code == smtp_status::parse("5.1.1").code);
}

TEST_CASE("search: notes the reply code just before a code") {
  const auto said = find_code("host example.net said: 550 5.1.1 user unknown");
  REQUIRE(said);
  REQUIRE(said.reply);
  CHECK(said.reply->number() == 550);
  const auto dash = find_code("550-5.1.1 The account");
  REQUIRE(dash);
  CHECK(dash.reply->number() == 550);
  CHECK(dash.position == 4);
  CHECK(find_code("550 #5.1.0 Address rejected").reply->number() == 550);
  CHECK(!find_code("port 25 5.1.1").reply);
  CHECK(!find_code("x550 5.1.1").reply);
  CHECK(!find_code("1550 5.1.1").reply);
  CHECK(!find_code("650 5.1.1").reply);
  CHECK(matches("item-5.1.1 #-5.1.0-x").empty());
}

TEST_CASE("search: the most specific code wins over X.0.0 and X.s.0") {
  const auto m = find_most_specific_code(
      "dsn=5.0.0, status=bounced (said: 550 5.7.0 then 5.7.1 then 5.7.2)");
  REQUIRE(m);
  CHECK(m.code == smtp_status::parse("5.7.1").code);
  CHECK(find_most_specific_code("only 4.0.0").code ==
        smtp_status::parse("4.0.0").code);
  CHECK(find_most_specific_code("5.0.900 and 5.7.0").code ==
        smtp_status::parse("5.7.0").code);
  CHECK(!find_most_specific_code("nothing"));
  CHECK(smtp_status::specificity(smtp_status::parse("5.0.900").code) == 1);
}

TEST_CASE("search: NUL, non-ASCII and a 100 KB text are searched safely") {
  const std::string nul(
      "\0"
      "5.1.1\0",
      7);
  CHECK(matches(nul) == list{"5.1.1@1"});
  CHECK(matches("\xc3\xa9"
                "5.1.1 \xff"
                "5.1.1 5.1.1\xc3\xa9")
            .empty());
  std::string big(100 * 1024, '5');
  big += " 4.2.2";
  CHECK(matches(big) == list{"4.2.2@102401"});
  std::string dots;
  for (int i = 0; i != 10000; ++i) dots += "5.";
  CHECK(matches(dots).empty());
}
