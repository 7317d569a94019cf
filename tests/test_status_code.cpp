// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/status_code.hpp"

#include <catch2/catch.hpp>

#include <climits>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "smtp_status/literals.hpp"
#include "smtp_status/string.hpp"

using namespace std::string_view_literals;
using smtp_status::from_chars;
using smtp_status::parse;
using smtp_status::parse_error;
using smtp_status::parse_mode;
using smtp_status::status_class;
using smtp_status::status_code;
using smtp_status::subject_detail;

namespace {

status_code code_of(std::string_view text) {
  const auto r = parse(text);
  REQUIRE(r.ok());
  return r.code;
}

std::string text_of(status_code c) {
  return std::string{smtp_status::to_code_string(c).view()};
}

struct error_case {
  std::string_view text;
  parse_error error;
  std::size_t position;
};

void check_errors(const std::vector<error_case>& cases, parse_mode mode) {
  for (const auto& c : cases) {
    INFO("input \"" << std::string{c.text} << "\" (" << c.text.size()
                    << " bytes)");
    const auto r = parse(c.text, mode);
    CHECK(r.error == c.error);
    CHECK(r.position == c.position);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.to_optional().has_value());
    CHECK(r.code == status_code{});
  }
}

}  // namespace

TEST_CASE("status_code: parses a canonical code") {
  constexpr auto r = parse("5.1.1");
  STATIC_REQUIRE(r.ok());
  STATIC_REQUIRE(r.code.subject() == 1);
  CHECK(r.position == 5);
  CHECK_FALSE(r.leading_zeros);
  CHECK(r.to_optional() == r.code);
  CHECK(smtp_status::to_code_string(r.code).view() == "5.1.1");
}

TEST_CASE("status_code: reads class, subject and detail") {
  const auto c = code_of("4.7.651");
  CHECK(c.cls() == status_class::transient);
  CHECK(c.class_digit() == 4);
  CHECK(c.subject() == 7);
  CHECK(c.detail() == 651);
  CHECK(c.packed() == (4u << 20 | 7u << 10 | 651u));
}

TEST_CASE("status_code: accepts unregistered vendor codes") {
  for (auto text : {"5.7.606"sv, "4.7.651"sv, "5.0.900"sv, "5.7.133"sv,
                    "5.1.10"sv, "4.7.25"sv, "2.999.999"sv, "5.0.0"sv}) {
    INFO(std::string{text});
    const auto r = parse(text);
    CHECK(r.ok());
    CHECK(smtp_status::to_code_string(r.code).view() == text);
  }
}

TEST_CASE("status_code: rejects a leading zero in strict mode") {
  const auto r = parse("5.01.1");
  CHECK(r.error == parse_error::leading_zero);
  CHECK(r.position == 2);
}

TEST_CASE("status_code: rejects a class other than 2, 4 or 5 at offset 0") {
  check_errors(
      {
          {"0.1.1", parse_error::bad_class, 0},
          {"1.1.1", parse_error::bad_class, 0},
          {"3.1.1", parse_error::bad_class, 0},
          {"6.1.1", parse_error::bad_class, 0},
          {"9.1.1", parse_error::bad_class, 0},
          {"x.1.1", parse_error::bad_class, 0},
          {"3a3a3", parse_error::bad_class, 0},
          {".1.1", parse_error::bad_class, 0},
          {"#5.1.0", parse_error::bad_class, 0},
          {"05.1.1", parse_error::bad_class, 0},
          {"35.1.1", parse_error::bad_class, 0},
      },
      parse_mode::strict);
}

TEST_CASE("status_code: rejects a class of more than one digit") {
  const std::vector<error_case> cases = {
      {"55.1.1", parse_error::class_too_many_digits, 1},
      {"25.1.1", parse_error::class_too_many_digits, 1},
      {"50", parse_error::class_too_many_digits, 1},
      {"550 5.1.1", parse_error::class_too_many_digits, 1},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects empty text") {
  check_errors({{"", parse_error::empty, 0}}, parse_mode::strict);
  check_errors({{std::string_view{}, parse_error::empty, 0}},
               parse_mode::lenient);
}

TEST_CASE("status_code: reports missing parts as incomplete at the end") {
  const std::vector<error_case> cases = {
      {"5", parse_error::incomplete, 1},
      {"5.", parse_error::incomplete, 2},
      {"5.1", parse_error::incomplete, 3},
      {"5.1.", parse_error::incomplete, 4},
      {"5.999", parse_error::incomplete, 5},
      {"4.10", parse_error::incomplete, 4},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects a separator other than a dot where it is") {
  const std::vector<error_case> cases = {
      {"5,1,1", parse_error::missing_dot, 1},
      {"5 .1.1", parse_error::missing_dot, 1},
      {"5-1-1", parse_error::missing_dot, 1},
      {"5.1,1", parse_error::missing_dot, 3},
      {"5.1 .1", parse_error::missing_dot, 3},
      {"5.1-1", parse_error::missing_dot, 3},
      {"5.999x1", parse_error::missing_dot, 5},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects a sub-code that starts with a non-digit") {
  const std::vector<error_case> cases = {
      {"5..1", parse_error::no_digits, 2},
      {"5.x.1", parse_error::no_digits, 2},
      {"5. 1.1", parse_error::no_digits, 2},
      {"5.1.", parse_error::incomplete, 4},
      {"5.1..", parse_error::no_digits, 4},
      {"5.1.x", parse_error::no_digits, 4},
      {"5.1. 1", parse_error::no_digits, 4},
      {"x.x.xx", parse_error::bad_class, 0},
      {"5.x.xx", parse_error::no_digits, 2},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects signs in any part") {
  const std::vector<error_case> cases = {
      {"+5.1.1", parse_error::bad_class, 0},
      {"-5.1.1", parse_error::bad_class, 0},
      {"5.-1.1", parse_error::no_digits, 2},
      {"5.+1.1", parse_error::no_digits, 2},
      {"5.1.-1", parse_error::no_digits, 4},
      {"5.1.+1", parse_error::no_digits, 4},
      {"5+.1.1", parse_error::missing_dot, 1},
      {"5.1+.1", parse_error::missing_dot, 3},
      {"5.1.1+", parse_error::trailing_characters, 5},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects a fourth digit at its offset") {
  const std::vector<error_case> cases = {
      {"5.1000.1", parse_error::too_many_digits, 5},
      {"5.1.1000", parse_error::too_many_digits, 7},
      {"5.9999.1", parse_error::too_many_digits, 5},
      {"5.123.45678", parse_error::too_many_digits, 9},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: points at the zero of a leading zero") {
  check_errors(
      {
          {"5.01.1", parse_error::leading_zero, 2},
          {"5.1.01", parse_error::leading_zero, 4},
          {"5.00.0", parse_error::leading_zero, 2},
          {"5.0.00", parse_error::leading_zero, 4},
          {"5.999.099", parse_error::leading_zero, 6},
          // Errors are met left to right: the zero comes before the 4th digit.
          {"5.0123.1", parse_error::leading_zero, 2},
          {"5.01", parse_error::leading_zero, 2},
      },
      parse_mode::strict);
}

TEST_CASE("status_code: rejects characters after the code at their offset") {
  const std::vector<error_case> cases = {
      {"5.1.1 ", parse_error::trailing_characters, 5},
      {"5.1.1x", parse_error::trailing_characters, 5},
      {"2.0.0:", parse_error::trailing_characters, 5},
      {"5.1.1.1", parse_error::trailing_characters, 5},
      {"5.1.1.", parse_error::trailing_characters, 5},
      {"5.1.1\r\n", parse_error::trailing_characters, 5},
      {"5.999.999 text", parse_error::trailing_characters, 9},
      {"4.7.25)", parse_error::trailing_characters, 6},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: treats NUL bytes as ordinary wrong characters") {
  const std::vector<error_case> cases = {
      {"\0"sv, parse_error::bad_class, 0},
      {"\0"
       "5.1.1"sv,
       parse_error::bad_class, 0},
      {"5\0.1.1"sv, parse_error::missing_dot, 1},
      {"5.\0"
       "1.1"sv,
       parse_error::no_digits, 2},
      {"5.1\0.1"sv, parse_error::missing_dot, 3},
      {"5.1.\0"
       "1"sv,
       parse_error::no_digits, 4},
      {"5.1.1\0"sv, parse_error::trailing_characters, 5},
      {"5.1.1\0"
       "0"sv,
       parse_error::trailing_characters, 5},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: rejects non-ASCII bytes, including other digits") {
  const std::vector<error_case> cases = {
      // No-break space, then the code.
      {"\xc2\xa0"
       "5.1.1",
       parse_error::bad_class, 0},
      // Fullwidth digit five.
      {"\xef\xbc\x95.1.1", parse_error::bad_class, 0},
      // Arabic-Indic digit one as the subject.
      {"5.\xd9\xa1.1", parse_error::no_digits, 2},
      {"5\xff", parse_error::missing_dot, 1},
      {"5.1\x80"
       "1",
       parse_error::missing_dot, 3},
      // Zero-width space after the code.
      {"5.1.1\xe2\x80\x8b", parse_error::trailing_characters, 5},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
}

TEST_CASE("status_code: reports long inputs at the first wrong offset") {
  const std::string spaces = "5.1.1" + std::string(100000, ' ');
  const std::string ones = "5." + std::string(100000, '1');
  const std::string fives(1000000, '5');
  const std::string zeros = "5." + std::string(100000, '0') + ".1";
  std::vector<error_case> cases = {
      {spaces, parse_error::trailing_characters, 5},
      {ones, parse_error::too_many_digits, 5},
      {fives, parse_error::class_too_many_digits, 1},
  };
  check_errors(cases, parse_mode::strict);
  check_errors(cases, parse_mode::lenient);
  check_errors({{zeros, parse_error::leading_zero, 2}}, parse_mode::strict);
  check_errors({{zeros, parse_error::too_many_digits, 5}}, parse_mode::lenient);
}

TEST_CASE("status_code: lenient mode accepts and reports leading zeros") {
  struct lenient_case {
    std::string_view text;
    std::string_view canonical;
    bool leading_zeros;
  };
  for (const auto& c : std::vector<lenient_case>{
           {"5.01.1", "5.1.1", true},
           {"5.1.01", "5.1.1", true},
           {"5.001.001", "5.1.1", true},
           {"5.000.000", "5.0.0", true},
           {"4.07.010", "4.7.10", true},
           {"2.0.0", "2.0.0", false},
           {"5.1.1", "5.1.1", false},
           {"5.100.100", "5.100.100", false},
       }) {
    INFO(std::string{c.text});
    const auto r = parse(c.text, parse_mode::lenient);
    REQUIRE(r.ok());
    CHECK(r.leading_zeros == c.leading_zeros);
    CHECK(r.position == c.text.size());
    CHECK(smtp_status::to_code_string(r.code).view() == c.canonical);
  }
}

TEST_CASE("status_code: lenient mode still limits sub-codes to 3 digits") {
  check_errors({{"5.0001.1", parse_error::too_many_digits, 5},
                {"5.1.0001", parse_error::too_many_digits, 7}},
               parse_mode::lenient);
}

TEST_CASE("status_code: lenient mode reports zeros seen before an error") {
  const auto r = parse("5.01.1 ", parse_mode::lenient);
  CHECK(r.error == parse_error::trailing_characters);
  CHECK(r.position == 6);
  CHECK(r.leading_zeros);
}

TEST_CASE("status_code: from_chars stops after the detail's digits") {
  for (auto line : {"5.1.1 User unknown"sv, "2.0.0: Ok"sv, "5.1.1.1"sv,
                    "5.1.1"sv, "5.1.1>"sv}) {
    INFO(std::string{line});
    status_code c;
    const auto r = from_chars(line.data(), line.data() + line.size(), c);
    REQUIRE(r.ok());
    CHECK(r.ptr == line.data() + 5);
    CHECK_FALSE(r.leading_zeros);
  }
  const auto text = "4.7.25 Client host rejected"sv;
  status_code c;
  const auto r = from_chars(text.data(), text.data() + text.size(), c);
  REQUIRE(r.ok());
  CHECK(r.ptr == text.data() + 6);
  CHECK(c == code_of("4.7.25"));
}

TEST_CASE("status_code: from_chars treats a fourth digit as an error") {
  const auto text = "5.1.1234 x"sv;
  status_code c;
  const auto r = from_chars(text.data(), text.data() + text.size(), c);
  CHECK(r.ec == parse_error::too_many_digits);
  CHECK(r.ptr == text.data() + 7);
}

TEST_CASE("status_code: from_chars leaves the output alone on error") {
  const auto kept = code_of("4.4.4");
  for (auto text : {""sv, "5.01.1"sv, "5.1"sv, "3.1.1"sv, "5.1000.1"sv}) {
    INFO(std::string{text});
    status_code c = kept;
    const auto r = from_chars(text.data(), text.data() + text.size(), c);
    CHECK_FALSE(r.ok());
    CHECK(c == kept);
  }
}

TEST_CASE("status_code: from_chars reports lenient leading zeros") {
  const auto text = "5.07.1 Mailbox"sv;
  status_code c;
  const auto r = from_chars(text.data(), text.data() + text.size(), c,
                            parse_mode::lenient);
  REQUIRE(r.ok());
  CHECK(r.leading_zeros);
  CHECK(r.ptr == text.data() + 6);
  CHECK(c == code_of("5.7.1"));
}

TEST_CASE("status_code: from_chars accepts an empty range of null pointers") {
  status_code c;
  const auto r = from_chars(nullptr, nullptr, c);
  CHECK(r.ec == parse_error::empty);
  CHECK(r.ptr == nullptr);
}

TEST_CASE("status_code: to_chars writes nothing into a short buffer") {
  const auto c = code_of("5.999.999");
  for (std::size_t size = 0; size != smtp_status::max_code_length; ++size) {
    INFO("buffer of " << size);
    char buf[smtp_status::max_code_length + 1] = "#########";
    const auto r = smtp_status::to_chars(buf, buf + size, c);
    CHECK_FALSE(r.ok);
    CHECK(r.ptr == buf + size);
    CHECK(std::string_view{buf} == "#########");
  }
  char buf[smtp_status::max_code_length];
  const auto r = smtp_status::to_chars(buf, buf + sizeof buf, c);
  REQUIRE(r.ok);
  CHECK(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)) ==
        "5.999.999");
}

TEST_CASE("status_code: to_chars refuses a reversed range") {
  char buf[16] = "###############";
  const auto r = smtp_status::to_chars(buf + 12, buf, code_of("5.1.1"));
  CHECK_FALSE(r.ok);
  CHECK(std::string_view{buf} == "###############");
}

TEST_CASE("status_code: to_chars writes exactly the canonical length") {
  char buf[16] = "###############";
  const auto r = smtp_status::to_chars(buf, buf + sizeof buf, code_of("4.2.2"));
  REQUIRE(r.ok);
  CHECK(r.ptr == buf + 5);
  CHECK(std::string_view{buf} == "4.2.2##########");
}

TEST_CASE("status_code: code_string holds a NUL-terminated text") {
  const auto s = smtp_status::to_code_string(code_of("2.1.5"));
  CHECK(s.size() == 5);
  CHECK(std::string{s.c_str()} == "2.1.5");
  CHECK(s.c_str()[5] == '\0');
  const std::string_view v = s;
  CHECK(v == "2.1.5");
}

TEST_CASE("status_code: to_string gives the canonical text") {
  CHECK(to_string(code_of("5.7.26")) == "5.7.26");
  CHECK(smtp_status::to_string(parse("4.07.01", parse_mode::lenient).code) ==
        "4.7.1");
}

TEST_CASE("status_code: default value is 2.0.0") {
  CHECK(text_of(status_code{}) == "2.0.0");
  CHECK(status_code{}.is_success());
}

TEST_CASE("status_code: from_parts refuses an invalid class or sub-code") {
  for (unsigned digit = 0; digit != 256; ++digit) {
    const auto c = static_cast<status_class>(digit);
    const bool valid = digit == 2 || digit == 4 || digit == 5;
    INFO("class " << digit);
    CHECK(smtp_status::is_valid(c) == valid);
    CHECK(status_code::from_parts(c, 1, 1).has_value() == valid);
  }
  const auto p = status_class::permanent;
  CHECK(status_code::from_parts(p, 999, 999).has_value());
  CHECK_FALSE(status_code::from_parts(p, 1000, 0).has_value());
  CHECK_FALSE(status_code::from_parts(p, 0, 1000).has_value());
  CHECK_FALSE(status_code::from_parts(p, 1023, 1023).has_value());
  CHECK_FALSE(status_code::from_parts(p, UINT_MAX, 0).has_value());
  CHECK_FALSE(status_code::from_parts(p, 0, UINT_MAX).has_value());
  const auto c = status_code::from_parts(p, 7, 606);
  REQUIRE(c);
  CHECK(text_of(*c) == "5.7.606");
}

TEST_CASE("status_code: from_packed refuses what packed() never returns") {
  // A class above 255 must not wrap into the 8-bit status_class.
  CHECK_FALSE(status_code::from_packed(258u << 20).has_value());
  CHECK_FALSE(status_code::from_packed(260u << 20 | 1u << 10).has_value());
  CHECK_FALSE(status_code::from_packed(0).has_value());
  CHECK_FALSE(status_code::from_packed(3u << 20).has_value());
  CHECK_FALSE(status_code::from_packed(5u << 20 | 1000u << 10).has_value());
  CHECK_FALSE(status_code::from_packed(5u << 20 | 1000u).has_value());
  CHECK_FALSE(status_code::from_packed(UINT32_MAX).has_value());
  for (unsigned bit = 23; bit != 32; ++bit) {
    INFO("bit " << bit);
    const auto packed = code_of("5.1.1").packed() | std::uint32_t{1} << bit;
    CHECK_FALSE(status_code::from_packed(packed).has_value());
  }
  const auto c = code_of("4.7.651");
  CHECK(status_code::from_packed(c.packed()) == c);
}

TEST_CASE("status_code: predicates follow the class") {
  CHECK(code_of("2.1.5").is_success());
  CHECK_FALSE(code_of("2.1.5").is_transient());
  CHECK(code_of("4.2.2").is_transient());
  CHECK_FALSE(code_of("4.2.2").is_permanent());
  CHECK(code_of("5.1.1").is_permanent());
  CHECK_FALSE(code_of("5.1.1").is_success());
}

TEST_CASE("status_code: class helpers change only the class") {
  const auto hard = code_of("5.2.2");
  const auto soft = code_of("4.2.2");
  const auto ok = code_of("2.2.2");
  CHECK(hard.to_transient() == soft);
  CHECK(soft.to_permanent() == hard);
  CHECK(soft.to_transient() == soft);
  CHECK(hard.to_permanent() == hard);
  CHECK(ok.to_transient() == ok);
  CHECK(ok.to_permanent() == ok);
  CHECK(hard.with_class(status_class::success) == ok);
  CHECK(ok.with_class(status_class::permanent) == hard);
  CHECK(hard.with_class(static_cast<status_class>(3)) == hard);
  CHECK(hard.with_class(static_cast<status_class>(0)) == hard);
}

TEST_CASE("status_code: orders by class, then subject, then detail") {
  const std::vector<std::string_view> sorted = {
      "2.0.0", "2.0.1",  "2.1.0", "4.0.0",  "4.7.1",
      "5.1.2", "5.1.10", "5.2.1", "5.10.1", "5.999.999"};
  for (std::size_t i = 0; i != sorted.size(); ++i) {
    for (std::size_t j = 0; j != sorted.size(); ++j) {
      INFO(std::string{sorted[i]} << " vs " << std::string{sorted[j]});
      const auto a = code_of(sorted[i]);
      const auto b = code_of(sorted[j]);
      CHECK((a == b) == (i == j));
      CHECK((a != b) == (i != j));
      CHECK((a < b) == (i < j));
      CHECK((a > b) == (i > j));
      CHECK((a <= b) == (i <= j));
      CHECK((a >= b) == (i >= j));
#if SMTP_STATUS_HAS_THREE_WAY_COMPARISON
      // clang-format off
      CHECK((a <=> b) == (i <=> j));
      // clang-format on
#endif
    }
  }
}

TEST_CASE("status_code: serves as a std::map key in numeric order") {
  std::map<status_code, int> m;
  for (auto text : {"5.10.1"sv, "5.1.10"sv, "2.0.0"sv, "5.1.2"sv, "4.7.1"sv})
    m[code_of(text)] = 1;
  std::vector<std::string> order;
  for (const auto& [code, n] : m) order.push_back(text_of(code));
  CHECK(order == std::vector<std::string>{"2.0.0", "4.7.1", "5.1.2", "5.1.10",
                                          "5.10.1"});
}

TEST_CASE("status_code: serves as an unordered container key") {
  std::unordered_map<status_code, std::string> m;
  std::unordered_set<std::size_t> hashes;
  for (auto text : {"5.1.1"sv, "4.1.1"sv, "5.1.10"sv, "5.10.1"sv, "2.0.0"sv}) {
    m.emplace(code_of(text), std::string{text});
    hashes.insert(std::hash<status_code>{}(code_of(text)));
  }
  CHECK(m.size() == 5);
  CHECK(hashes.size() == 5);
  for (const auto& [code, text] : m) CHECK(text_of(code) == text);
  CHECK(m.at(code_of("5.10.1")) == "5.10.1");
  CHECK(m.count(code_of("4.10.1")) == 0);
  CHECK(std::hash<status_code>{}(code_of("5.1.1")) ==
        std::hash<status_code>{}(parse("5.01.1", parse_mode::lenient).code));
}

namespace {

std::string_view advice(status_code c) {
  using namespace smtp_status::literals;
  switch (c.packed()) {
    case "5.1.1"_esc.packed():
      return "no such user";
    case "4.2.2"_esc.packed():
      return "mailbox full, retry";
    case "5.2.2"_esc.packed():
      return "mailbox full";
    default:
      return c.is_transient() ? "retry" : "other";
  }
}

}  // namespace

TEST_CASE("status_code: serves as a switch key through packed()") {
  CHECK(advice(code_of("5.1.1")) == "no such user");
  CHECK(advice(code_of("4.2.2")) == "mailbox full, retry");
  CHECK(advice(code_of("5.2.2")) == "mailbox full");
  CHECK(advice(code_of("4.1.1")) == "retry");
  CHECK(advice(code_of("5.1.10")) == "other");
}

TEST_CASE("status_code: the _esc literal equals the parsed code") {
  using namespace smtp_status::literals;
  constexpr auto c = "5.7.606"_esc;
  CHECK(c == code_of("5.7.606"));
  // In C++17 this use may run at run time; the text is valid, so it gives
  // the code.
  const auto d = "4.2.2"_esc;
  CHECK(d == code_of("4.2.2"));
  CHECK(smtp_status::to_code_string("2.999.0"_esc).view() == "2.999.0");
}

TEST_CASE("status_code: subject_detail pairs a subject and detail") {
  const auto sd = subject_detail::from_parts(2, 2);
  REQUIRE(sd);
  CHECK(sd->subject() == 2);
  CHECK(sd->detail() == 2);
  CHECK(sd->success() == code_of("2.2.2"));
  CHECK(sd->transient() == code_of("4.2.2"));
  CHECK(sd->permanent() == code_of("5.2.2"));
  CHECK(sd->with(status_class::transient) == code_of("4.2.2"));
  CHECK_FALSE(sd->with(static_cast<status_class>(3)).has_value());
  CHECK(subject_detail::of(code_of("4.2.2")) == *sd);
  CHECK(subject_detail::of(code_of("4.2.3")) != *sd);
  CHECK(subject_detail::from_parts(999, 999).has_value());
  CHECK_FALSE(subject_detail::from_parts(1000, 0).has_value());
  CHECK_FALSE(subject_detail::from_parts(0, 1000).has_value());
}

TEST_CASE("status_code: every parse_error has its own text") {
  std::set<std::string_view> texts;
  const auto last = static_cast<unsigned>(parse_error::incomplete);
  for (unsigned e = 0; e <= last; ++e) {
    const auto text = smtp_status::to_string_view(static_cast<parse_error>(e));
    INFO("parse_error " << e);
    CHECK_FALSE(text.empty());
    CHECK(text != "unknown error");
    texts.insert(text);
  }
  CHECK(texts.size() == last + 1);
  CHECK(smtp_status::to_string_view(static_cast<parse_error>(last + 1)) ==
        "unknown error");
}
