// SPDX-License-Identifier: BSL-1.0
// Compile-time tests: parsing, formatting, comparison, hashing and the _esc
// literal as constant expressions, then the same table at run time.
//
// Only the library's headers come before the static_asserts, so that
// std::hash<status_code> is shown to need nothing more than they include.
#include "smtp_status/literals.hpp"
#include "smtp_status/status_code.hpp"

#include <type_traits>

namespace {

using namespace smtp_status::literals;
using smtp_status::parse;
using smtp_status::parse_error;
using smtp_status::parse_mode;
using smtp_status::status_class;
using smtp_status::status_code;

struct parse_case {
  std::string_view text;
  parse_mode mode;
  parse_error error;
  std::size_t position;
  std::string_view canonical;  // On success.
};

constexpr parse_case parse_cases[] = {
    {"5.1.1", parse_mode::strict, parse_error::none, 5, "5.1.1"},
    {"2.0.0", parse_mode::strict, parse_error::none, 5, "2.0.0"},
    {"4.7.651", parse_mode::strict, parse_error::none, 7, "4.7.651"},
    {"5.999.999", parse_mode::strict, parse_error::none, 9, "5.999.999"},
    {"5.01.1", parse_mode::lenient, parse_error::none, 6, "5.1.1"},
    {"4.000.010", parse_mode::lenient, parse_error::none, 9, "4.0.10"},
    {"", parse_mode::strict, parse_error::empty, 0, ""},
    {"3.1.1", parse_mode::strict, parse_error::bad_class, 0, ""},
    {"+5.1.1", parse_mode::strict, parse_error::bad_class, 0, ""},
    {"55.1.1", parse_mode::strict, parse_error::class_too_many_digits, 1, ""},
    {"5:1.1", parse_mode::strict, parse_error::missing_dot, 1, ""},
    {"5.1:1", parse_mode::lenient, parse_error::missing_dot, 3, ""},
    {"5..1", parse_mode::strict, parse_error::no_digits, 2, ""},
    {"5.-1.1", parse_mode::strict, parse_error::no_digits, 2, ""},
    {"5.1000.1", parse_mode::strict, parse_error::too_many_digits, 5, ""},
    {"5.1.0001", parse_mode::lenient, parse_error::too_many_digits, 7, ""},
    {"5.01.1", parse_mode::strict, parse_error::leading_zero, 2, ""},
    {"5.1.01", parse_mode::strict, parse_error::leading_zero, 4, ""},
    {"5.1.1 ", parse_mode::strict, parse_error::trailing_characters, 5, ""},
    {"5.1.1.1", parse_mode::strict, parse_error::trailing_characters, 5, ""},
    {"5.1", parse_mode::strict, parse_error::incomplete, 3, ""},
    {"5.1.", parse_mode::lenient, parse_error::incomplete, 4, ""},
};

constexpr bool matches(const parse_case& c) noexcept {
  const auto r = parse(c.text, c.mode);
  if (r.error != c.error || r.position != c.position) return false;
  if (!r.ok()) return !r.to_optional().has_value();
  return smtp_status::to_code_string(r.code).view() == c.canonical;
}

constexpr bool all_match() noexcept {
  for (const auto& c : parse_cases)
    if (!matches(c)) return false;
  return true;
}

static_assert(all_match());

// Parsing.
static_assert(parse("5.1.1").code.cls() == status_class::permanent);
static_assert(parse("5.1.1").code.subject() == 1);
static_assert(parse("4.7.651").code.detail() == 651);
static_assert(parse("5.01.1", parse_mode::lenient).leading_zeros);
static_assert(!parse("5.1.1", parse_mode::lenient).leading_zeros);
static_assert(parse(std::string_view{"5.1.1\0", 6}).error ==
              parse_error::trailing_characters);

constexpr bool from_chars_stops_at_text() noexcept {
  constexpr std::string_view line = "5.1.1 User unknown";
  status_code c;
  const auto r =
      smtp_status::from_chars(line.data(), line.data() + line.size(), c);
  return r.ok() && r.ptr == line.data() + 5 && c == "5.1.1"_esc;
}
static_assert(from_chars_stops_at_text());

// Formatting.
static_assert(smtp_status::to_code_string("5.1.1"_esc).view() == "5.1.1");
static_assert(smtp_status::to_code_string("2.0.0"_esc).size() == 5);
static_assert(smtp_status::to_code_string("5.999.999"_esc).size() ==
              smtp_status::max_code_length);
static_assert(smtp_status::to_code_string(status_code{}).view() == "2.0.0");

constexpr bool to_chars_refuses_short_buffer() noexcept {
  char buf[8] = {};
  const auto r = smtp_status::to_chars(buf, buf + 8, "5.999.999"_esc);
  return !r.ok && r.ptr == buf + 8 && buf[0] == '\0';
}
static_assert(to_chars_refuses_short_buffer());

// Construction.
static_assert(status_code::from_parts(status_class::permanent, 1, 1) ==
              "5.1.1"_esc);
static_assert(!status_code::from_parts(status_class::permanent, 1000, 1));
static_assert(!status_code::from_parts(static_cast<status_class>(3), 1, 1));
static_assert(status_code::from_packed(("4.2.2"_esc).packed()) == "4.2.2"_esc);
static_assert(!status_code::from_packed(258u << 20));
static_assert(!status_code::from_packed(0));
static_assert(("5.1.1"_esc).packed() == (5u << 20 | 1u << 10 | 1u));

// Comparisons.
static_assert("5.1.1"_esc == parse("5.1.1").code);
static_assert("5.1.1"_esc != "4.1.1"_esc);
static_assert("4.9.9"_esc < "5.0.0"_esc);
static_assert("5.1.2"_esc < "5.1.10"_esc);
static_assert("5.2.0"_esc > "5.1.999"_esc);
static_assert("2.0.0"_esc <= "2.0.0"_esc && "2.0.0"_esc >= "2.0.0"_esc);
#if SMTP_STATUS_HAS_THREE_WAY_COMPARISON
// clang-format off
static_assert(("5.1.1"_esc <=> "5.1.10"_esc) < 0);
static_assert(("5.1.1"_esc <=> "5.1.1"_esc) == 0);
static_assert(("5.10.1"_esc <=> "5.9.999"_esc) > 0);
// clang-format on
#endif

// Hashing, with no header beyond the library's own.
static_assert(std::hash<status_code>{}("5.1.1"_esc) == ("5.1.1"_esc).packed());
static_assert(std::hash<status_code>{}("5.1.1"_esc) !=
              std::hash<status_code>{}("4.1.1"_esc));

// Predicates and class changes.
static_assert(("2.1.5"_esc).is_success());
static_assert(("4.2.2"_esc).is_transient());
static_assert(("5.2.2"_esc).is_permanent());
static_assert(("5.2.2"_esc).to_transient() == "4.2.2"_esc);
static_assert(("4.4.7"_esc).to_permanent() == "5.4.7"_esc);
static_assert(("2.0.0"_esc).to_permanent() == "2.0.0"_esc);
static_assert(("5.2.2"_esc).with_class(status_class::success) == "2.2.2"_esc);
static_assert(smtp_status::subject_detail::of("4.2.2"_esc).permanent() ==
              "5.2.2"_esc);

// The literal in a case label, which is a constant expression in C++17 too.
constexpr int kind(status_code c) noexcept {
  switch (c.packed()) {
    case "5.1.1"_esc.packed():
      return 1;
    case "4.2.2"_esc.packed():
      return 2;
    default:
      return 0;
  }
}
static_assert(kind("5.1.1"_esc) == 1 && kind("4.2.2"_esc) == 2);
static_assert(kind("5.2.2"_esc) == 0);

// The value type.
static_assert(sizeof(status_code) == 4);
static_assert(std::is_trivially_copyable_v<status_code>);
static_assert(std::is_nothrow_default_constructible_v<status_code>);
static_assert(std::is_standard_layout_v<status_code>);
// No way to build one from a raw number but from_packed.
static_assert(!std::is_aggregate_v<status_code>);
static_assert(!std::is_constructible_v<status_code, std::uint32_t>);

#if SMTP_STATUS_HAS_CLASS_TEMPLATE_ARGS
// A structural type: codes as template arguments.
template <status_code Code>
struct handler {
  static constexpr status_code code = Code;
  static constexpr bool retry = Code.is_transient();
};

static_assert(
    std::is_same_v<handler<"5.1.1"_esc>, handler<parse("5.1.1").code>>);
static_assert(
    std::is_same_v<handler<"5.1.1"_esc>, handler<*status_code::from_parts(
                                             status_class::permanent, 1, 1)>>);
static_assert(!std::is_same_v<handler<"5.1.1"_esc>, handler<"4.1.1"_esc>>);
static_assert(handler<"4.2.2"_esc>::retry && !handler<"5.2.2"_esc>::retry);
static_assert(handler<"5.7.606"_esc>::code.detail() == 606);
#endif

}  // namespace

#include <catch2/catch.hpp>

TEST_CASE("status_code: the compile-time table holds at run time too") {
  for (const auto& c : parse_cases) {
    INFO("input \"" << std::string{c.text} << "\"");
    // The same function, now called outside constant evaluation.
    CHECK(matches(c));
  }
  CHECK(kind(parse("5.1.1").code) == 1);
  CHECK(std::hash<status_code>{}(parse("4.2.2").code) ==
        (4u << 20 | 2u << 10 | 2u));
}

#if SMTP_STATUS_HAS_CLASS_TEMPLATE_ARGS
TEST_CASE("status_code: a code as a template argument keeps its value") {
  CHECK(handler<"5.1.1"_esc>::code == parse("5.1.1").code);
  CHECK_FALSE(handler<"5.1.1"_esc>::retry);
  CHECK(handler<"4.7.651"_esc>::retry);
}
#endif
