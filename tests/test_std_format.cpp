// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/format.hpp"

#include <catch2/catch.hpp>

#include "smtp_status/config.hpp"

#if SMTP_STATUS_HAS_STD_FORMAT

#include <format>
#include <string>
#include <string_view>

#include "format_test_cases.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

using format_test::text_of;
using smtp_status::status_code;

namespace {

template <typename T>
std::string vformat(std::string_view spec, const T& value) {
  return std::vformat(spec, std::make_format_args(value));
}

}  // namespace

TEST_CASE("std::format: formats a status code in its canonical form") {
  for (const status_code code : format_test::codes()) {
    CHECK(std::format("{}", code) == text_of(code));
    CHECK(std::format("{:s}", code) == text_of(code));
  }
}

TEST_CASE("std::format: pads a status code exactly as it pads its text") {
  for (const status_code code : format_test::codes()) {
    const std::string text = text_of(code);
    for (const char* spec : format_test::padding_specs) {
      INFO(spec << " " << text);
      CHECK(vformat(spec, code) == vformat(spec, text));
    }
  }
}

TEST_CASE("std::format: the long form is the code and its most specific text") {
  for (const status_code code : format_test::codes()) {
    const std::string_view meaning = smtp_status::lookup(code).text();
    REQUIRE(!meaning.empty());
    const std::string expected = text_of(code) + " " + std::string(meaning);
    for (const auto& spec : format_test::long_specs) {
      INFO(spec[0] << " " << expected);
      CHECK(vformat(spec[0], code) == vformat(spec[1], expected));
    }
  }
}

TEST_CASE("std::format: fills with any one code point, long form included") {
  for (const status_code code : format_test::codes()) {
    const std::string text = text_of(code);
    const std::string long_text =
        text + " " + std::string(smtp_status::lookup(code).text());
    for (const auto& f : format_test::multibyte_fills) {
      INFO(f.spec << " " << text);
      CHECK(vformat(f.spec, code) ==
            format_test::padded(text, f.fill, f.align, f.width));
      CHECK(vformat(format_test::long_form_of(f.spec), code) ==
            format_test::padded(long_text, f.fill, f.align, f.width));
    }
  }
}

TEST_CASE("std::format: right-aligns, centres and gives the long form") {
  const auto code = smtp_status::parse("5.1.1").code;
  CHECK(std::format("{:>10}", code) == "     5.1.1");
  CHECK(std::format("{:*^12}", code) == "***5.1.1****");
  CHECK(std::format("[{:<7}] {:l}", code, code) ==
        "[5.1.1  ] 5.1.1 Bad destination mailbox address");
  CHECK(std::format("{:l}", smtp_status::parse("5.7.606").code) ==
        "5.7.606 Security or Policy Status");
}

TEST_CASE("std::format: formats into wide strings") {
  const auto code = smtp_status::parse("4.7.651").code;
  CHECK(std::format(L"{}", code) == L"4.7.651");
  CHECK(std::format(L"{:_>9}", code) == L"__4.7.651");
  CHECK(std::format(L"{:l}", smtp_status::parse("2.0.0").code) ==
        L"2.0.0 Other undefined Status");
  CHECK(std::format(L"{:>4}", *smtp_status::reply_code::from_number(421)) ==
        L" 421");
}

TEST_CASE("std::format: formats a reply code as three digits, padded") {
  for (unsigned n = 200; n != 560; ++n) {
    const auto reply = smtp_status::reply_code::from_number(n);
    if (!reply) continue;
    const std::string digits = std::to_string(n);
    CHECK(std::format("{}", *reply) == digits);
    for (const char* spec : format_test::padding_specs) {
      CHECK(vformat(spec, *reply) == vformat(spec, digits));
    }
  }
}

TEST_CASE("std::format: rejects a specification it does not support") {
  const auto code = smtp_status::parse("5.1.1").code;
  const int width = 5;
  for (const auto& bad : format_test::rejected_specs) {
    INFO(bad.spec);
    CHECK_THROWS_WITH(
        std::vformat(bad.spec, std::make_format_args(code, width)), bad.why);
  }
}

TEST_CASE("std::format: a reply code has no long form") {
  const auto reply = *smtp_status::reply_code::from_number(550);
  CHECK_THROWS_WITH(vformat("{:l}", reply),
                    format_test::reply_code_long_form_error);
  CHECK_THROWS_AS(vformat("{:x}", reply), std::format_error);
}

#else

TEST_CASE("std::format: without <format> the header declares nothing") {
  // The header was included above; it must not have pulled in <format>
  // (libstdc++'s and libc++'s include guards) nor defined a formatter.
#if defined(_GLIBCXX_FORMAT) || defined(_LIBCPP_FORMAT)
  constexpr bool included_format = true;
#else
  constexpr bool included_format = false;
#endif
  STATIC_REQUIRE_FALSE(included_format);
  STATIC_REQUIRE_FALSE(SMTP_STATUS_HAS_STD_FORMAT);
  WARN(
      "std::format is not available: the formatter tests ran only where "
      "the standard library has <format>");
}

#endif
