// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/dsn.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using smtp_status::dsn_action;
using smtp_status::dsn_error;
using smtp_status::dsn_flag;
using smtp_status::parse_dsn_recipient;
using smtp_status::reply_mode;

namespace {

constexpr smtp_status::dsn_options tolerant{reply_mode::tolerant};

smtp_status::status_code code(std::string_view s) {
  const auto r = smtp_status::parse(s);
  REQUIRE(r.ok());
  return r.code;
}

constexpr std::string_view full_block =
    "Final-Recipient: rfc822; user@example.org\r\n"
    "Original-Recipient: rfc822;user@example.org\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1 (no such mailbox)\r\n"
    "Remote-MTA: dns; mx.example.org\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <user@example.org>: no such user\r\n"
    "\r\n";

}  // namespace

constexpr auto full = parse_dsn_recipient(full_block);
static_assert(full.ok());
static_assert(full.flags.empty());
static_assert(full.action == dsn_action::failed);
static_assert(full.status == smtp_status::parse("5.1.1").code);
static_assert(full.status_comment == "no such mailbox");
static_assert(full.diagnostic->is_smtp());
static_assert(full.diagnostic->reply->status() ==
              smtp_status::parse("5.1.1").code);
static_assert(full.field("final-recipient").value ==
              "rfc822; user@example.org");
static_assert(full.size == full_block.size());
static_assert(smtp_status::parse_dsn_action(" Delayed ") ==
              dsn_action::delayed);

TEST_CASE("dsn: reads Action, Status with comment and an smtp diagnostic") {
  const auto& r = full;
  CHECK(r.field_count == 6);
  REQUIRE(r.diagnostic);
  CHECK(r.diagnostic->type == "smtp");
  CHECK(r.diagnostic->text == "550 5.1.1 <user@example.org>: no such user");
  CHECK(r.diagnostic->reply->code.number() == 550);
  CHECK(r.diagnostic->reply->stored_lines[0].text ==
        "<user@example.org>: no such user");
  CHECK(r.effective_status() ==
        smtp_status::sourced_code{code("5.1.1"),
                                  smtp_status::code_source::dsn_status});
}

TEST_CASE("dsn: other fields are kept raw and found in any case") {
  std::string names;
  for (const auto& f : full.fields()) {
    names += std::string(f.name) + ";";
  }
  CHECK(names ==
        "Final-Recipient;Original-Recipient;Action;Status;Remote-MTA;"
        "Diagnostic-Code;");
  CHECK(full.field("REMOTE-MTA").value == "dns; mx.example.org");
  CHECK(full.field("remote-mta").offset == full_block.find("Remote-MTA"));
  CHECK(!full.field("X-Unknown"));
}

TEST_CASE("dsn: field names match in any case") {
  const auto r = parse_dsn_recipient(
      "final-recipient: rfc822; a@example.org\r\nACTION: Delayed\r\n"
      "status: 4.2.2\r\nDIAGNOSTIC-CODE: SMTP; 452 4.2.2 Mailbox full\r\n");
  REQUIRE(r.ok());
  CHECK(r.action == dsn_action::delayed);
  CHECK(r.status == code("4.2.2"));
  CHECK(r.diagnostic->is_smtp());
  CHECK(r.diagnostic->reply->status() == code("4.2.2"));
  CHECK(r.flags.empty());
}

TEST_CASE("dsn: folded lines continue a field") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822;\r\n a@example.org\r\nAction:\r\n\tfailed\r\n"
      "Status: 5.2.2\r\n  (mailbox\r\n  full)\r\n");
  REQUIRE(r.ok());
  CHECK(r.action == dsn_action::failed);
  CHECK(r.status_comment == "mailbox\r\n  full");
  CHECK(r.field("Final-Recipient").value == "rfc822;\r\n a@example.org");
}

TEST_CASE("dsn: a multi-line smtp diagnostic is read as one reply") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\n"
      "Status: 5.7.1\r\n"
      "Diagnostic-Code: smtp; 550-5.7.1 Delivery not\r\n"
      " 550-5.7.1 authorized for\r\n"
      " 550 5.7.1 this sender\r\n");
  REQUIRE(r.ok());
  const auto& rep = *r.diagnostic->reply;
  REQUIRE(rep.ok());
  CHECK(rep.line_count == 3);
  CHECK(rep.stored_lines[1].text == "authorized for");
  CHECK(rep.stored_lines[2].text == "this sender");
  CHECK(r.flags.empty());
}

TEST_CASE("dsn: a reply joined into one folded line is tolerated") {
  const auto block =
      "Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\n"
      "Status: 5.1.1\r\n"
      "Diagnostic-Code: smtp; 550-5.1.1 The account you tried to reach does\r\n"
      "    not exist. 550 5.1.1 See the help pages - mx\r\n";
  const auto lax = parse_dsn_recipient(block, tolerant);
  REQUIRE(lax.ok());
  REQUIRE(lax.diagnostic->reply->ok());
  CHECK(lax.diagnostic->reply->flags == smtp_status::reply_flag::joined_lines);
  CHECK(lax.diagnostic->reply->status() == code("5.1.1"));
  const auto strict = parse_dsn_recipient(block);
  CHECK(strict.ok());
  CHECK(strict.diagnostic->reply->error ==
        smtp_status::reply_error::incomplete);
}

TEST_CASE("dsn: a missing Status is an error with a fallback from the reply") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\n"
      "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n");
  CHECK(r.error == dsn_error::missing_status);
  CHECK(!r.status);
  CHECK(r.flags == dsn_flag::status_from_diagnostic);
  CHECK(r.fallback_status ==
        smtp_status::sourced_code{code("5.1.1"),
                                  smtp_status::code_source::dsn_diagnostic});
  CHECK(r.effective_status() == r.fallback_status);
}

TEST_CASE("dsn: a fallback from a reply without a code is marked derived") {
  const auto r = parse_dsn_recipient(
      "Action: failed\r\nDiagnostic-Code: smtp; 552 Quota exceeded\r\n");
  CHECK(r.error == dsn_error::missing_status);
  CHECK(r.fallback_status ==
        smtp_status::sourced_code{code("5.0.0"),
                                  smtp_status::code_source::reply_class});
}

TEST_CASE("dsn: an Action disagreeing with the Status class is flagged") {
  const auto r = parse_dsn_recipient(
      "Final-Recipient: rfc822; a@example.org\r\nAction: delayed\r\n"
      "Status: 5.2.2\r\n");
  REQUIRE(r.ok());
  CHECK(r.flags == dsn_flag::action_mismatch);
  for (const auto* text : {"Action: relayed\r\nStatus: 2.0.0\r\n",
                           "Action: expanded\r\nStatus: 2.0.0\r\n",
                           "Action: delivered\r\nStatus: 2.0.0\r\n",
                           "Action: delayed\r\nStatus: 4.4.1\r\n"}) {
    CHECK(!parse_dsn_recipient(text).flags.has(dsn_flag::action_mismatch));
  }
  CHECK(parse_dsn_recipient("Action: delivered\r\nStatus: 4.4.1\r\n")
            .flags.has(dsn_flag::action_mismatch));
}

TEST_CASE("dsn: a Status disagreeing with the diagnostic reply is flagged") {
  const auto cls = parse_dsn_recipient(
      "Action: delayed\r\nStatus: 4.2.2\r\n"
      "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\r\n");
  REQUIRE(cls.ok());
  CHECK(cls.flags.has(dsn_flag::diagnostic_class_mismatch));
  CHECK(cls.flags.has(dsn_flag::diagnostic_code_mismatch));
  const auto detail = parse_dsn_recipient(
      "Action: failed\r\nStatus: 5.1.1\r\n"
      "Diagnostic-Code: smtp; 550 5.1.2 Host unknown\r\n");
  CHECK(detail.flags == (dsn_flag::diagnostic_code_mismatch |
                         dsn_flag::missing_final_recipient));
  const auto none = parse_dsn_recipient(
      "Action: failed\r\nStatus: 5.0.0\r\n"
      "Diagnostic-Code: smtp; 552 Quota exceeded\r\n");
  CHECK(none.flags == dsn_flag::missing_final_recipient);
}

TEST_CASE("dsn: a diagnostic of another type is text, not a reply") {
  for (const auto* text : {"Status: 5.2.2\r\nDiagnostic-Code: X-Postfix; "
                           "550 5.1.1 looks like a reply\r\n",
                           "Status: 5.4.4\r\nDiagnostic-Code: DNS; Host not "
                           "found\r\n"}) {
    const auto r = parse_dsn_recipient(text);
    REQUIRE(r.ok());
    CHECK(!r.diagnostic->is_smtp());
    CHECK(!r.diagnostic->reply);
    CHECK(!r.flags.has(dsn_flag::diagnostic_code_mismatch));
  }
}

TEST_CASE("dsn: a bad Status value is an error naming the position") {
  const auto r = parse_dsn_recipient("Action: failed\r\nStatus: 5.1\r\n");
  CHECK(r.error == dsn_error::bad_status);
  CHECK(r.position == 27);
  CHECK(parse_dsn_recipient("Status: 3.1.1\r\n").error ==
        dsn_error::bad_status);
  CHECK(parse_dsn_recipient("Status: 5.1.1000\r\n").error ==
        dsn_error::bad_status);
  CHECK(parse_dsn_recipient("Status: 5.1.1.1\r\n").error ==
        dsn_error::bad_status);
  CHECK(parse_dsn_recipient("Status:\r\n").error == dsn_error::bad_status);
}

TEST_CASE("dsn: Status leading zeros and extra text, strict and tolerant") {
  CHECK(parse_dsn_recipient("Status: 5.01.1\r\n").error ==
        dsn_error::bad_status);
  const auto zero = parse_dsn_recipient("Status: 5.01.1\r\n", tolerant);
  CHECK(zero.status == code("5.1.1"));
  CHECK(zero.flags.has(dsn_flag::status_leading_zero));
  const auto extra = parse_dsn_recipient("Status: 5.1.1 User unknown\r\n");
  CHECK(extra.error == dsn_error::bad_status_comment);
  CHECK(extra.position == 14);
  const auto lax =
      parse_dsn_recipient("Status: 5.1.1 User unknown\r\n", tolerant);
  CHECK(lax.status == code("5.1.1"));
  CHECK(lax.flags.has(dsn_flag::status_extra_text));
  CHECK(parse_dsn_recipient("Status: 5.1.1 (open\r\n").error ==
        dsn_error::bad_status_comment);
}

TEST_CASE("dsn: a comment may nest and escape parentheses") {
  const auto r =
      parse_dsn_recipient("Status: 5.1.1 (a (nested) \\) comment)\r\n");
  CHECK(r.status_comment == "a (nested) \\) comment");
  CHECK(r.error == dsn_error::none);
}

TEST_CASE("dsn: an unknown Action is an error") {
  const auto r = parse_dsn_recipient("Action: bounced\r\nStatus: 5.0.0\r\n");
  CHECK(r.error == dsn_error::bad_action);
  CHECK(r.position == 8);
  CHECK(r.status == code("5.0.0"));
}

TEST_CASE("dsn: a field given twice is an error, or first wins tolerantly") {
  const auto text = "Status: 5.1.1\r\nStatus: 4.0.0\r\n";
  CHECK(parse_dsn_recipient(text).error == dsn_error::duplicate_field);
  const auto lax = parse_dsn_recipient(text, tolerant);
  CHECK(lax.ok());
  CHECK(lax.status == code("5.1.1"));
  CHECK(lax.flags.has(dsn_flag::duplicate_field));
}

TEST_CASE("dsn: malformed lines are errors with their position") {
  CHECK(parse_dsn_recipient("Status 5.1.1\r\n").error ==
        dsn_error::missing_colon);
  CHECK(parse_dsn_recipient(": 5.1.1\r\n").error ==
        dsn_error::empty_field_name);
  CHECK(parse_dsn_recipient(" Status: 5.1.1\r\n").error ==
        dsn_error::fold_before_field);
  const auto r =
      parse_dsn_recipient("Status: 5.1.1\r\nDiagnostic-Code: 550\r\n");
  CHECK(r.error == dsn_error::missing_diagnostic_type);
  CHECK(r.position == 32);
  CHECK(parse_dsn_recipient("").error == dsn_error::empty_input);
  CHECK(parse_dsn_recipient("\r\n\r\n").error == dsn_error::empty_input);
}

TEST_CASE("dsn: blocks are read one after another") {
  const std::string body =
      "Reporting-MTA: dns; mx.example.net\r\n\r\n"
      "Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\n"
      "Status: 5.1.1\r\n\r\n\r\n"
      "Final-Recipient: rfc822; b@example.org\r\nAction: delayed\r\n"
      "Status: 4.4.7\r\n";
  const auto per_message = parse_dsn_recipient(body);
  CHECK(per_message.error == dsn_error::missing_status);
  std::size_t pos = per_message.offset + per_message.size;
  const auto first = parse_dsn_recipient(std::string_view(body).substr(pos));
  CHECK(first.ok());
  CHECK(first.status == code("5.1.1"));
  pos += first.offset + first.size;
  const auto second = parse_dsn_recipient(std::string_view(body).substr(pos));
  CHECK(second.ok());
  CHECK(second.status == code("4.4.7"));
  CHECK(pos + second.offset + second.size == body.size());
}

TEST_CASE("dsn: LF line ends, NUL and non-ASCII octets are read safely") {
  const auto lf = parse_dsn_recipient(
      "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 a\n "
      "550 5.1.1 b\n");
  REQUIRE(lf.ok());
  CHECK(lf.diagnostic->reply->line_count == 2);
  const std::string nul("Status: 5.1.1 (\0)\r\nAction: failed\0\r\n", 35);
  const auto r = parse_dsn_recipient(nul);
  CHECK(r.status == code("5.1.1"));
  CHECK(r.error == dsn_error::bad_action);
  const auto high = parse_dsn_recipient(
      "Status: 5.1.1 (Empf\xc3\xa4nger)\r\n\xff\xfe: x\r\n");
  CHECK(high.ok());
  CHECK(high.field_count == 2);
}

TEST_CASE("dsn: every name has a text") {
  CHECK(to_string_view(dsn_action::expanded) == "expanded");
  CHECK(to_string_view(dsn_error::missing_status) == "Status field missing");
  CHECK(to_string_view(dsn_flag::action_mismatch) ==
        "Action disagrees with the Status class");
  CHECK(smtp_status::action_for(smtp_status::status_class::success) ==
        dsn_action::delivered);
  CHECK(smtp_status::class_for(dsn_action::relayed) ==
        smtp_status::status_class::success);
}
