// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/status_code.hpp"

#include <catch2/catch.hpp>

using smtp_status::parse;
using smtp_status::parse_error;

TEST_CASE("status_code: parses a canonical code") {
  constexpr auto r = parse("5.1.1");
  STATIC_REQUIRE(r.ok());
  STATIC_REQUIRE(r.code.subject() == 1);
  CHECK(smtp_status::to_code_string(r.code).view() == "5.1.1");
}

TEST_CASE("status_code: rejects a leading zero in strict mode") {
  const auto r = parse("5.01.1");
  CHECK(r.error == parse_error::leading_zero);
  CHECK(r.position == 2);
}
