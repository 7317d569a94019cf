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
using smtp_status::find_quoted_replies;
using smtp_status::find_quoted_reply;

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

// Every quoted reply in `text` as "marker|reply|status|text start", the
// status "-" when the server sent none.
std::vector<std::string> quoted(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& q : find_quoted_replies(text)) {
    std::string s(text.substr(q.marker_position, q.marker_length));
    s += "|" + std::to_string(q.code.number()) + "|";
    s +=
        q.written_status
            ? std::string(smtp_status::to_code_string(*q.written_status).view())
            : "-";
    s += "|" + std::string(text.substr(q.text_position, 4));
    out.push_back(s);
  }
  return out;
}

smtp_status::status_code code(std::string_view text) {
  const auto p = smtp_status::parse(text);
  REQUIRE(p.ok());
  return p.code;
}

constexpr std::string_view postfix_w23 =
    "dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.1] said: 552 "
    "Quota exceeded (in reply to RCPT TO command))";

}  // namespace

static_assert(find_code("dsn=5.1.10, status=bounced").position == 4);
static_assert(find_code("dsn=5.1.10, status=bounced").code.detail() == 10);
static_assert(!find_code("from 192.0.2.1 port 25"));
static_assert(count("5.1.1 and 4.2.2, then 2.0.0.") == 3);
static_assert(find_most_specific_code("dsn=5.0.0 (said: 550 5.1.1 no)")
                  .reply->number() == 550);
static_assert(!find_most_specific_code("no code"));
static_assert(find_quoted_reply(postfix_w23).code.number() == 552);
static_assert(!find_quoted_reply(postfix_w23).written_status);
static_assert(find_quoted_reply(postfix_w23).marker_position == 58);
static_assert(find_quoted_reply(postfix_w23).position == 64);
static_assert(find_quoted_reply(postfix_w23).effective_status()->code ==
              smtp_status::status_code::from_parts(
                  smtp_status::status_class::permanent, 0, 0));
static_assert(find_quoted_reply("smtp;550 5.7.133 x").status()->detail() ==
              133);
static_assert(!find_quoted_reply("no reply quoted here: 550 5.1.1"));

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

TEST_CASE(
    "search: a Postfix log line quotes the server's reply after 'said:', "
    "without a code of its own") {
  const auto q = find_quoted_reply(postfix_w23);
  REQUIRE(q);
  CHECK(postfix_w23.substr(q.marker_position, q.marker_length) == "said:");
  CHECK(q.code.number() == 552);
  CHECK(postfix_w23.substr(q.position, 4) == "552 ");
  CHECK(!q.written_status);
  CHECK(!q.status());
  CHECK(q.status_length == 0);
  CHECK(postfix_w23.substr(q.text_position, 14) == "Quota exceeded");
  // The server sent none: X.0.0 of the reply's class, marked as made up.
  REQUIRE(q.effective_status());
  CHECK(*q.effective_status() ==
        smtp_status::sourced_code{code("5.0.0"),
                                  smtp_status::code_source::reply_class});
  // The dsn= code of the line is not the quoted reply's.
  CHECK(find_code(postfix_w23).position < q.marker_position);
}

TEST_CASE("search: a Postfix log line whose quoted reply carries a code") {
  constexpr std::string_view line =
      "to=<user@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, "
      "status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 "
      "<user@example.org>: Recipient address rejected: no such user (in "
      "reply to RCPT TO command))";
  const auto q = find_quoted_reply(line);
  REQUIRE(q);
  CHECK(q.code.number() == 550);
  REQUIRE(q.written_status);
  CHECK(*q.written_status == code("5.1.1"));
  CHECK(q.status() == q.written_status);
  CHECK(line.substr(q.status_position, q.status_length) == "5.1.1");
  CHECK(line.substr(q.text_position, 19) == "<user@example.org>:");
  CHECK(q.effective_status()->source == smtp_status::code_source::reply);
  CHECK(quoted(line) == list{"said:|550|5.1.1|<use"});
  // Postfix's own greeting refusal form.
  CHECK(quoted("host mx.example.org[192.0.2.1] refused to talk to me: 554 "
               "5.7.1 listed at dnsbl.example.org") ==
        list{"refused to talk to me:|554|5.7.1|list"});
}

TEST_CASE("search: Exim's 'SMTP error from remote mail server after' forms") {
  // The reply on the next line, the host named before.
  CHECK(quoted("  user@example.org\n    host mx.example.org [192.0.2.1]\n"
               "    SMTP error from remote mail server after RCPT "
               "TO:<user@example.org>:\n    550 5.1.1 no such user here") ==
        list{"SMTP error from remote mail server after|550|5.1.1|no s"});
  // The host between the command and the reply, IPv6 address included.
  CHECK(quoted("SMTP error from remote mail server after RCPT "
               "TO:<user@example.org>:\n    host mx.example.org "
               "[2001:db8::25]: 550 5.1.1 <user@example.org>... unknown") ==
        list{"SMTP error from remote mail server after|550|5.1.1|<use"});
  // One log line, a reply without a code.
  CHECK(quoted("** user@example.org R=dnslookup T=remote_smtp defer (-44): "
               "SMTP error from remote mail server after RCPT "
               "TO:<user@example.org>: host mx.example.org [192.0.2.1]: 451 "
               "Internal resource temporarily unavailable") ==
        list{"SMTP error from remote mail server after|451|-|Inte"});
  // A command with parameters, a multi-line reply, the older wording.
  CHECK(quoted("SMTP error from remote mail server after pipelined MAIL "
               "FROM:<sender@example.net> SIZE=2880:\n550-5.7.1 blocked\n"
               "550 5.7.1 still blocked") ==
        list{"SMTP error from remote mail server after|550|5.7.1|bloc"});
  CHECK(quoted("SMTP error from remote mailer after end of data:\n"
               "    host mx.example.org [192.0.2.1]: 552 message too big") ==
        list{"SMTP error from remote mailer after|552|-|mess"});
  // No colon ends the command on its line: nothing is quoted.
  CHECK(quoted("SMTP error from remote mail server after RCPT TO\n550 5.1.1")
            .empty());
}

TEST_CASE(
    "search: a DSN Diagnostic-Code 'smtp;' quotes a reply, with or without a "
    "space") {
  CHECK(quoted("Diagnostic-Code: smtp;550 5.7.133 "
               "RESOLVER.RST.SenderNotAuthenticatedForGroup; sign in") ==
        list{"smtp;|550|5.7.133|RESO"});
  CHECK(quoted("Diagnostic-Code: SMTP; 421 4.4.2 timed out") ==
        list{"SMTP;|421|4.4.2|time"});
  CHECK(quoted("Remote Server returned '< #5.1.1 smtp;550 5.1.1 "
               "RESOLVER.ADR.RecipNotFound; not found>'") ==
        list{"smtp;|550|5.1.1|RESO"});
  // The reply may start on the next line of a folded field.
  CHECK(quoted("Diagnostic-Code: smtp;\r\n 550 5.1.1 no such user") ==
        list{"smtp;|550|5.1.1|no s"});
}

TEST_CASE("search: sendmail's transcript marks the server's lines with <<<") {
  constexpr std::string_view transcript =
      "... while talking to mx.example.org.:\n"
      ">>> RCPT To:<user@example.org>\n"
      "<<< 550 5.1.1 <user@example.org>... User unknown\n"
      "550 5.1.1 user@example.org... User unknown";
  CHECK(quoted(transcript) == list{"<<<|550|5.1.1|<use"});
  CHECK(quoted("<<<< 550 5.1.1 x").empty());
}

TEST_CASE("search: the other markers, in any case") {
  CHECK(quoted("The response was:\n\n550-5.1.1 The email account does not "
               "exist.") == list{"response was:|550|5.1.1|The "});
  CHECK(quoted("Remote server replied: 554 5.7.1 rejected") ==
        list{"replied:|554|5.7.1|reje"});
  CHECK(quoted("SMTP reply: 452 4.2.2 over quota") ==
        list{"reply:|452|4.2.2|over"});
  CHECK(quoted("server response: 421 try again later") ==
        list{"response:|421|-|try "});
  CHECK(quoted("HOST SAID: 550 #5.1.0 address rejected") ==
        list{"SAID:|550|5.1.0|addr"});
}

TEST_CASE("search: a marker must start a word and a reply must follow") {
  CHECK(quoted("resaid: 550 5.1.1 x; mysmtp;550 5.1.1 x").empty());
  CHECK(quoted("(in reply to RCPT TO command)").empty());
  CHECK(quoted("said: nothing; said: 650 x; said: 5501; said: 55; said:")
            .empty());
  CHECK(quoted("said: 550x; said: 550.5.1.1; reply=550 5.1.1").empty());
  CHECK(
      quoted("NOQUEUE: reject: RCPT from x[192.0.2.1]: 450 4.7.25 no").empty());
  // A marker without a reply is passed over for the next one.
  CHECK(quoted("reply: none; said: 421 try later") == list{"said:|421|-|try "});
  const auto none = find_quoted_reply("said: nothing");
  CHECK(!none);
  CHECK(none.marker_length == 0);
  CHECK(none.marker_position == 13);
}

TEST_CASE("search: the status code of a quoted reply is taken as written") {
  // A class that disagrees with the reply code is kept, never trusted.
  const auto q = find_quoted_reply("said: 550 4.2.2 mailbox full");
  REQUIRE(q);
  CHECK(q.written_status == code("4.2.2"));
  CHECK(!q.status());
  CHECK(q.effective_status()->code == code("5.0.0"));
  CHECK(q.effective_status()->source == smtp_status::code_source::reply_class);
  // A code glued to more text is no code; a 3yz reply has no class code.
  CHECK(quoted("said: 550 5.1.1abc x") == list{"said:|550|-|5.1."});
  CHECK(!find_quoted_reply("said: 354 go ahead").effective_status());
  // The reply ends its line.
  CHECK(quoted("said: 421\r\nnext") == list{"said:|421|-|\r\nne"});
}

TEST_CASE("search: every quoted reply, in order, and from a position") {
  constexpr std::string_view text =
      "a@example.org: said: 450 4.2.2 full; b@example.org: said: 550 5.1.1 "
      "unknown";
  CHECK(quoted(text) == list{"said:|450|4.2.2|full", "said:|550|5.1.1|unkn"});
  const auto first = find_quoted_reply(text);
  const auto second = find_quoted_reply(text, first.text_position);
  CHECK(second.code.number() == 550);
  CHECK(!find_quoted_reply(text, second.text_position));
  std::size_t n = 0;
  for (const auto& q : find_quoted_replies(text)) n += q ? 1 : 0;
  CHECK(n == 2);
}

TEST_CASE("search: quoted replies in NUL, non-ASCII and long text") {
  const std::string nul("\0said: 550 5.1.1\0", 18);
  CHECK(quoted(nul).size() == 1);
  std::string big(100 * 1024, 's');
  big += " said: 452 4.3.1 out of memory";
  CHECK(quoted(big) == list{"said:|452|4.3.1|out "});
  std::string markers;
  for (int i = 0; i != 5000; ++i) markers += "said: smtp; <<< ";
  CHECK(quoted(markers).empty());
}

TEST_CASE(
    "search: find_quoted_replies reads a megabyte line of Exim markers "
    "without a colon, finding no reply there and the one at its end") {
  constexpr std::string_view marker =
      "SMTP error from remote mail server after ";
  constexpr std::size_t markers = (std::size_t{1} << 20) / marker.size();
  std::string line;
  for (std::size_t i = 0; i != markers; ++i) line += marker;
  REQUIRE(line.size() > (std::size_t{1} << 20) - marker.size());
  // No colon ends a command on the line: no marker quotes a reply.
  CHECK(quoted(line).empty());
  const auto none = find_quoted_reply(line);
  CHECK(!none);
  CHECK(none.marker_position == line.size());
  // A reply quoted at the end after another marker is found there.
  const std::string dsn = line + "smtp;550 5.1.1 no such user";
  CHECK(quoted(dsn) == list{"smtp;|550|5.1.1|no s"});
  const auto last = find_quoted_reply(dsn);
  CHECK(last.marker_position == line.size());
  CHECK(last.position == line.size() + 5);
  CHECK(last.status_position == line.size() + 9);
  // A colon at the end ends the command after every marker: the first
  // marker quotes the reply, and no other reply follows it.
  const std::string exim = line + "RCPT TO:<user@example.org>: 550 5.1.1 x";
  CHECK(quoted(exim) ==
        list{"SMTP error from remote mail server after|550|5.1.1|x"});
  const auto first = find_quoted_reply(exim);
  CHECK(first.marker_position == 0);
  CHECK(first.position == line.size() + 28);
  // A reply after every marker: each is found, in order.
  std::string each;
  for (std::size_t i = 0; i != markers / 2; ++i) {
    each += marker;
    each += "smtp;550 ";
  }
  std::size_t n = 0;
  std::size_t expected_position = marker.size() + 5;
  bool in_order = true;
  for (const auto& q : find_quoted_replies(each)) {
    in_order = in_order && q.position == expected_position &&
               q.code.number() == 550 && q.marker_length == 5;
    expected_position += marker.size() + 9;
    ++n;
  }
  CHECK(n == markers / 2);
  CHECK(in_order);
}
