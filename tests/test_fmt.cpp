// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/fmt.hpp"

#include <fmt/xchar.h>

#include <catch2/catch.hpp>
#include <string>

#include "format_test_cases.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

using format_test::text_of;
using smtp_status::status_code;

TEST_CASE("fmt: formats a status code in its canonical form") {
  for (const status_code code : format_test::codes()) {
    CHECK(fmt::format("{}", code) == text_of(code));
    CHECK(fmt::format("{:s}", code) == text_of(code));
  }
}

TEST_CASE("fmt: pads a status code exactly as it pads the code's text") {
  for (const status_code code : format_test::codes()) {
    const std::string text = text_of(code);
    for (const char* spec : format_test::padding_specs) {
      INFO(spec << " " << text);
      CHECK(fmt::format(fmt::runtime(spec), code) ==
            fmt::format(fmt::runtime(spec), text));
    }
  }
}

TEST_CASE("fmt: the long form is the code and its most specific text") {
  for (const status_code code : format_test::codes()) {
    const std::string_view meaning = smtp_status::lookup(code).text();
    REQUIRE(!meaning.empty());
    const std::string expected = text_of(code) + " " + std::string(meaning);
    for (const auto& spec : format_test::long_specs) {
      INFO(spec[0] << " " << expected);
      CHECK(fmt::format(fmt::runtime(spec[0]), code) ==
            fmt::format(fmt::runtime(spec[1]), expected));
    }
  }
}

TEST_CASE("fmt: the long form falls back to the subject, then the class") {
  CHECK(fmt::format("{:l}", smtp_status::parse("5.1.1").code) ==
        "5.1.1 Bad destination mailbox address");
  CHECK(fmt::format("{:l}", smtp_status::parse("5.7.606").code) ==
        "5.7.606 Security or Policy Status");
  CHECK(fmt::format("{:l}", smtp_status::parse("4.9.1").code) ==
        "4.9.1 Persistent Transient Failure");
}

TEST_CASE("fmt: fills with any one code point, long form included") {
  for (const status_code code : format_test::codes()) {
    const std::string text = text_of(code);
    const std::string long_text =
        text + " " + std::string(smtp_status::lookup(code).text());
    for (const auto& f : format_test::multibyte_fills) {
      INFO(f.spec << " " << text);
      CHECK(fmt::format(fmt::runtime(f.spec), code) ==
            format_test::padded(text, f.fill, f.align, f.width));
      CHECK(
          fmt::format(fmt::runtime(format_test::long_form_of(f.spec)), code) ==
          format_test::padded(long_text, f.fill, f.align, f.width));
    }
  }
}

TEST_CASE("fmt: right-aligns and centres with a fill") {
  const auto code = smtp_status::parse("5.1.1").code;
  CHECK(fmt::format("{:>10}", code) == "     5.1.1");
  CHECK(fmt::format("{:*^12}", code) == "***5.1.1****");
  CHECK(fmt::format(FMT_STRING("[{:<7}] {:l}"), code, code) ==
        "[5.1.1  ] 5.1.1 Bad destination mailbox address");
}

TEST_CASE("fmt: formats into wide strings") {
  const auto code = smtp_status::parse("4.7.651").code;
  CHECK(fmt::format(L"{}", code) == L"4.7.651");
  CHECK(fmt::format(L"{:_>9}", code) == L"__4.7.651");
  CHECK(fmt::format(L"{:l}", smtp_status::parse("2.0.0").code) ==
        L"2.0.0 Other undefined Status");
  CHECK(fmt::format(L"{:>4}", *smtp_status::reply_code::from_number(421)) ==
        L" 421");
}

TEST_CASE("fmt: formats a reply code as three digits, padded as text") {
  for (unsigned n = 200; n != 560; ++n) {
    const auto reply = smtp_status::reply_code::from_number(n);
    if (!reply) continue;
    const std::string digits = std::to_string(n);
    CHECK(fmt::format("{}", *reply) == digits);
    for (const char* spec : format_test::padding_specs) {
      CHECK(fmt::format(fmt::runtime(spec), *reply) ==
            fmt::format(fmt::runtime(spec), digits));
    }
  }
}

TEST_CASE("fmt: rejects a specification it does not support, saying why") {
  const auto code = smtp_status::parse("5.1.1").code;
  for (const auto& bad : format_test::rejected_specs) {
    INFO(bad.spec);
    CHECK_THROWS_WITH(fmt::format(fmt::runtime(bad.spec), code, 5), bad.why);
  }
}

TEST_CASE("fmt: a reply code has no long form") {
  const auto reply = *smtp_status::reply_code::from_number(550);
  CHECK_THROWS_WITH(fmt::format(fmt::runtime("{:l}"), reply),
                    format_test::reply_code_long_form_error);
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), reply), fmt::format_error);
}
