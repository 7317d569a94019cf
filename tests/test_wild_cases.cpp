// SPDX-License-Identifier: BSL-1.0
// Replies and DSN fragments of the kinds that mail software has met in the
// wild and mishandled; each test covers one kind of fault. Codes, prefixes,
// punctuation, line breaks and bracketed addresses are kept as seen; the
// free text is the project's own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/compat.hpp"
#include "smtp_status/dsn.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/search.hpp"
#include "smtp_status/writer.hpp"

using smtp_status::code_source;
using smtp_status::dsn_error;
using smtp_status::dsn_flag;
using smtp_status::find_codes;
using smtp_status::parse_dsn_recipient;
using smtp_status::parse_reply;
using smtp_status::reply_error;
using smtp_status::reply_flag;
using smtp_status::reply_mode;
using smtp_status::reply_options;
using smtp_status::sourced_code;

namespace {

constexpr reply_options strict{};
constexpr reply_options tolerant{reply_mode::tolerant};

smtp_status::status_code code(std::string_view s) {
  const auto r = smtp_status::parse(s);
  REQUIRE(r.ok());
  return r.code;
}

std::vector<std::string> codes_in(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_codes(text)) {
    out.emplace_back(smtp_status::to_code_string(m.code).view());
  }
  return out;
}

// The rows of the collection that this file covers, by id.
constexpr std::array<std::string_view, 33> covered = {
    "W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09",
    "W10", "W11", "W12", "W13", "W14", "W15", "W16", "W17", "W18",
    "W19", "W20", "W21", "W22", "W23", "W24", "W25", "W26", "W27",
    "W28", "W29", "W30", "W31", "W32", "W33"};

}  // namespace

TEST_CASE("wild cases: every row of the collection has a test here") {
  const std::string dir = SMTP_STATUS_TEST_SHARED_DIR;
  std::ifstream in(dir + "/cases/wild-replies.tsv");
  if (!in) {
    std::cout << "skipped: ../shared not present\n";
    return;
  }
  std::string line;
  std::getline(in, line);
  std::size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::string id = line.substr(0, line.find('\t'));
    INFO("row " << id);
    CHECK(std::find(covered.begin(), covered.end(), id) != covered.end());
    ++rows;
  }
  CHECK(rows == covered.size());
}

TEST_CASE("wild W01: a three-digit detail (null MX, 5.1.10) is read whole") {
  const auto r = parse_reply(
      "556 5.1.10 <user@example.net>: Recipient address rejected: "
      "example.net takes no mail (nullMX)");
  REQUIRE(r.ok());
  CHECK(r.code.number() == 556);
  REQUIRE(r.status());
  CHECK(r.status()->is_permanent());
  CHECK(r.status()->subject() == 1);
  CHECK(r.status()->detail() == 10);
  CHECK(r.flags == reply_flag::no_final_line_end);
  CHECK(r.stored_lines[0].text.substr(0, 19) == "<user@example.net>:");
}

TEST_CASE("wild W02: a code after 'dsn=' is found in text, 4 digits never") {
  const auto m = smtp_status::find_code("dsn=5.1.10");
  REQUIRE(m);
  CHECK(m.position == 4);
  CHECK(m.code == code("5.1.10"));
  CHECK(smtp_status::parse("5.1.10").ok());
  CHECK(smtp_status::parse("5.1.1000").error ==
        smtp_status::parse_error::too_many_digits);
  CHECK(codes_in("dsn=5.1.1000").empty());
}

TEST_CASE("wild W03: 5.7.13 parses, and 3a3a3 is no code anywhere") {
  const auto r = smtp_status::parse("5.7.13");
  REQUIRE(r.ok());
  CHECK(r.code.subject() == 7);
  CHECK(r.code.detail() == 13);
  CHECK(smtp_status::parse("3a3a3").error ==
        smtp_status::parse_error::bad_class);
  CHECK(codes_in("3a3a3").empty());
  CHECK(!parse_reply("550 3a3a3 x", tolerant).written_status);
}

TEST_CASE(
    "wild W04: a '#' before the code is flagged in tolerant mode and rejected "
    "in strict mode") {
  const std::string_view texts[] = {
      "550 #5.1.0 Address rejected.",
      "451 #4.1.8 Domain of sender address <user@example.org> does not "
      "resolve"};
  const std::string_view expected[] = {"5.1.0", "4.1.8"};
  for (int i = 0; i != 2; ++i) {
    const auto s = parse_reply(texts[i], strict);
    CHECK(s.error == reply_error::deviation);
    CHECK(s.rejected == reply_flag::hash_prefix);
    CHECK(s.position == 4);
    CHECK(!s.written_status);
    const auto t = parse_reply(texts[i], tolerant);
    REQUIRE(t.ok());
    CHECK(t.status() == code(expected[i]));
    CHECK(t.flags.has(reply_flag::hash_prefix));
    CHECK(!t.flags.has(reply_flag::class_mismatch));
  }
}

TEST_CASE(
    "wild W05: a last line ending in '-' is incomplete, and '#-5.1.0-' is no "
    "code in any mode") {
  CHECK(parse_reply("550 #5.1.0 Address rejected.", tolerant).status() ==
        code("5.1.0"));
  for (const auto& o : {strict, tolerant}) {
    const auto r = parse_reply("550-#-5.1.0-Address rejected.", o);
    CHECK(r.error == reply_error::incomplete);
    CHECK(r.line_count == 1);
    CHECK(!r.stored_lines[0].last);
    CHECK(!r.written_status);
    CHECK(!r.flags.has(reply_flag::hash_prefix));
  }
  CHECK(codes_in("550-#-5.1.0-Address rejected.").empty());
}

TEST_CASE(
    "wild W06: a code in parentheses inside the text is found in text, never "
    "the reply's code") {
  const std::string_view text =
      "550 Invalid recipient <user@example.org> (#5.1.1)";
  for (const auto& o : {strict, tolerant}) {
    const auto r = parse_reply(text, o);
    REQUIRE(r.ok());
    CHECK(r.code.number() == 550);
    CHECK(!r.written_status);
    CHECK(r.effective_status() ==
          sourced_code{code("5.0.0"), code_source::reply_class});
  }
  const auto m = smtp_status::find_code(text);
  REQUIRE(m);
  CHECK(m.code == code("5.1.1"));
  CHECK(m.sourced() == sourced_code{code("5.1.1"), code_source::text});
  CHECK(!m.reply);
}

TEST_CASE(
    "wild W07: punctuation glued to the code ('2.0.0:') is flagged, and a "
    "HELP reply with the code only on its last line") {
  const std::string_view session =
      "250 2.0.0: Ok\r\n"
      "250 2.0.0: f84306b3 Message taken for delivery\r\n"
      "221 2.0.0: Bye\r\n"
      "214- This is OpenSMTPD\r\n"
      "214- Bugs go to bugs@example.org\r\n"
      "214- with all the details\r\n"
      "214 2.0.0: End of HELP info";
  const unsigned codes[] = {250, 250, 221, 214};
  std::size_t i = 0;
  for (const auto& r : smtp_status::reply_reader{session, strict}) {
    CHECK(r.error == reply_error::deviation);
    CHECK(r.rejected == reply_flag::glued_punctuation);
    CHECK(r.code.number() == codes[i]);
    CHECK(!r.written_status);
    ++i;
  }
  CHECK(i == 4);
  i = 0;
  for (const auto& r : smtp_status::reply_reader{session, tolerant}) {
    REQUIRE(r.ok());
    CHECK(r.status() == code("2.0.0"));
    CHECK(r.flags.has(reply_flag::glued_punctuation));
    if (i == 3) {
      CHECK(r.line_count == 4);
      CHECK(r.flags.has(reply_flag::code_missing_on_some_lines));
      CHECK(!r.stored_lines[0].status);
      CHECK(r.stored_lines[0].text == " This is OpenSMTPD");
      CHECK(r.stored_lines[3].text == "End of HELP info");
    } else {
      CHECK(!r.flags.has(reply_flag::code_missing_on_some_lines));
    }
    ++i;
  }
  CHECK(i == 4);
}

TEST_CASE("wild W08: the text comes without the code and without CRLF") {
  const auto r = parse_reply(
      "250 2.1.5 OK ffacd0b85a97d-36d2728ab0fsi1176860f8f.752 - gsmtp\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.status() == code("2.1.5"));
  CHECK(r.stored_lines[0].text ==
        "OK ffacd0b85a97d-36d2728ab0fsi1176860f8f.752 - gsmtp");
}

TEST_CASE(
    "wild W09: a log line is no reply, but the search finds 4.7.25 with its "
    "reply code and no code in the addresses") {
  const std::string_view log =
      "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.25 Client host "
      "rejected: no name found for your address, [192.0.2.1]; "
      "from=<sender@example.net> to=<user@example.org> proto=ESMTP "
      "helo=<example.net>";
  CHECK(parse_reply(log).error == reply_error::not_a_reply_code);
  CHECK(codes_in(log) == std::vector<std::string>{"4.7.25"});
  const auto m = smtp_status::find_code(log);
  REQUIRE(m);
  REQUIRE(m.reply);
  CHECK(m.reply->number() == 450);
  const auto r = parse_reply(log.substr(m.position - 4));
  REQUIRE(r.ok());
  CHECK(r.status() == code("4.7.25"));
}

TEST_CASE(
    "wild W10: an smtp diagnostic without a code yields none, not one from "
    "the address literal") {
  const std::string_view field =
      "Diagnostic-Code: smtp; 421 connect to relay[192.0.2.1]: Connection "
      "timed out";
  const auto r = parse_dsn_recipient(field);
  CHECK(r.error == dsn_error::missing_status);
  REQUIRE(r.diagnostic);
  const auto& rep = *r.diagnostic->reply;
  REQUIRE(rep.ok());
  CHECK(rep.code.number() == 421);
  CHECK(!rep.written_status);
  CHECK(r.fallback_status ==
        sourced_code{code("4.0.0"), code_source::reply_class});
  CHECK(codes_in(field).empty());
}

TEST_CASE("wild W11: a bare number after the reply code is no code") {
  const auto r =
      parse_reply("552 1 Requested action aborted, no such mailbox", strict);
  REQUIRE(r.ok());
  CHECK(r.code.is_permanent_negative());
  CHECK(!r.written_status);
  CHECK(r.stored_lines[0].text.substr(0, 2) == "1 ");
}

TEST_CASE(
    "wild W12: a multi-line reply with the same code reads its text lines; "
    "a different code later is flagged and the first kept") {
  const auto r = parse_reply(
      "500-5.0.0 Failing, over several lines with a code\r\n"
      "500 5.0.0 ... and failing still\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.status() == code("5.0.0"));
  CHECK(r.stored_lines[0].text == "Failing, over several lines with a code");
  CHECK(r.stored_lines[1].text == "... and failing still");
  const auto d = parse_reply(
      "500-5.0.0 Failing, over several lines\r\n500 5.5.2 ... and more\r\n",
      tolerant);
  REQUIRE(d.ok());
  CHECK(d.flags == reply_flag::inconsistent_codes);
  CHECK(d.status() == code("5.0.0"));
  CHECK(parse_reply("500-5.0.0 a\r\n500 5.5.2 b\r\n").rejected ==
        reply_flag::inconsistent_codes);
}

TEST_CASE("wild W13: the code is taken from each line and the text joined") {
  const auto r = parse_reply(
      "550-5.7.25 [192.0.2.1] The sending address has no PTR record, or\r\n"
      "550-5.7.25 its forward lookup does not\r\n"
      "550 5.7.25 give the sending address back.\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.status() == code("5.7.25"));
  std::string joined;
  smtp_status::append_text(joined, r, " ");
  CHECK(joined ==
        "[192.0.2.1] The sending address has no PTR record, or its forward "
        "lookup does not give the sending address back.");
}

TEST_CASE(
    "wild W14: a cut-off reply is incomplete; lines without the code and a "
    "repeated code in the text are reported") {
  const auto r = parse_reply(
      "450-4.2.1 450-4.2.1 The person you write to gets mail at a rate\r\n"
      "450-that keeps more mail from being delivered. Please send again\r\n"
      "450-later. If the person can take mail by then",
      tolerant);
  CHECK(r.error == reply_error::incomplete);
  CHECK(r.line_count == 3);
  CHECK(r.error_line == 2);
  CHECK(r.written_status == code("4.2.1"));
  CHECK(r.flags.has(reply_flag::code_missing_on_some_lines));
  CHECK(r.stored_lines[0].text.substr(0, 10) == "450-4.2.1 ");
  CHECK(!r.stored_lines[1].status);
}

TEST_CASE(
    "wild W15: lines with different reply codes are rejected in strict mode; "
    "tolerant mode trusts the last line") {
  const std::string_view text =
      "220-mx.example.net ESMTP\r\n"
      "521 5.7.1 Service refused; client [192.0.2.1] listed at "
      "dnsbl.example.org\r\n";
  const auto s = parse_reply(text, strict);
  CHECK(s.error == reply_error::reply_code_mismatch);
  CHECK(s.position == 26);
  const auto t = parse_reply(text, tolerant);
  REQUIRE(t.ok());
  CHECK(t.code.number() == 521);
  CHECK(t.status() == code("5.7.1"));
  CHECK(t.flags.has(reply_flag::reply_code_changed));
}

TEST_CASE("wild W16: an EHLO reply whose last line is a bare code is valid") {
  const auto r = parse_reply(
      "250-mx.example.net\r\n250-PIPELINING\r\n250-8BITMIME\r\n250\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.line_count == 4);
  CHECK(r.stored_lines[3].text.empty());
  CHECK(!r.written_status);
}

TEST_CASE("wild W17: a bare 334 is an intermediate reply with no code") {
  const auto r = parse_reply("334\r\n");
  REQUIRE(r.ok());
  CHECK(r.code.is_intermediate());
  CHECK(r.stored_lines[0].text.empty());
  CHECK(!r.written_status);
  CHECK(!r.effective_status());
}

TEST_CASE(
    "wild W18: a blank line in a transcript is an error value, and the "
    "replies around it are read") {
  const std::string_view transcript =
      "220 mail.example.org ESMTP\r\n"
      "\r\n"
      "250-mail.example.org greets 192.0.2.1\r\n"
      "250-8BITMIME\r\n250-STARTTLS\r\n250-SMTPUTF8\r\n250-PIPELINING\r\n"
      "250 ENHANCEDSTATUSCODES\r\n"
      "221 2.3.0 mail.example.org closing the connection\r\n";
  smtp_status::reply_reader rd{transcript};
  CHECK(rd.next()->code.number() == 220);
  const auto blank = rd.next();
  CHECK(blank->error == reply_error::empty_line);
  CHECK(blank->position == 28);
  const auto ehlo = rd.next();
  REQUIRE(ehlo->ok());
  CHECK(ehlo->line_count == 6);
  const auto bye = rd.next();
  REQUIRE(bye->ok());
  CHECK(bye->code.number() == 221);
  CHECK(bye->status() == code("2.3.0"));
  CHECK(!rd.next());
}

TEST_CASE("wild W19: reply 401 is a transient reply and 4.1.3 agrees") {
  const auto r = parse_reply("401 4.1.3 Bad recipient address syntax");
  REQUIRE(r.ok());
  CHECK(r.code.is_transient_negative());
  CHECK(r.status() == code("4.1.3"));
  CHECK(!r.flags.has(reply_flag::class_mismatch));
}

TEST_CASE("wild W20: a policy refusal with an address first is permanent") {
  const auto r = parse_reply(
      "550 5.7.1 <repo@forge.example.org> Permanent failure: patch header "
      "not understood");
  REQUIRE(r.ok());
  CHECK(r.status() == code("5.7.1"));
  CHECK(r.status()->is_permanent());
}

TEST_CASE(
    "wild W21: two replies in a row are two replies, each keeping its own "
    "class") {
  const std::string_view text =
      "550 5.1.1 <bob@example.org>: Recipient address rejected: no such "
      "user\r\n"
      "450 4.1.2 <alice@example.org>: Recipient address rejected: no such "
      "domain";
  CHECK(parse_reply(text).error == reply_error::trailing_data);
  smtp_status::reply_reader rd{text};
  const auto bob = rd.next();
  REQUIRE(bob->ok());
  CHECK(bob->status() == code("5.1.1"));
  CHECK(bob->status()->is_permanent());
  const auto alice = rd.next();
  REQUIRE(alice->ok());
  CHECK(alice->status() == code("4.1.2"));
  CHECK(alice->status()->is_transient());
}

TEST_CASE("wild W22: a code without a reply code gets no reply code") {
  const std::string_view text =
      "RCPT TO failed: 5.1.1 <user@example.org> no such user";
  CHECK(parse_reply(text).error == reply_error::not_a_reply_code);
  const auto m = smtp_status::find_code(text);
  REQUIRE(m);
  CHECK(m.code == code("5.1.1"));
  CHECK(!m.reply);
}

TEST_CASE(
    "wild W23: Postfix's made-up dsn=5.0.0 is told apart from what the "
    "server sent: a 552 without a code") {
  const std::string_view log =
      "dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.1] said: 552 "
      "Quota exceeded (in reply to RCPT TO command))";
  // The server's reply, quoted after "said:": 552 and no status code.
  const auto quoted = smtp_status::find_quoted_reply(log);
  REQUIRE(quoted);
  CHECK(log.substr(quoted.marker_position, quoted.marker_length) == "said:");
  CHECK(quoted.code.number() == 552);
  CHECK(!quoted.written_status);
  CHECK(quoted.effective_status() ==
        sourced_code{code("5.0.0"), code_source::reply_class});
  // The only status code in the line is the MTA's dsn= field, before the
  // quoted reply and apart from it.
  const auto found = smtp_status::find_most_specific_code(log);
  REQUIRE(found);
  CHECK(found.code == code("5.0.0"));
  CHECK(found.position == 4);
  CHECK(!found.reply);
  CHECK(found.position + found.length < quoted.marker_position);
  CHECK(codes_in(log).size() == 1);
  // Read as a reply on its own, the quoted text says the same.
  const auto said = log.find("said: ") + 6;
  const auto r = parse_reply(log.substr(said, log.size() - said - 1));
  REQUIRE(r.ok());
  CHECK(r.code.number() == 552);
  CHECK(!r.written_status);
  CHECK(r.effective_status() == quoted.effective_status());
  CHECK(smtp_status::specificity(r.effective_status()->code) == 0);
}

TEST_CASE(
    "wild W24: an unregistered 5.7.133 in Status and in an smtp diagnostic "
    "without a space after ';'") {
  const auto r = parse_dsn_recipient(
      "Action: failed\r\nStatus: 5.7.133\r\n"
      "Diagnostic-Code: smtp;550 5.7.133 "
      "RESOLVER.RST.SenderNotAuthenticatedForGroup; sign in first; the group "
      "takes mail only from senders who signed in");
  REQUIRE(r.ok());
  CHECK(r.status == code("5.7.133"));
  CHECK(r.flags == dsn_flag::missing_final_recipient);
  CHECK(r.diagnostic->type == "smtp");
  const auto& rep = *r.diagnostic->reply;
  REQUIRE(rep.ok());
  CHECK(rep.code.number() == 550);
  CHECK(rep.status() == code("5.7.133"));
  // Unregistered: reported at the subject, with the subject's X.7.0 record
  // as the registry's text for a detail it does not define.
  const auto meaning = smtp_status::lookup(*r.status);
  CHECK(meaning.status == smtp_status::registration::unregistered);
  CHECK(meaning.level == smtp_status::match_level::subject_code);
  CHECK(meaning.text() == "Security or Policy Status");
  REQUIRE(meaning.undefined_detail_match);
  CHECK(meaning.undefined_detail_match.entry->code == "X.7.0");
  CHECK(meaning.detail_text() == "Other or undefined security status");
  CHECK(smtp_status::check_compat(rep.code, *r.status).ok());
}

TEST_CASE("wild W25: an X-Postfix diagnostic is text, the Status decides") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822; user@example.org\r\n"
      "Original-Recipient: rfc822;user@example.org\r\n"
      "Action: failed\r\nStatus: 5.2.2\r\n"
      "Diagnostic-Code: X-Postfix; the mailbox is full");
  REQUIRE(r.ok());
  CHECK(r.flags.empty());
  CHECK(r.diagnostic->type == "X-Postfix");
  CHECK(!r.diagnostic->reply);
  CHECK(r.effective_status() ==
        sourced_code{code("5.2.2"), code_source::dsn_status});
}

TEST_CASE("wild W26: a DNS diagnostic is text; odd fields are kept raw") {
  const auto r = parse_dsn_recipient(
      "Original-Recipient: user@example.net\r\n"
      "Final-Recipient: rfc822;user@example.net\r\n"
      "Action: failed\r\nStatus: 5.4.4\r\n"
      "Diagnostic-Code: DNS; no such host");
  REQUIRE(r.ok());
  CHECK(r.status == code("5.4.4"));
  CHECK(r.status->is_permanent());
  CHECK(!r.diagnostic->reply);
  CHECK(r.field("Original-Recipient").value == "user@example.net");
}

TEST_CASE(
    "wild W27: a block without Status is an error with a fallback from the "
    "diagnostic; names match in any case") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822; user@example.org\r\nAction: failed\r\n"
      "Diagnostic-Code: smtp; 550 5.1.1 no such user");
  CHECK(r.error == dsn_error::missing_status);
  CHECK(r.fallback_status ==
        sourced_code{code("5.1.1"), code_source::dsn_diagnostic});
  CHECK(r.flags == dsn_flag::status_from_diagnostic);
  for (const auto* name : {"STATUS", "status", "Status"}) {
    const auto ok = parse_dsn_recipient(
        "Final-Recipient: rfc822; user@example.org\r\nAction: failed\r\n" +
        std::string(name) +
        ": 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user");
    CHECK(ok.ok());
    CHECK(ok.status == code("5.1.1"));
  }
}

TEST_CASE("wild W28: Status 5.7.26 reads and writes back as 5.7.26") {
  const auto r = parse_dsn_recipient("Status: 5.7.26");
  REQUIRE(r.ok());
  CHECK(r.status == code("5.7.26"));
  CHECK(smtp_status::to_code_string(*r.status).view() == "5.7.26");
  std::string out;
  REQUIRE(smtp_status::append_dsn_fields(out, {*r.status}).ok());
  CHECK(out == "Action: failed\r\nStatus: 5.7.26\r\n");
  CHECK(parse_dsn_recipient(out).status == r.status);
}

TEST_CASE("wild W29: a code used against its registry meaning still parses") {
  const auto r = parse_reply(
      "550 5.4.1 [user@example.org]: Recipient address rejected: Access "
      "denied [EXAMPLE.eop-nam01.prod.protection.outlook.com]");
  REQUIRE(r.ok());
  CHECK(r.status() == code("5.4.1"));
  CHECK(r.stored_lines[0].text.substr(0, 19) == "[user@example.org]:");
}

TEST_CASE("wild W30: double spaces and an IP address in the text are kept") {
  const std::string_view text =
      "550 5.1.1 <user@example.com>  - 192.0.2.1 sent to too many "
      "recipients this hour. IB607  <http://x.co/rlbounce>";
  const auto r = parse_reply(text);
  REQUIRE(r.ok());
  CHECK(r.status() == code("5.1.1"));
  CHECK(r.stored_lines[0].text.substr(0, 23) == "<user@example.com>  - 1");
  CHECK(codes_in(text) == std::vector<std::string>{"5.1.1"});
}

TEST_CASE("wild W31: an unregistered three-digit detail 4.7.651 parses") {
  const std::string_view text =
      "451 4.7.651 The mail server [192.0.2.1] is rate limited for now "
      "because of its reputation; see https://postmaster.example.com (S3114) "
      "[EXAMPLE.prod.outlook.com]";
  const auto r = parse_reply(text);
  REQUIRE(r.ok());
  CHECK(r.status() == code("4.7.651"));
  CHECK(r.status()->is_transient());
  CHECK(codes_in(text) == std::vector<std::string>{"4.7.651"});
  const auto meaning = smtp_status::lookup(*r.status());
  CHECK(meaning.level == smtp_status::match_level::subject_code);
  CHECK(meaning.detail_text() == "Other or undefined security status");
}

TEST_CASE("wild W32: 5.0.900 found in text is marked as found in text") {
  const auto m = smtp_status::find_code("deliverystatus: 5.0.900");
  REQUIRE(m);
  CHECK(m.code.subject() == 0);
  CHECK(m.code.detail() == 900);
  CHECK(m.sourced() == sourced_code{code("5.0.900"), code_source::text});
  const auto meaning = smtp_status::lookup(m.code);
  CHECK_FALSE(meaning.is_registered());
  CHECK(meaning.undefined_detail_match.entry->code == "X.0.0");
}

TEST_CASE(
    "wild W33: a reply without a code is valid; when codes were advertised "
    "it gets a note, not an error") {
  const auto plain = parse_reply("550 Invalid recipient");
  REQUIRE(plain.ok());
  CHECK(!plain.written_status);
  reply_options o;
  o.expect_enhanced_codes = true;
  const auto warned = parse_reply("550 Invalid recipient", o);
  REQUIRE(warned.ok());
  CHECK(warned.flags.has(reply_flag::missing_code));
  CHECK(!smtp_status::reply_deviations.has(reply_flag::missing_code));
}
