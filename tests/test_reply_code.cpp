// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/reply_code.hpp"

#include <array>
#include <string>

#include <catch2/catch.hpp>

using smtp_status::parse_reply_code;
using smtp_status::reply_code;
using smtp_status::reply_code_error;
using smtp_status::status_class;

namespace {

// RFC 5321 section 4.2: Reply-code = %x32-35 %x30-35 %x30-39.
bool grammar_allows(const std::string& text) {
  return text.size() == 3 && text[0] >= '2' && text[0] <= '5' &&
         text[1] >= '0' && text[1] <= '5' && text[2] >= '0' && text[2] <= '9';
}

std::string three_digits(unsigned n) {
  std::string s = std::to_string(n);
  return std::string(3 - s.size(), '0') + s;
}

}  // namespace

TEST_CASE("reply_code: from_number agrees with RFC 5321's grammar") {
  int accepted = 0;
  for (unsigned n = 0; n != 1000; ++n) {
    INFO("number " << n);
    const auto r = reply_code::from_number(n);
    CHECK(r.has_value() == grammar_allows(three_digits(n)));
    if (r) {
      CHECK(r->number() == n);
      ++accepted;
    }
  }
  // Four first digits times six second digits times ten third digits.
  CHECK(accepted == 4 * 6 * 10);
  CHECK_FALSE(reply_code::from_number(1000));
  CHECK_FALSE(reply_code::from_number(2500));
}

TEST_CASE("reply_code: parse agrees with from_number on every three digits") {
  for (unsigned n = 0; n != 1000; ++n) {
    const std::string text = three_digits(n);
    INFO("text " << text);
    const auto r = parse_reply_code(text);
    CHECK(r.ok() == grammar_allows(text));
    if (r) {
      CHECK(r.code == *reply_code::from_number(n));
      CHECK(r.position == 3);
    }
  }
}

TEST_CASE("reply_code: digits and kind of reply") {
  constexpr auto r = *reply_code::from_number(553);
  STATIC_REQUIRE(r.first_digit() == 5);
  STATIC_REQUIRE(r.second_digit() == 5);
  STATIC_REQUIRE(r.third_digit() == 3);
  STATIC_REQUIRE(r.is_permanent_negative());
  STATIC_REQUIRE_FALSE(r.is_transient_negative());
  STATIC_REQUIRE(reply_code::from_number(250)->is_positive_completion());
  STATIC_REQUIRE(reply_code::from_number(354)->is_intermediate());
  STATIC_REQUIRE(reply_code::from_number(421)->is_transient_negative());
}

TEST_CASE("reply_code: the default value is 250") {
  STATIC_REQUIRE(reply_code{}.number() == 250);
}

TEST_CASE("reply_code: status class follows the first digit; 3yz has none") {
  STATIC_REQUIRE(*reply_code::from_number(250)->status_class_of() ==
                 status_class::success);
  STATIC_REQUIRE(*reply_code::from_number(451)->status_class_of() ==
                 status_class::transient);
  STATIC_REQUIRE(*reply_code::from_number(550)->status_class_of() ==
                 status_class::permanent);
  STATIC_REQUIRE_FALSE(reply_code::from_number(334)->status_class_of());
  for (unsigned n = 200; n != 560; ++n) {
    const auto r = reply_code::from_number(n);
    if (!r) continue;
    const auto c = r->status_class_of();
    if (n / 100 == 3) {
      CHECK_FALSE(c);
    } else {
      REQUIRE(c);
      CHECK(static_cast<unsigned>(*c) == n / 100);
    }
  }
}

TEST_CASE("reply_code: is_defined holds for RFC 5321's and RFC 4954's codes") {
  // RFC 5321 section 4.2.3, in numeric order.
  const std::array<unsigned, 24> rfc5321 = {
      211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452,
      455, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555};
  // RFC 4954 sections 4 and 6 (500 is RFC 5321's too).
  const std::array<unsigned, 9> rfc4954 = {235, 334, 432, 454, 500,
                                           530, 534, 535, 538};
  const auto listed = [](const auto& list, unsigned n) {
    for (const unsigned c : list) {
      if (c == n) return true;
    }
    return false;
  };
  int defined = 0;
  for (unsigned n = 200; n != 560; ++n) {
    const auto r = reply_code::from_number(n);
    if (!r) continue;
    INFO("reply code " << n);
    CHECK(r->is_defined() == (listed(rfc5321, n) || listed(rfc4954, n)));
    defined += r->is_defined() ? 1 : 0;
  }
  CHECK(defined == 24 + 9 - 1);
  STATIC_REQUIRE(reply_code::from_number(550)->is_defined());
  STATIC_REQUIRE_FALSE(reply_code::from_number(401)->is_defined());
  STATIC_REQUIRE_FALSE(reply_code::from_number(521)->is_defined());
}

TEST_CASE("reply_code: compares by number") {
  constexpr auto a = *reply_code::from_number(450);
  constexpr auto b = *reply_code::from_number(550);
  STATIC_REQUIRE(a < b);
  STATIC_REQUIRE(a <= b);
  STATIC_REQUIRE(b > a);
  STATIC_REQUIRE(b >= a);
  STATIC_REQUIRE(a != b);
  STATIC_REQUIRE(a == *reply_code::from_number(450));
}

TEST_CASE("reply_code: parses in a constant expression") {
  constexpr auto r = parse_reply_code("554");
  STATIC_REQUIRE(r.ok());
  STATIC_REQUIRE(r.code.number() == 554);
  STATIC_REQUIRE(r.position == 3);
}

TEST_CASE("reply_code: names each error and where it is") {
  struct row {
    const char* text;
    reply_code_error error;
    std::size_t position;
  };
  const row rows[] = {
      {"", reply_code_error::empty, 0},
      {"x50", reply_code_error::not_three_digits, 0},
      {" 550", reply_code_error::not_three_digits, 0},
      {"5", reply_code_error::not_three_digits, 1},
      {"55", reply_code_error::not_three_digits, 2},
      {"55x", reply_code_error::not_three_digits, 2},
      {"5.5", reply_code_error::not_three_digits, 1},
      {"050", reply_code_error::bad_first_digit, 0},
      {"150", reply_code_error::bad_first_digit, 0},
      {"650", reply_code_error::bad_first_digit, 0},
      {"9", reply_code_error::bad_first_digit, 0},
      {"560", reply_code_error::bad_second_digit, 1},
      {"296", reply_code_error::bad_second_digit, 1},
      {"59", reply_code_error::bad_second_digit, 1},
      {"5500", reply_code_error::trailing_characters, 3},
      {"550 ", reply_code_error::trailing_characters, 3},
      {"550-", reply_code_error::trailing_characters, 3},
      {"250ok", reply_code_error::trailing_characters, 3},
  };
  for (const row& r : rows) {
    INFO("text \"" << r.text << '"');
    const auto p = parse_reply_code(r.text);
    CHECK_FALSE(p.ok());
    CHECK_FALSE(static_cast<bool>(p));
    CHECK(p.error == r.error);
    CHECK(p.position == r.position);
    CHECK(p.code == reply_code{});
  }
}

TEST_CASE("reply_code: from_chars stops after three digits") {
  const std::string line = "550-5.1.1 text";
  const auto r =
      smtp_status::reply_code_from_chars(line.data(), line.data() + 14);
  REQUIRE(r.ok());
  CHECK(r.code.number() == 550);
  CHECK(r.position == 3);
}

TEST_CASE("reply_code: from_chars rejects a fourth digit") {
  const std::string line = "5501 text";
  const auto r =
      smtp_status::reply_code_from_chars(line.data(), line.data() + 9);
  CHECK(r.error == reply_code_error::trailing_characters);
  CHECK(r.position == 3);
}

TEST_CASE("reply_code: every error has its own text") {
  const reply_code_error all[] = {
      reply_code_error::none,
      reply_code_error::empty,
      reply_code_error::not_three_digits,
      reply_code_error::bad_first_digit,
      reply_code_error::bad_second_digit,
      reply_code_error::trailing_characters,
  };
  for (auto a : all) {
    CHECK_FALSE(to_string_view(a).empty());
    for (auto b : all) {
      if (a != b) CHECK(to_string_view(a) != to_string_view(b));
    }
  }
  STATIC_REQUIRE(to_string_view(reply_code_error::bad_second_digit) ==
                 "reply code's second digit is not 0 to 5");
}

TEST_CASE("reply_code: formats as three digits") {
  for (unsigned n = 200; n != 560; ++n) {
    const auto r = reply_code::from_number(n);
    if (!r) continue;
    char buf[3] = {};
    const auto w = smtp_status::to_chars(buf, buf + 3, *r);
    REQUIRE(w.ok);
    CHECK(w.ptr == buf + 3);
    CHECK(std::string(buf, 3) == std::to_string(n));
  }
}

TEST_CASE("reply_code: to_chars refuses a short buffer and writes nothing") {
  char buf[3] = {'a', 'b', 'c'};
  const auto w =
      smtp_status::to_chars(buf, buf + 2, *reply_code::from_number(421));
  CHECK_FALSE(w.ok);
  CHECK(w.ptr == buf + 2);
  CHECK(std::string(buf, 3) == "abc");
}

TEST_CASE("reply_code: formats in a constant expression") {
  constexpr auto text = [] {
    std::array<char, 3> buf = {};
    smtp_status::to_chars(buf.data(), buf.data() + 3,
                          *reply_code::from_number(252));
    return buf;
  }();
  STATIC_REQUIRE(text[0] == '2');
  STATIC_REQUIRE(text[1] == '5');
  STATIC_REQUIRE(text[2] == '2');
}
