// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/error_code.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/registry_2008.hpp"
#include "smtp_status/status_code.hpp"

// Defined in error_code_second_tu.cpp.
const std::error_category* status_category_in_second_tu();
const std::error_category* condition_category_in_second_tu();
std::error_code error_code_from_second_tu(smtp_status::status_code code);

namespace {

using smtp_status::condition;
using smtp_status::status_class;
using smtp_status::status_code;

constexpr status_class classes[] = {
    status_class::success, status_class::transient, status_class::permanent};

// Every code either edition enumerates, in each class, then codes neither
// does: unregistered details and subjects, and the extremes.
std::vector<status_code> codes_to_test() {
  std::vector<status_code> codes;
  for (const auto* table : {&smtp_status::tables::iana_2024_12_06,
                            &smtp_status::tables::iana_2008_09_05}) {
    for (std::size_t i = 0; i != table->code_count; ++i) {
      for (const status_class c : classes) {
        codes.push_back(*status_code::from_parts(c, table->codes[i].subject,
                                                 table->codes[i].detail));
      }
    }
  }
  for (const status_class c : classes) {
    for (unsigned s : {0u, 7u, 8u, 999u}) {
      for (unsigned d : {0u, 606u, 999u}) {
        codes.push_back(*status_code::from_parts(c, s, d));
      }
    }
  }
  return codes;
}

}  // namespace

TEST_CASE("error_code: one category object per program, in every TU") {
  CHECK(&smtp_status::status_category() == status_category_in_second_tu());
  CHECK(&smtp_status::condition_category() ==
        condition_category_in_second_tu());
  CHECK(smtp_status::status_category() != smtp_status::condition_category());
  const auto code = smtp_status::parse("5.1.1").code;
  CHECK(error_code_from_second_tu(code) == make_error_code(code));
}

TEST_CASE("error_code: the categories are named after the library") {
  CHECK(std::string(smtp_status::status_category().name()) == "smtp_status");
  CHECK(std::string(smtp_status::condition_category().name()) ==
        "smtp_status.condition");
}

TEST_CASE("error_code: holds every code losslessly as its packed value") {
  for (const status_code code : codes_to_test()) {
    const std::error_code ec = make_error_code(code);
    CHECK(&ec.category() == &smtp_status::status_category());
    CHECK(static_cast<std::uint32_t>(ec.value()) == code.packed());
    CHECK(smtp_status::to_status_code(ec) == code);
  }
}

TEST_CASE("error_code: the message is the code and its most specific text") {
  for (const status_code code : codes_to_test()) {
    const std::string text(smtp_status::to_code_string(code).view());
    const std::string_view meaning = smtp_status::lookup(code).text();
    REQUIRE(!meaning.empty());
    CHECK(make_error_code(code).message() == text + " " + std::string(meaning));
  }
  CHECK(make_error_code(smtp_status::parse("5.1.1").code).message() ==
        "5.1.1 Bad destination mailbox address");
  CHECK(make_error_code(smtp_status::parse("4.7.651").code).message() ==
        "4.7.651 Security or Policy Status");
  CHECK(make_error_code(smtp_status::parse("5.9.1").code).message() ==
        "5.9.1 Permanent Failure");
}

TEST_CASE("error_code: matches the condition of its class, and only that") {
  for (const status_code code : codes_to_test()) {
    const std::error_code ec = make_error_code(code);
    CHECK((ec == condition::success) == code.is_success());
    CHECK((ec == condition::transient) == code.is_transient());
    CHECK((ec == condition::permanent) == code.is_permanent());
    CHECK(ec.default_error_condition() ==
          smtp_status::to_condition(code.cls()));
  }
  const std::error_code soft =
      make_error_code(smtp_status::parse("4.2.2").code);
  CHECK(soft == condition::transient);
  CHECK(soft != condition::permanent);
}

TEST_CASE("error_code: conditions name their class as the registry does") {
  CHECK(std::error_condition(condition::success).message() == "Success");
  CHECK(std::error_condition(condition::transient).message() ==
        "Persistent Transient Failure");
  CHECK(std::error_condition(condition::permanent).message() ==
        "Permanent Failure");
  CHECK(smtp_status::condition_category().message(3) ==
        "not a status class (3)");
  for (const status_class c : classes) {
    CHECK(static_cast<int>(smtp_status::to_condition(c)) ==
          static_cast<int>(c));
  }
}

TEST_CASE("error_code: other categories do not match the conditions") {
  const std::error_code io = std::make_error_code(std::errc::io_error);
  CHECK(io != condition::success);
  CHECK(io != condition::transient);
  CHECK(io != condition::permanent);
  // 5.0.0's packed value in another category is not 5.0.0.
  const auto packed =
      static_cast<int>(smtp_status::parse("5.0.0").code.packed());
  CHECK(std::error_code(packed, std::generic_category()) !=
        condition::permanent);
}

TEST_CASE("error_code: to_status_code refuses other categories and values") {
  CHECK_FALSE(
      smtp_status::to_status_code(std::make_error_code(std::errc::io_error)));
  const auto packed =
      static_cast<int>(smtp_status::parse("5.1.1").code.packed());
  CHECK_FALSE(smtp_status::to_status_code(
      std::error_code(packed, std::system_category())));
  const auto& cat = smtp_status::status_category();
  for (int bad : {0, -1, 1, 3 << 20, 6 << 20, (5 << 20) | (1000 << 10),
                  (5 << 20) | 1000, 0x7fffffff}) {
    INFO(bad);
    CHECK_FALSE(smtp_status::to_status_code(std::error_code(bad, cat)));
    CHECK(cat.message(bad) ==
          "not an enhanced status code (" + std::to_string(bad) + ")");
    CHECK(std::error_code(bad, cat) != condition::success);
    CHECK(std::error_code(bad, cat) != condition::transient);
    CHECK(std::error_code(bad, cat) != condition::permanent);
  }
}

TEST_CASE("error_code: a status code does not convert implicitly") {
  STATIC_REQUIRE_FALSE(std::is_convertible_v<status_code, std::error_code>);
  STATIC_REQUIRE(std::is_error_condition_enum<condition>::value);
  STATIC_REQUIRE(std::is_convertible_v<condition, std::error_condition>);
}

TEST_CASE("error_code: even a success code makes a non-zero error code") {
  const std::error_code ok = make_error_code(smtp_status::parse("2.0.0").code);
  CHECK(static_cast<bool>(ok));
  CHECK(ok == condition::success);
}
