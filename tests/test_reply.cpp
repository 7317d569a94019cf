// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/reply.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>

using namespace std::string_view_literals;
using smtp_status::parse;
using smtp_status::parse_reply;
using smtp_status::reply_error;
using smtp_status::reply_flag;
using smtp_status::reply_mode;
using smtp_status::reply_options;

namespace {

constexpr reply_options tolerant{reply_mode::tolerant};

smtp_status::status_code code(std::string_view s) {
  const auto r = parse(s);
  REQUIRE(r.ok());
  return r.code;
}

}  // namespace

// Compile-time readings: the parser works in constant expressions.
constexpr auto one_line = parse_reply("550 5.1.1 User unknown\r\n");
static_assert(one_line.ok());
static_assert(one_line.code.number() == 550);
static_assert(one_line.status() == parse("5.1.1").code);
static_assert(one_line.stored_lines[0].text == "User unknown");
static_assert(one_line.flags.empty());
constexpr auto three_lines = parse_reply(
    "250-mx.example.net\r\n250-PIPELINING\r\n250 ENHANCEDSTATUSCODES\r\n");
static_assert(three_lines.ok() && three_lines.line_count == 3);
static_assert(!three_lines.written_status);
static_assert(three_lines.stored_lines[2].text == "ENHANCEDSTATUSCODES");
static_assert(parse_reply("550 #5.1.0 x").error == reply_error::deviation);
static_assert(parse_reply("550 #5.1.0 x", tolerant).status() ==
              parse("5.1.0").code);
static_assert(parse_reply("250-a\r\n").error == reply_error::incomplete);
static_assert(parse_reply("").error == reply_error::empty_input);

constexpr std::size_t count_lines(std::string_view text) {
  std::size_t n = 0;
  for (const auto& l : parse_reply<1>(text).lines()) n += l.text.size() > 0;
  return n;
}
static_assert(count_lines("250-a\r\n250-b\r\n250 c\r\n") == 3);

TEST_CASE("reply: reads a one-line reply with a code") {
  const auto r = parse_reply("250 2.1.5 Recipient ok\r\n");
  REQUIRE(r.ok());
  CHECK(r.code.number() == 250);
  CHECK(r.status() == code("2.1.5"));
  CHECK(r.line_count == 1);
  CHECK(r.stored_lines[0].text == "Recipient ok");
  CHECK(r.stored_lines[0].line == "250 2.1.5 Recipient ok");
  CHECK(r.stored_lines[0].ending == smtp_status::line_ending::crlf);
  CHECK(r.stored_lines[0].last);
  CHECK(r.size == 24);
  CHECK(r.effective_status() ==
        smtp_status::sourced_code{code("2.1.5"),
                                  smtp_status::code_source::reply});
}

TEST_CASE("reply: accepts a last line without a line end, as a note") {
  const auto r = parse_reply("550 5.7.1 Refused");
  REQUIRE(r.ok());
  CHECK(r.flags == reply_flag::no_final_line_end);
  CHECK(r.stored_lines[0].ending == smtp_status::line_ending::none);
  CHECK(r.stored_lines[0].text == "Refused");
}

TEST_CASE("reply: a bare reply code is a reply with empty text") {
  for (const auto text : {"250"sv, "250\r\n"sv, "354 \r\n"sv}) {
    const auto r = parse_reply(text);
    REQUIRE(r.ok());
    CHECK(r.stored_lines[0].text.empty());
    CHECK(!r.written_status);
  }
}

TEST_CASE("reply: a code with no text after it is still the code") {
  const auto r = parse_reply("550 5.1.1\r\n");
  REQUIRE(r.ok());
  CHECK(r.status() == code("5.1.1"));
  CHECK(r.stored_lines[0].text.empty());
}

TEST_CASE("reply: one space after the reply code, several after the status") {
  const auto r = parse_reply("451 4.3.0   Try later\r\n");
  REQUIRE(r.ok());
  CHECK(r.stored_lines[0].text == "Try later");
}

TEST_CASE("reply: empty input is an error") {
  const auto r = parse_reply("");
  CHECK(r.error == reply_error::empty_input);
  CHECK(!r);
}

TEST_CASE("reply: a reply code of fewer than three digits is an error") {
  const auto r = parse_reply("55 5.1.1 No\r\n");
  CHECK(r.error == reply_error::not_a_reply_code);
  CHECK(r.position == 2);
  CHECK(parse_reply("Hello\r\n").error == reply_error::not_a_reply_code);
  CHECK(parse_reply("Hello\r\n").position == 0);
}

TEST_CASE("reply: a reply code out of RFC 5321's range is an error") {
  CHECK(parse_reply("150 ok").error == reply_error::reply_code_out_of_range);
  CHECK(parse_reply("150 ok").position == 0);
  CHECK(parse_reply("260 ok").error == reply_error::reply_code_out_of_range);
  CHECK(parse_reply("260 ok").position == 1);
  CHECK(parse_reply("650 ok").error == reply_error::reply_code_out_of_range);
}

TEST_CASE("reply: anything but SP or '-' after the reply code is an error") {
  for (const auto text : {"2500 ok"sv, "250:ok"sv, "250\tok"sv, "250_"sv}) {
    const auto r = parse_reply(text);
    CHECK(r.error == reply_error::bad_separator);
    CHECK(r.position == 3);
  }
}

TEST_CASE("reply: a continuation line as the last line is incomplete") {
  const auto r = parse_reply("250-first\r\n250-second\r\n");
  CHECK(r.error == reply_error::incomplete);
  CHECK(r.position == 23);
  CHECK(r.error_line == 1);
  CHECK(r.line_count == 2);
}

TEST_CASE("reply: an empty line is an error naming where it is") {
  const auto r = parse_reply("250-first\r\n\r\n250 last\r\n");
  CHECK(r.error == reply_error::empty_line);
  CHECK(r.position == 11);
  CHECK(r.error_line == 1);
  CHECK(parse_reply("\r\n").error == reply_error::empty_line);
  CHECK(parse_reply("\n").error == reply_error::empty_line);
}

TEST_CASE("reply: lines that disagree on the reply code are an error") {
  const auto r = parse_reply("250-first\r\n251 last\r\n");
  CHECK(r.error == reply_error::reply_code_mismatch);
  CHECK(r.position == 11);
  CHECK(r.error_line == 1);
}

TEST_CASE("reply: tolerant mode keeps the last line's reply code") {
  const auto r = parse_reply("250-first\r\n251 last\r\n", tolerant);
  REQUIRE(r.ok());
  CHECK(r.code.number() == 251);
  CHECK(r.flags.has(reply_flag::reply_code_changed));
}

TEST_CASE("reply: data after the last line is an error") {
  const auto r = parse_reply("250 ok\r\n221 bye\r\n");
  CHECK(r.error == reply_error::trailing_data);
  CHECK(r.position == 8);
  CHECK(parse_reply("250 ok\r\n\r\n").error == reply_error::trailing_data);
}

TEST_CASE("reply: a multi-line reply with the same code on every line") {
  const auto r = parse_reply(
      "452-4.2.2 The mailbox is full\r\n452-4.2.2 and takes no more\r\n"
      "452 4.2.2 mail for now\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.line_count == 3);
  CHECK(r.status() == code("4.2.2"));
  CHECK(!r.stored_lines[0].last);
  CHECK(r.stored_lines[2].last);
  CHECK(r.stored_lines[1].text == "and takes no more");
  CHECK(r.stored_lines[1].offset == 31);
  std::string joined;
  smtp_status::append_text(joined, r, " ");
  CHECK(joined == "The mailbox is full and takes no more mail for now");
}

TEST_CASE("reply: '#' before the code: flagged, or an error in strict mode") {
  const auto strict = parse_reply("550 #5.1.0 Rejected\r\n");
  CHECK(strict.error == reply_error::deviation);
  CHECK(strict.rejected == reply_flag::hash_prefix);
  CHECK(strict.position == 4);
  CHECK(!strict.written_status);
  CHECK(strict.code.number() == 550);
  const auto lax = parse_reply("550 #5.1.0 Rejected\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.status() == code("5.1.0"));
  CHECK(lax.flags.has(reply_flag::hash_prefix));
  CHECK(lax.stored_lines[0].text == "Rejected");
}

TEST_CASE("reply: punctuation glued to the code is flagged") {
  for (const auto text : {"250 2.0.0: Ok"sv, "250 2.0.0; Ok"sv,
                          "250 2.0.0, Ok"sv, "250 2.0.0. Ok"sv}) {
    const auto lax = parse_reply(text, tolerant);
    REQUIRE(lax.ok());
    CHECK(lax.status() == code("2.0.0"));
    CHECK(lax.flags.has(reply_flag::glued_punctuation));
    CHECK(lax.stored_lines[0].text == "Ok");
    const auto strict = parse_reply(text);
    CHECK(strict.rejected == reply_flag::glued_punctuation);
    CHECK(!strict.written_status);
  }
}

TEST_CASE("reply: a code glued to letters, digits or '-' is no code") {
  for (const auto text : {"250 2.0.0Ok"sv, "250 2.0.0-Ok"sv, "250 2.0.0:Ok"sv,
                          "250 2.0.0.1 Ok"sv, "250 2.0.1000 Ok"sv}) {
    const auto r = parse_reply(text, tolerant);
    REQUIRE(r.ok());
    CHECK(!r.written_status);
    CHECK(r.flags == reply_flag::no_final_line_end);
  }
}

TEST_CASE("reply: a leading zero in the code is flagged") {
  const auto lax = parse_reply("550 5.01.1 No\r\n", tolerant);
  CHECK(lax.status() == code("5.1.1"));
  CHECK(lax.flags == reply_flag::leading_zero);
  CHECK(parse_reply("550 5.01.1 No\r\n").rejected == reply_flag::leading_zero);
}

TEST_CASE("reply: extra spaces before the code are flagged") {
  const auto lax = parse_reply("550  5.1.1 No\r\n", tolerant);
  CHECK(lax.status() == code("5.1.1"));
  CHECK(lax.flags == reply_flag::space_before_code);
  CHECK(parse_reply("550  5.1.1 No\r\n").rejected ==
        reply_flag::space_before_code);
  CHECK(parse_reply("214-  Help text\r\n214 End\r\n").ok());
}

TEST_CASE("reply: a placeholder code is flagged and taken out of the text") {
  const auto lax = parse_reply(
      "250-2.0.0 first\r\n250-x.x.xx second\r\n250 2.0.0 third\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags.has(reply_flag::placeholder_code));
  CHECK(lax.flags.has(reply_flag::code_missing_on_some_lines));
  CHECK(lax.stored_lines[1].text == "second");
  CHECK(!lax.stored_lines[1].status);
  CHECK(lax.status() == code("2.0.0"));
  const auto strict =
      parse_reply("250-2.0.0 first\r\n250-X.X.X second\r\n250 2.0.0 third\r\n");
  CHECK(strict.rejected == reply_flag::placeholder_code);
  CHECK(strict.flags.has(reply_flag::code_missing_on_some_lines));
  CHECK(strict.position == 21);
  CHECK(strict.error_line == 1);
}

TEST_CASE("reply: the code only on the last line is flagged") {
  const auto text =
      "214-Help line one\r\n214-Help line two\r\n214 2.0.0 End\r\n";
  const auto lax = parse_reply(text, tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.status() == code("2.0.0"));
  CHECK(lax.flags == reply_flag::code_missing_on_some_lines);
  const auto strict = parse_reply(text);
  CHECK(strict.rejected == reply_flag::code_missing_on_some_lines);
  CHECK(strict.position == 4);
}

TEST_CASE("reply: different codes on the lines: the first wins, flagged") {
  const auto text = "550-5.1.1 one\r\n550 5.2.1 two\r\n";
  const auto lax = parse_reply(text, tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.status() == code("5.1.1"));
  CHECK(lax.flags == reply_flag::inconsistent_codes);
  CHECK(lax.stored_lines[1].status == code("5.2.1"));
  const auto strict = parse_reply(text);
  CHECK(strict.rejected == reply_flag::inconsistent_codes);
  CHECK(strict.position == 19);
}

TEST_CASE("reply: a class disagreeing with the reply code is never trusted") {
  const auto lax = parse_reply("250 5.1.1 Odd\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::class_mismatch);
  CHECK(lax.written_status == code("5.1.1"));
  CHECK(!lax.status());
  CHECK(lax.fallback_status() == code("2.0.0"));
  CHECK(lax.effective_status() ==
        smtp_status::sourced_code{code("2.0.0"),
                                  smtp_status::code_source::reply_class});
  const auto strict = parse_reply("550 4.2.2 Odd\r\n");
  CHECK(strict.error == reply_error::deviation);
  CHECK(strict.rejected == reply_flag::class_mismatch);
  CHECK(strict.position == 4);
}

TEST_CASE("reply: a code on a 3yz reply is flagged and not the status") {
  const auto lax = parse_reply("354 2.0.0 Go ahead\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::code_on_intermediate);
  CHECK(!lax.status());
  CHECK(!lax.fallback_status());
  CHECK(!lax.effective_status());
  CHECK(parse_reply("354 2.0.0 Go ahead\r\n").rejected ==
        reply_flag::code_on_intermediate);
  CHECK(parse_reply("334 VXNlcm5hbWU6\r\n").ok());
}

TEST_CASE("reply: a reply without a code falls back to X.0.0, derived") {
  const auto r = parse_reply("452 Too many recipients\r\n");
  REQUIRE(r.ok());
  CHECK(!r.status());
  CHECK(r.effective_status() ==
        smtp_status::sourced_code{code("4.0.0"),
                                  smtp_status::code_source::reply_class});
}

TEST_CASE("reply: a missing code is a note only when one is expected") {
  reply_options o;
  o.expect_enhanced_codes = true;
  const auto r = parse_reply("550 Rejected\r\n", o);
  REQUIRE(r.ok());
  CHECK(r.flags == reply_flag::missing_code);
  CHECK(parse_reply("550 Rejected\r\n").flags.empty());
  CHECK(parse_reply("354 Go ahead\r\n", o).flags.empty());
}

TEST_CASE("reply: bare LF line ends are flagged and rejected when strict") {
  const auto text = "250-one\n250 two\n";
  const auto lax = parse_reply(text, tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::bare_lf);
  CHECK(lax.stored_lines[0].text == "one");
  CHECK(lax.stored_lines[0].ending == smtp_status::line_ending::lf);
  const auto strict = parse_reply(text);
  CHECK(strict.rejected == reply_flag::bare_lf);
  CHECK(strict.position == 7);
  reply_options unix_log;
  unix_log.accept = reply_flag::bare_lf;
  CHECK(parse_reply(text, unix_log).ok());
}

TEST_CASE("reply: mixed line ends are flagged") {
  const auto lax = parse_reply("250-one\r\n250-two\n250 three\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == (reply_flag::bare_lf | reply_flag::mixed_line_ends));
  CHECK(lax.stored_lines[1].text == "two");
  reply_options o;
  o.accept = reply_flag::bare_lf;
  const auto strict = parse_reply("250-one\r\n250-two\n250 three\r\n", o);
  CHECK(strict.rejected == reply_flag::mixed_line_ends);
}

TEST_CASE("reply: NUL and control octets are flagged, never trusted") {
  const std::string text("550 5.1.1 a\0b\x01\r\n", 16);
  const auto lax = parse_reply(text, tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::control_character);
  CHECK(lax.stored_lines[0].text.size() == 4);
  const auto strict = parse_reply(text);
  CHECK(strict.rejected == reply_flag::control_character);
  CHECK(strict.position == 11);
  const auto cr = parse_reply("550 5.1.1 a\rb\r\n", tolerant);
  CHECK(cr.flags == reply_flag::control_character);
  CHECK(cr.stored_lines[0].text == "a\rb");
}

TEST_CASE("reply: non-ASCII octets are flagged") {
  const auto lax =
      parse_reply("550 5.1.1 Empf\xc3\xa4nger unbekannt\r\n", tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::non_ascii);
  CHECK(lax.status() == code("5.1.1"));
  const auto strict = parse_reply("550 5.1.1 Empf\xc3\xa4nger\r\n");
  CHECK(strict.rejected == reply_flag::non_ascii);
  CHECK(strict.position == 14);
  CHECK(parse_reply("550 5.1.1 \xff\xfe\x80\r\n", tolerant).ok());
}

TEST_CASE("reply: a 100 KB line is read whole and flagged as too long") {
  std::string text = "550 5.7.1 ";
  text.append(100 * 1024, 'x');
  text += "\r\n";
  const auto lax = parse_reply(text, tolerant);
  REQUIRE(lax.ok());
  CHECK(lax.flags == reply_flag::long_line);
  CHECK(lax.stored_lines[0].text.size() == 100 * 1024);
  CHECK(parse_reply(text).rejected == reply_flag::long_line);
  const std::string longest = "250 " + std::string(506, 'y') + "\r\n";
  CHECK(longest.size() == smtp_status::max_reply_line_length);
  CHECK(parse_reply(longest).ok());
  CHECK(parse_reply("250 " + std::string(507, 'y') + "\r\n").rejected ==
        reply_flag::long_line);
}

TEST_CASE("reply: a 1000-line reply keeps 16 records and reads all lines") {
  std::string text;
  for (int i = 0; i != 999; ++i) {
    text += "250-2.0.0 line " + std::to_string(i) + "\r\n";
  }
  text += "250 2.0.0 line 999\r\n";
  const auto r = parse_reply(text);
  REQUIRE(r.ok());
  CHECK(r.line_count == 1000);
  CHECK(r.stored_line_count() == smtp_status::default_stored_lines);
  CHECK(r.stored_lines[15].text == "line 15");
  std::size_t n = 0;
  for (const auto& l : r.lines()) {
    CHECK(l.text == "line " + std::to_string(n));
    CHECK(l.status == code("2.0.0"));
    CHECK(l.last == (n == 999));
    ++n;
  }
  CHECK(n == 1000);
  const auto bigger = parse_reply<1000>(text);
  CHECK(bigger.stored_line_count() == 1000);
  CHECK(bigger.stored_lines[999].text == "line 999");
}

TEST_CASE("reply: the lazy line walk gives the same records as the stored") {
  const auto r = parse_reply<2>(
      "250-2.1.0 a\r\n250-b\n250-2.1.0: c\r\n250 2.1.0 d", tolerant);
  REQUIRE(r.ok());
  CHECK(r.line_count == 4);
  std::size_t i = 0;
  for (const auto& l : r.lines()) {
    if (i < 2) {
      CHECK(l.line == r.stored_lines[i].line);
      CHECK(l.flags == r.stored_lines[i].flags);
    }
    ++i;
  }
  CHECK(i == 4);
  auto it = r.lines().begin();
  ++it;
  ++it;
  CHECK(it->flags == reply_flag::glued_punctuation);
  CHECK(it->text == "c");
  CHECK((++it)->ending == smtp_status::line_ending::none);
}

TEST_CASE("reply: strict mode reports the earliest of several deviations") {
  const auto r = parse_reply("250-#2.0.0 a\n250 2.0.0: b\r\n");
  CHECK(r.error == reply_error::deviation);
  CHECK(r.rejected == reply_flag::hash_prefix);
  CHECK(r.position == 4);
  CHECK(r.flags.has(reply_flag::bare_lf));
  CHECK(r.flags.has(reply_flag::glued_punctuation));
}

TEST_CASE("reply: a code inside the text is never the reply's code") {
  const auto r = parse_reply("550 Invalid recipient (#5.1.1)\r\n");
  REQUIRE(r.ok());
  CHECK(!r.written_status);
  CHECK(r.stored_lines[0].text == "Invalid recipient (#5.1.1)");
}

TEST_CASE("reply: every flag and error has a name") {
  for (const auto f : smtp_status::all_reply_flags) {
    CHECK(to_string_view(f) != "unknown flag");
    CHECK(
        smtp_status::reply_deviations.has(f) ==
        (f != reply_flag::no_final_line_end && f != reply_flag::missing_code));
  }
  CHECK(to_string_view(reply_error::incomplete) ==
        "incomplete reply: the last line is a continuation");
  CHECK(to_string_view(static_cast<reply_error>(200)) == "unknown error");
}

TEST_CASE("reply: folded mode reads a reply quoted in a header field") {
  reply_options o;
  o.folded = true;
  const auto r =
      parse_reply("550-5.1.1 one\r\n 550-5.1.1 two\r\n\t550 5.1.1 three", o);
  REQUIRE(r.ok());
  CHECK(r.line_count == 3);
  CHECK(r.stored_lines[1].text == "two");
  CHECK(r.stored_lines[2].text == "three");
  CHECK(r.stored_lines[2].offset == 32);
  o.mode = reply_mode::tolerant;
  const auto joined = parse_reply(
      "550-5.1.1 The account does\r\n    not exist 550 5.1.1 more", o);
  REQUIRE(joined.ok());
  CHECK(joined.line_count == 1);
  CHECK(joined.flags == reply_flag::joined_lines);
  CHECK(joined.stored_lines[0].text ==
        "The account does\r\n    not exist 550 5.1.1 more");
  o.mode = reply_mode::strict;
  CHECK(parse_reply("550-5.1.1 The account\r\n does not", o).error ==
        reply_error::incomplete);
}
