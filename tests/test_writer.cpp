// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/writer.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using smtp_status::append_dsn_fields;
using smtp_status::append_reply;
using smtp_status::reply_code;
using smtp_status::status_code;
using smtp_status::write_error;
using smtp_status::write_options;
using smtp_status::write_reply;

namespace {

reply_code rc(unsigned n) {
  return *reply_code::from_number(n);
}

status_code code(std::string_view s) {
  const auto r = smtp_status::parse(s);
  REQUIRE(r.ok());
  return r.code;
}

std::string reply_text(unsigned n, std::optional<status_code> c,
                       std::string_view text, write_options o = {}) {
  std::string out;
  const auto r = append_reply(out, rc(n), c, text, o);
  REQUIRE(r.ok());
  CHECK(r.size == out.size());
  return out;
}

constexpr std::size_t written(std::string_view text) {
  char buf[64] = {};
  const auto r =
      write_reply(buf, buf + sizeof buf, *reply_code::from_number(550),
                  smtp_status::parse("5.1.1").code, text);
  return r.ok() ? r.size : 0;
}

// Checks that the lines read back hold `text` in order, with only line
// breaks, the runs of spaces where a long line was split (and the line
// break just after them) and, after a code, the spaces starting a line
// dropped between them. `text` has no final line break.
template <std::size_t N>
void check_text_kept(const smtp_status::basic_parsed_reply<N>& r,
                     std::string_view text, bool code_written) {
  std::size_t pos = 0;
  for (const auto& l : r.lines()) {
    INFO("line at " << l.offset << ": " << std::string(l.line));
    if (code_written) {
      while (pos < text.size() && text[pos] == ' ') ++pos;
    }
    REQUIRE(text.substr(pos, l.text.size()) == l.text);
    pos += l.text.size();
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos < text.size() && (text[pos] == '\r' || text[pos] == '\n')) {
      const bool crlf = text.substr(pos, 2) == "\r\n";
      pos += crlf ? 2 : 1;
    }
  }
  CHECK(pos == text.size());
}

// `text` without the one final line break that the writer drops.
std::string_view without_final_break(std::string_view text) {
  if (text.size() >= 2 && text.substr(text.size() - 2) == "\r\n") {
    text.remove_suffix(2);
  } else if (!text.empty() && (text.back() == '\r' || text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace

static_assert(written("No such user") == 24);
static_assert(written("one\r\ntwo") == 30);
static_assert(
    written("far too long a text for a buffer of 64 octets, it is, yes") == 0);

TEST_CASE("writer: a one-line reply with its code") {
  CHECK(reply_text(550, code("5.1.1"), "No such user") ==
        "550 5.1.1 No such user\r\n");
  CHECK(reply_text(250, code("2.0.0"), "") == "250 2.0.0\r\n");
}

TEST_CASE("writer: no code on a greeting, EHLO or 3yz reply") {
  CHECK(reply_text(220, std::nullopt, "mx.example.org ESMTP") ==
        "220 mx.example.org ESMTP\r\n");
  CHECK(reply_text(250, std::nullopt,
                   "mx.example.org\nPIPELINING\n"
                   "ENHANCEDSTATUSCODES") ==
        "250-mx.example.org\r\n250-PIPELINING\r\n250 ENHANCEDSTATUSCODES\r\n");
  CHECK(reply_text(354, std::nullopt, "") == "354\r\n");
  std::string out;
  const auto r = append_reply(out, rc(354), code("2.0.0"), "Go ahead");
  CHECK(r.error == write_error::code_on_intermediate);
  CHECK(out.empty());
}

TEST_CASE("writer: the code goes on every line of a multi-line reply") {
  CHECK(reply_text(550, code("5.7.1"), "one\r\ntwo\nthree\rfour") ==
        "550-5.7.1 one\r\n550-5.7.1 two\r\n550-5.7.1 three\r\n"
        "550 5.7.1 four\r\n");
}

TEST_CASE("writer: one final line break is dropped, others make lines") {
  CHECK(reply_text(250, code("2.0.0"), "Ok\r\n") == "250 2.0.0 Ok\r\n");
  CHECK(reply_text(250, code("2.0.0"), "Ok\n") == "250 2.0.0 Ok\r\n");
  CHECK(reply_text(250, code("2.0.0"), "Ok\n\n") ==
        "250-2.0.0 Ok\r\n250 2.0.0\r\n");
  CHECK(reply_text(250, std::nullopt, "a\n\nb") ==
        "250-a\r\n250-\r\n250 b\r\n");
  CHECK(reply_text(250, code("2.0.0"), "\r\n") == "250 2.0.0\r\n");
}

TEST_CASE("writer: leading spaces are dropped after a code, kept without") {
  const std::string with =
      reply_text(550, code("5.1.1"), "first\r\n   indented");
  CHECK(with == "550-5.1.1 first\r\n550 5.1.1 indented\r\n");
  CHECK(reply_text(550, code("5.1.1"), "  one") == "550 5.1.1 one\r\n");
  CHECK(reply_text(550, code("5.1.1"), "a\n   \nb") ==
        "550-5.1.1 a\r\n550-5.1.1\r\n550 5.1.1 b\r\n");
  CHECK(reply_text(550, code("5.1.1"), "\ttab") == "550 5.1.1 \ttab\r\n");
  const std::string without =
      reply_text(250, std::nullopt, "first\n   indented");
  CHECK(without == "250-first\r\n250    indented\r\n");
  // What was written is what the strict reader reads.
  const auto w = smtp_status::parse_reply(with);
  REQUIRE(w.ok());
  CHECK(w.stored_lines[1].text == "indented");
  const std::string tab = reply_text(550, code("5.1.1"), "\ttab");
  const auto t = smtp_status::parse_reply(tab);
  REQUIRE(t.ok());
  CHECK(t.stored_lines[0].text == "\ttab");
  const auto n = smtp_status::parse_reply(without);
  REQUIRE(n.ok());
  CHECK(n.stored_lines[1].text == "   indented");
}

TEST_CASE("writer: line breaks are refused when splitting is off") {
  write_options o;
  o.breaks = smtp_status::line_breaks::reject;
  char buf[100];
  const auto r = write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"),
                             "fake\r\n250 2.0.0 Ok", o);
  CHECK(r.error == write_error::line_break_in_text);
  CHECK(r.position == 4);
}

TEST_CASE("writer: one final line break is dropped when splitting is off") {
  write_options o;
  o.breaks = smtp_status::line_breaks::reject;
  CHECK(reply_text(250, code("2.0.0"), "Ok\r\n", o) == "250 2.0.0 Ok\r\n");
  CHECK(reply_text(250, code("2.0.0"), "Ok\n", o) == "250 2.0.0 Ok\r\n");
  CHECK(reply_text(250, code("2.0.0"), "Ok\r", o) == "250 2.0.0 Ok\r\n");
  CHECK(reply_text(250, code("2.0.0"), "\r\n", o) == "250 2.0.0\r\n");
  CHECK(reply_text(220, std::nullopt, "mx.example.org\r\n", o) ==
        "220 mx.example.org\r\n");
  char buf[100];
  const auto two = write_reply(buf, buf + sizeof buf, rc(250), code("2.0.0"),
                               "Ok\r\n\r\n", o);
  CHECK(two.error == write_error::line_break_in_text);
  CHECK(two.position == 2);
  const auto lf_cr =
      write_reply(buf, buf + sizeof buf, rc(250), code("2.0.0"), "Ok\n\r", o);
  CHECK(lf_cr.error == write_error::line_break_in_text);
  CHECK(lf_cr.position == 2);
}

TEST_CASE("writer: with no code, text a reader takes for a code is refused") {
  struct refused {
    unsigned reply;
    std::string_view text;
    std::size_t position;
  };
  const refused cases[] = {
      {550, "4.7.1 text", 0},  // read back as a class mismatch
      {354, "2.0.0 go", 0},    // read back as a code on a 3yz reply
      {250, "2.0.0 Ok", 0},    // read back as a code never given
      {550, "5.1.1", 0},       // a code alone
      {550, "#5.1.1 x", 0},    // the forms tolerant reading accepts
      {550, "5.1.1: x", 0},
      {550, "  5.1.1 x", 2},
      {550, "5.01.1 x", 0},
      {550, "x.x.x text", 0},
      {250, "2.0.0.", 0},
      {250, "hello\n2.1.5 x", 6},  // on any line
      {250, "hello\r\n  4.7.1", 9},
  };
  char buf[100];
  for (const auto& c : cases) {
    INFO(std::string(c.text));
    const auto r =
        write_reply(buf, buf + sizeof buf, rc(c.reply), std::nullopt, c.text);
    CHECK(r.error == write_error::text_looks_like_code);
    CHECK(r.position == c.position);
    CHECK(r.field == smtp_status::write_field::text);
  }
  // Also where a long line is split before a code-like word.
  write_options o;
  o.max_line_length = 20;
  const auto split = write_reply(buf, buf + sizeof buf, rc(550), std::nullopt,
                                 "aaaaaaaaaaaa 5.1.1 b", o);
  CHECK(split.error == write_error::text_looks_like_code);
  CHECK(split.position == 13);
  // Text a reader does not take for a code is written as given.
  CHECK(reply_text(250, std::nullopt, "1.2.3 released") ==
        "250 1.2.3 released\r\n");
  CHECK(reply_text(250, std::nullopt, "2.0.0.1 is four parts") ==
        "250 2.0.0.1 is four parts\r\n");
  CHECK(reply_text(250, std::nullopt, "v2.0.0 ready") ==
        "250 v2.0.0 ready\r\n");
  CHECK(reply_text(250, std::nullopt, "see 2.0.0") == "250 see 2.0.0\r\n");
  // After a code, text starting like a code is text.
  CHECK(reply_text(550, code("5.7.1"), "4.7.1 text") ==
        "550 5.7.1 4.7.1 text\r\n");
}

TEST_CASE(
    "writer: with no code, text that reads as a code once its ending "
    "white space is trimmed is refused") {
  // A DSN reader trims the white space that ends a field, so the last line
  // of a Diagnostic-Code loses it; a reply line is refused alike.
  const std::string_view texts[] = {"5.1.1\t", "#5.1.1\t", "2.0.0:\t",
                                    "x.x.x \t", "User unknown\n5.1.1\t"};
  char buf[200];
  for (const std::string_view text : texts) {
    INFO(std::string(text));
    const auto r =
        write_reply(buf, buf + sizeof buf, rc(550), std::nullopt, text);
    CHECK(r.error == write_error::text_looks_like_code);
    smtp_status::dsn_fields f{code("5.2.2")};
    f.diagnostic_reply = rc(550);
    f.diagnostic_text = text;
    std::string out;
    const auto d = append_dsn_fields(out, f);
    CHECK(d.error == write_error::text_looks_like_code);
    CHECK(d.field == smtp_status::write_field::diagnostic_text);
    CHECK(out.empty());
  }
  // White space inside the line is no end: such text is written.
  CHECK(reply_text(550, std::nullopt, "5.1.1\tthen text") ==
        "550 5.1.1\tthen text\r\n");
}

TEST_CASE(
    "writer: a megabyte without line breaks is cut into full lines "
    "that join back into the text") {
  // Each line is found by looking no further than the room left in it, so
  // this takes one pass over the text (bench/bench_reply.cpp times it).
  const std::size_t size = std::size_t{1} << 20;
  std::string text(size, 'a');
  for (std::size_t i = 0; i < size; i += 7)
    text[i] = static_cast<char>('b' + i % 20);
  std::string out;
  const auto r = append_reply(out, rc(550), code("5.1.1"), text);
  REQUIRE(r.ok());
  CHECK(r.size == out.size());
  std::string joined;
  std::size_t lines = 0;
  for (std::size_t at = 0; at != out.size(); ++lines) {
    const std::size_t end = out.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    CHECK(end + 2 - at <= 512);
    const std::string_view line{out.data() + at, end - at};
    CHECK(line.substr(0, 10) ==
          (end + 2 == out.size() ? "550 5.1.1 " : "550-5.1.1 "));
    joined += line.substr(10);
    at = end + 2;
  }
  CHECK(joined == text);
  // 500 octets of text a line: 512 less "550-5.1.1 " and CR LF.
  CHECK(lines == (size + 499) / 500);
}

TEST_CASE("writer: what it writes, the strict reader reads as it was meant") {
  std::uint32_t seed = 4242;
  const auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
  };
  const std::string_view pieces[] = {
      "a",  "bc", " ",  "  ",    "5.1.1",  "2.0.0", "4.7.1", "#",
      ":",  ".",  "x",  "x.x.x", "5.01.1", "1.2.3", "\n",    "\r\n",
      "\r", "\t", "0.", "250",   "-",      "550 ",  "ok",    "2.0.0.1"};
  const unsigned replies[] = {211, 220, 221, 250, 251, 334, 354,
                              421, 450, 451, 500, 550, 552, 554};
  std::size_t accepted = 0;
  std::size_t looked_like_code = 0;
  for (int round = 0; round != 20000; ++round) {
    const unsigned n = replies[next() % std::size(replies)];
    const auto cls = rc(n).status_class_of();
    std::optional<status_code> sc;
    write_options o;
    if (cls && next() % 3 != 0) {
      o.adjust_class = next() % 2 == 0;
      const auto c = o.adjust_class ? smtp_status::status_class::success : *cls;
      sc = status_code::from_parts(c, next() % 8, next() % 30);
    }
    if (next() % 4 == 0) o.breaks = smtp_status::line_breaks::reject;
    if (next() % 2 == 0) o.max_line_length = 16 + next() % 40;
    std::string text;
    for (std::uint32_t i = next() % 12; i != 0; --i) {
      text += pieces[next() % std::size(pieces)];
    }
    std::string out;
    const auto w = append_reply(out, rc(n), sc, text, o);
    if (w.error == write_error::text_looks_like_code) ++looked_like_code;
    if (!w.ok()) {
      CHECK(out.empty());
      continue;
    }
    ++accepted;
    INFO("text: " << text << "\nwritten: " << out);
    const auto r = smtp_status::parse_reply(out);
    REQUIRE(r.ok());
    CHECK(r.flags.empty());
    CHECK(r.size == out.size());
    CHECK(r.code.number() == n);
    const std::optional<status_code> meant =
        sc ? std::optional<status_code>{sc->with_class(*cls)} : std::nullopt;
    CHECK(r.written_status == meant);
    CHECK(r.status() == meant);
    for (const auto& l : r.lines()) {
      CHECK(l.status == meant);
      CHECK(l.line.size() + 2 <= o.max_line_length);
    }
    check_text_kept(r, without_final_break(text), sc.has_value());
  }
  CHECK(accepted > 15000);
  CHECK(looked_like_code > 500);
}

TEST_CASE("writer: a class disagreeing with the reply code is an error") {
  char buf[100];
  const auto r =
      write_reply(buf, buf + sizeof buf, rc(250), code("5.1.1"), "x");
  CHECK(r.error == write_error::class_mismatch);
  CHECK(r.size == 0);
  write_options o;
  o.adjust_class = true;
  CHECK(reply_text(450, code("5.2.2"), "Full", o) == "450 4.2.2 Full\r\n");
}

TEST_CASE("writer: controls are refused, non-ASCII unless allowed") {
  char buf[100];
  const std::string nul("a\0b", 3);
  const auto c =
      write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"), nul);
  CHECK(c.error == write_error::control_character);
  CHECK(c.position == 1);
  CHECK(write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"), "\x7f")
            .error == write_error::control_character);
  const auto h = write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"),
                             "Empf\xc3\xa4nger");
  CHECK(h.error == write_error::non_ascii);
  CHECK(h.position == 4);
  write_options o;
  o.allow_non_ascii = true;
  CHECK(reply_text(550, code("5.1.1"), "Empf\xc3\xa4nger", o) ==
        "550 5.1.1 Empf\xc3\xa4nger\r\n");
  CHECK(reply_text(550, code("5.1.1"), "tab\there") ==
        "550 5.1.1 tab\there\r\n");
}

TEST_CASE("writer: a buffer too small gets nothing and learns the size") {
  char buf[10] = {};
  const auto r = write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"),
                             "No such user");
  CHECK(r.error == write_error::buffer_too_small);
  CHECK(r.size == 24);
  CHECK(std::string_view(buf, sizeof buf) == "550 5.1.1 ");
  const auto empty = write_reply(nullptr, nullptr, rc(550), code("5.1.1"), "");
  CHECK(empty.error == write_error::buffer_too_small);
  CHECK(empty.size == 11);
  char exact[24];
  const auto fit = write_reply(exact, exact + sizeof exact, rc(550),
                               code("5.1.1"), "No such user");
  CHECK(fit.ok());
  CHECK(std::string_view(exact, fit.size) == "550 5.1.1 No such user\r\n");
}

TEST_CASE("writer: appends through push_back when there is no append") {
  std::vector<char> out;
  const auto r = append_reply(out, rc(421), code("4.3.2"), "Shutting down");
  REQUIRE(r.ok());
  CHECK(std::string(out.begin(), out.end()) == "421 4.3.2 Shutting down\r\n");
}

TEST_CASE("writer: long text is split at spaces within 512 octets a line") {
  std::string text;
  for (int i = 0; text.size() < 3000; ++i)
    text += "word" + std::to_string(i) + " ";
  text.pop_back();
  const std::string out = reply_text(550, code("5.7.1"), text);
  const auto r = smtp_status::parse_reply(out);
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.line_count > 5);
  for (const auto& l : r.lines()) {
    CHECK(l.line.size() + 2 <= smtp_status::max_reply_line_length);
    if (!l.last) {
      CHECK(l.line.size() + 2 > smtp_status::max_reply_line_length - 12);
    }
    CHECK(l.text.back() != ' ');
  }
  std::string joined;
  smtp_status::append_text(joined, r, " ");
  CHECK(joined == text);
}

TEST_CASE("writer: a word longer than a line is cut, not a UTF-8 sequence") {
  const std::string word(1200, 'x');
  const std::string out = reply_text(550, code("5.1.1"), word);
  const auto r = smtp_status::parse_reply(out);
  REQUIRE(r.ok());
  CHECK(r.line_count == 3);
  CHECK(r.stored_lines[0].line.size() == 510);
  std::string joined;
  smtp_status::append_text(joined, r, "");
  CHECK(joined == word);
  std::string utf8;
  for (int i = 0; i != 400; ++i) utf8 += "\xc3\xa4";
  write_options o;
  o.allow_non_ascii = true;
  const std::string utf8_out = reply_text(550, code("5.1.1"), utf8, o);
  const auto u =
      smtp_status::parse_reply(utf8_out, {smtp_status::reply_mode::tolerant});
  REQUIRE(u.ok());
  for (const auto& l : u.lines()) CHECK(l.text.size() % 2 == 0);
}

TEST_CASE("writer: a shorter line length is honoured, a tiny one refused") {
  write_options o;
  o.max_line_length = 30;
  const std::string out =
      reply_text(451, code("4.3.0"), "Please try again a little later", o);
  CHECK(out == "451-4.3.0 Please try again a\r\n451 4.3.0 little later\r\n");
  o.max_line_length = 12;
  char buf[100];
  CHECK(write_reply(buf, buf + sizeof buf, rc(451), code("4.3.0"), "x", o)
            .error == write_error::line_length_too_small);
  o.max_line_length = 13;
  CHECK(reply_text(451, code("4.3.0"), "ab", o) ==
        "451-4.3.0 a\r\n451 4.3.0 b\r\n");
}

TEST_CASE("writer: replies read back with their code, lines and text") {
  const std::vector<std::string> texts = {
      "",
      "Ok",
      "User unknown\r\nin virtual mailbox table",
      "first\nsecond\rthird\r\n\r\nfifth",
      "  leading spaces are dropped by readers",
      "first\n   indented\r\n\tand a tab",
      std::string(2000, 'z'),
      std::string(700, 'a') + " " + std::string(300, 'b') + "   c\nd",
  };
  std::size_t replies = 0;
  for (const unsigned n :
       {211u, 250u, 251u, 421u, 450u, 452u, 500u, 550u, 552u, 554u}) {
    for (unsigned subject = 0; subject != 8; ++subject) {
      for (const unsigned detail : {0u, 1u, 7u, 26u, 133u, 999u}) {
        const status_code c =
            *status_code::from_parts(*rc(n).status_class_of(), subject, detail);
        for (const auto& text : texts) {
          const std::string out = reply_text(n, c, text);
          const auto r = smtp_status::parse_reply(out);
          INFO(out);
          REQUIRE(r.ok());
          CHECK(r.flags.empty());
          CHECK(r.code.number() == n);
          CHECK(r.status() == c);
          for (const auto& l : r.lines()) CHECK(l.status == c);
          check_text_kept(r, without_final_break(text), true);
          ++replies;
        }
      }
    }
  }
  CHECK(replies == 10 * 8 * 6 * texts.size());
}

namespace {

// Checks that a refused write leaves its output as it was: every octet of
// a caller's buffer, whatever its size, and a string already holding text.
template <class Write, class Append>
void check_refused_untouched(write_error expected, Write write, Append append) {
  for (const std::size_t capacity : {0u, 10u, 40u, 700u}) {
    std::vector<char> buf(700, '#');
    const auto r = write(buf.data(), buf.data() + capacity);
    INFO("capacity " << capacity);
    CHECK(r.error == expected);
    CHECK(r.size == 0);
    const auto changed =
        std::find_if(buf.begin(), buf.end(), [](char c) { return c != '#'; });
    CHECK(changed - buf.begin() == 700);
  }
  const std::string before = "Final-Recipient: rfc822; a@example.org\r\n";
  std::string out = before;
  CHECK(append(out).error == expected);
  CHECK(out == before);
  std::vector<char> pushed(before.begin(), before.end());
  CHECK(append(pushed).error == expected);
  CHECK(std::string(pushed.begin(), pushed.end()) == before);
}

struct reply_input {
  unsigned reply;
  std::optional<status_code> status;
  std::string text;
  write_options options = {};
};

void check_reply_refused(write_error expected, const reply_input& in) {
  INFO("reply " << in.reply << " text " << in.text);
  check_refused_untouched(
      expected,
      [&](char* first, char* last) {
        return write_reply(first, last, rc(in.reply), in.status, in.text,
                           in.options);
      },
      [&](auto& out) {
        return append_reply(out, rc(in.reply), in.status, in.text, in.options);
      });
}

void check_dsn_refused(write_error expected, const smtp_status::dsn_fields& f,
                       write_options o = {}) {
  INFO("diagnostic text " << std::string(f.diagnostic_text));
  check_refused_untouched(
      expected,
      [&](char* first, char* last) {
        return smtp_status::write_dsn_fields(first, last, f, o);
      },
      [&](auto& out) { return append_dsn_fields(out, f, o); });
}

// A DSN block with a diagnostic reply that the writer accepts.
smtp_status::dsn_fields mailbox_full() {
  smtp_status::dsn_fields f{code("5.2.2")};
  f.diagnostic_reply = rc(552);
  f.diagnostic_status = code("5.2.2");
  f.diagnostic_text = "Mailbox full";
  return f;
}

}  // namespace

TEST_CASE("writer: a refused reply leaves buffer and string untouched") {
  write_options reject;
  reject.breaks = smtp_status::line_breaks::reject;
  write_options tiny;
  tiny.max_line_length = 12;
  check_reply_refused(write_error::class_mismatch, {250, code("5.1.1"), "x"});
  check_reply_refused(write_error::code_on_intermediate,
                      {354, code("2.0.0"), "go"});
  check_reply_refused(write_error::line_break_in_text,
                      {550, code("5.1.1"), "a\r\nb", reject});
  check_reply_refused(write_error::control_character,
                      {550, code("5.1.1"), std::string("a\0b", 3)});
  check_reply_refused(write_error::control_character,
                      {550, std::nullopt, "first line\nsecond\x7f"});
  check_reply_refused(write_error::non_ascii,
                      {550, code("5.1.1"), "Empf\xc3\xa4nger"});
  check_reply_refused(write_error::line_length_too_small,
                      {451, code("4.3.0"), "x", tiny});
  check_reply_refused(write_error::text_looks_like_code,
                      {550, std::nullopt, "4.7.1 text"});
  check_reply_refused(write_error::text_looks_like_code,
                      {354, std::nullopt, "Go ahead\n2.0.0 go"});
}

TEST_CASE("writer: refused DSN fields leave buffer and string untouched") {
  std::string accepted;
  REQUIRE(append_dsn_fields(accepted, mailbox_full()).ok());
  smtp_status::dsn_fields f = mailbox_full();
  f.action = smtp_status::dsn_action::delayed;
  check_dsn_refused(write_error::action_mismatch, f);
  f = mailbox_full();
  f.status_comment = "over\r\nquota";
  check_dsn_refused(write_error::bad_comment, f);
  f.status_comment =
      "\xc3\xbc"
      "ber quota";
  check_dsn_refused(write_error::non_ascii, f);
  f = mailbox_full();
  f.diagnostic_status = code("4.2.2");
  check_dsn_refused(write_error::class_mismatch, f);
  f.diagnostic_reply = rc(354);
  f.diagnostic_status = code("2.0.0");
  check_dsn_refused(write_error::code_on_intermediate, f);
  f = mailbox_full();
  const std::string nul("Mailbox\0full", 12);
  f.diagnostic_text = nul;
  check_dsn_refused(write_error::control_character, f);
  f.diagnostic_text =
      "Postfach \xc3\xbc"
      "bervoll";
  check_dsn_refused(write_error::non_ascii, f);
  f.diagnostic_text = "Mailbox\r\nfull";
  write_options reject;
  reject.breaks = smtp_status::line_breaks::reject;
  check_dsn_refused(write_error::line_break_in_text, f, reject);
  write_options tiny;
  tiny.max_line_length = 12;
  check_dsn_refused(write_error::line_length_too_small, mailbox_full(), tiny);
  f = mailbox_full();
  f.diagnostic_status = std::nullopt;
  f.diagnostic_text = "5.2.2 Mailbox full";
  check_dsn_refused(write_error::text_looks_like_code, f);
}

TEST_CASE("writer: an error names the field its position is in") {
  using smtp_status::write_field;
  char buf[200];
  const auto t = write_reply(buf, buf + sizeof buf, rc(550), code("5.1.1"),
                             "User\x01unknown");
  CHECK(t.error == write_error::control_character);
  CHECK(t.field == write_field::text);
  CHECK(t.position == 4);
  CHECK(write_reply(buf, buf + sizeof buf, rc(250), code("5.1.1"), "x").field ==
        write_field::none);
  CHECK(
      write_reply(buf, buf + sizeof buf, rc(250), code("2.0.0"), "Ok").field ==
      write_field::none);

  smtp_status::dsn_fields f = mailbox_full();
  f.status_comment = "quota\x01";
  f.diagnostic_text =
      "Mailbox\x01"
      "full";
  const auto c = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
  CHECK(c.error == write_error::bad_comment);
  CHECK(c.field == write_field::status_comment);
  CHECK(c.position == 5);
  f.status_comment = "quota";
  const auto d = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
  CHECK(d.error == write_error::control_character);
  CHECK(d.field == write_field::diagnostic_text);
  CHECK(d.position == 7);
  f.diagnostic_text =
      "Postfach \xc3\xbc"
      "bervoll";
  const auto n = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
  CHECK(n.error == write_error::non_ascii);
  CHECK(n.field == write_field::diagnostic_text);
  CHECK(n.position == 9);
  f.diagnostic_text = "Mailbox full";
  f.action = smtp_status::dsn_action::delivered;
  CHECK(smtp_status::write_dsn_fields(buf, buf + sizeof buf, f).field ==
        write_field::none);
  CHECK(smtp_status::to_string_view(write_field::diagnostic_text) ==
        "diagnostic text");
  CHECK(smtp_status::to_string_view(write_field::status_comment) ==
        "Status comment");
}

TEST_CASE("writer: DSN fields with Action from the class") {
  std::string out;
  smtp_status::dsn_fields f{code("4.4.7"), "retry timeout"};
  REQUIRE(append_dsn_fields(out, f).ok());
  CHECK(out == "Action: delayed\r\nStatus: 4.4.7 (retry timeout)\r\n");
  out.clear();
  f.status = code("2.0.0");
  f.status_comment = {};
  f.action = smtp_status::dsn_action::relayed;
  REQUIRE(append_dsn_fields(out, f).ok());
  CHECK(out == "Action: relayed\r\nStatus: 2.0.0\r\n");
  f.action = smtp_status::dsn_action::failed;
  char buf[200];
  CHECK(smtp_status::write_dsn_fields(buf, buf + sizeof buf, f).error ==
        write_error::action_mismatch);
}

TEST_CASE("writer: a Status comment is escaped, line breaks refused") {
  std::string out;
  smtp_status::dsn_fields f{code("5.1.1"), "a (b) \\c"};
  REQUIRE(append_dsn_fields(out, f).ok());
  CHECK(out == "Action: failed\r\nStatus: 5.1.1 (a \\(b\\) \\\\c)\r\n");
  const auto back = smtp_status::parse_dsn_recipient(out);
  CHECK(back.status_comment == "a \\(b\\) \\\\c");
  f.status_comment = "two\r\nlines";
  const auto r = append_dsn_fields(out, f);
  CHECK(r.error == write_error::bad_comment);
  CHECK(r.position == 3);
}

TEST_CASE("writer: a Diagnostic-Code folds a multi-line reply") {
  std::string out;
  smtp_status::dsn_fields f{code("5.7.1")};
  f.diagnostic_reply = rc(550);
  f.diagnostic_status = code("5.7.1");
  f.diagnostic_text = "Refused\nby policy";
  REQUIRE(append_dsn_fields(out, f).ok());
  CHECK(out ==
        "Action: failed\r\nStatus: 5.7.1\r\n"
        "Diagnostic-Code: smtp; 550-5.7.1 Refused\r\n 550 5.7.1 by policy\r\n");
  out.clear();
  f.status = code("5.0.0");
  f.diagnostic_reply = rc(552);
  f.diagnostic_status = std::nullopt;
  f.diagnostic_text = "Quota exceeded";
  REQUIRE(append_dsn_fields(out, f).ok());
  CHECK(out ==
        "Action: failed\r\nStatus: 5.0.0\r\n"
        "Diagnostic-Code: smtp; 552 Quota exceeded\r\n");
  f.diagnostic_status = code("4.2.2");
  CHECK(append_dsn_fields(out, f).error == write_error::class_mismatch);
}

TEST_CASE("writer: DSN blocks read back with the same fields") {
  const std::vector<std::string> texts = {
      "", "Mailbox full", "line one\r\nline two\nline three",
      std::string(600, 'q') + " " + std::string(100, 'r')};
  const std::vector<std::string> comments = {"", "over quota", "(nested)"};
  std::size_t blocks = 0;
  for (const unsigned n : {250u, 251u, 421u, 451u, 452u, 550u, 552u, 554u}) {
    const auto cls = *rc(n).status_class_of();
    for (unsigned subject = 0; subject != 8; ++subject) {
      for (const unsigned detail : {0u, 2u, 10u, 651u}) {
        const status_code c = *status_code::from_parts(cls, subject, detail);
        for (const auto& text : texts) {
          for (const auto& comment : comments) {
            smtp_status::dsn_fields f{c, comment};
            f.diagnostic_reply = rc(n);
            f.diagnostic_status =
                detail == 10 ? std::nullopt : std::optional<status_code>{c};
            f.diagnostic_text = text;
            std::string out = "Final-Recipient: rfc822; a@example.org\r\n";
            REQUIRE(append_dsn_fields(out, f).ok());
            out += "\r\n";
            const auto r = smtp_status::parse_dsn_recipient(out);
            INFO(out);
            REQUIRE(r.ok());
            CHECK(r.size == out.size());
            CHECK(r.flags.empty());
            CHECK(r.status == c);
            CHECK(r.action == smtp_status::action_for(cls));
            if (comment == "(nested)") {
              CHECK(r.status_comment == "\\(nested\\)");
            } else {
              CHECK(r.status_comment == comment);
            }
            const auto& rep = *r.diagnostic->reply;
            REQUIRE(rep.ok());
            CHECK(rep.code.number() == n);
            CHECK(rep.written_status == f.diagnostic_status);
            check_text_kept(rep, text, f.diagnostic_status.has_value());
            ++blocks;
          }
        }
      }
    }
  }
  CHECK(blocks == 8 * 8 * 4 * texts.size() * comments.size());
}

TEST_CASE("writer: whatever text it accepts reads back whole and in bounds") {
  std::uint32_t seed = 777;
  const auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
  };
  const std::string_view alphabet("ab 5.1.1-#:\r\n\t()\\\xc3\xa4");
  std::size_t accepted = 0;
  for (int round = 0; round != 5000; ++round) {
    std::string text;
    const std::uint32_t length = next() % 200;
    for (std::uint32_t i = 0; i != length; ++i) {
      text += alphabet[next() % alphabet.size()];
    }
    if (round % 50 == 0) text += '\0';
    write_options o;
    o.allow_non_ascii = next() % 2 == 0;
    o.max_line_length = 16 + next() % 40;
    std::string out;
    const auto w = append_reply(out, rc(451), code("4.7.1"), text, o);
    if (!w.ok()) {
      CHECK(out.empty());
      continue;
    }
    ++accepted;
    const auto r =
        smtp_status::parse_reply(out, {smtp_status::reply_mode::tolerant});
    REQUIRE(r.ok());
    REQUIRE(r.flags.without(smtp_status::reply_flag::non_ascii).empty());
    for (const auto& l : r.lines()) {
      REQUIRE(l.status == code("4.7.1"));
      REQUIRE(l.line.size() + 2 <= o.max_line_length);
    }
  }
  CHECK(accepted > 1000);
}
