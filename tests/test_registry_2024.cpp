// SPDX-License-Identifier: BSL-1.0
// The table generated from IANA's XML edition of 2024-12-06, field by field
// for the records that carry the registry's quirks.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/generated/iana_2024_12_06.hpp"
#include "smtp_status/generated/names.hpp"

namespace {

namespace s = smtp_status;
using s::basic_code_form;
using s::document_track;
using s::reference_kind;

constexpr const s::registry_table& table = s::tables::iana_2024_12_06;

const s::registry_entry& code(unsigned subject, unsigned detail) {
  const s::registry_entry* e = table.find_code(subject, detail);
  INFO("X." << subject << "." << detail);
  REQUIRE(e != nullptr);
  return *e;
}

std::vector<unsigned> listed(const s::basic_codes& b) {
  return std::vector<unsigned>(b.codes.begin(), b.codes.begin() + b.count);
}

std::vector<std::string> submitters(const s::registry_entry& e) {
  return std::vector<std::string>(e.submitters.begin(),
                                  e.submitters.begin() + e.submitter_count);
}

s::class_set classes(bool success, bool transient, bool permanent) {
  s::class_set set;
  if (success) set = set | s::class_set::of(s::status_class::success);
  if (transient) set = set | s::class_set::of(s::status_class::transient);
  if (permanent) set = set | s::class_set::of(s::status_class::permanent);
  return set;
}

const s::class_set none = classes(false, false, false);
const s::class_set permanent = classes(false, false, true);
const s::class_set transient = classes(false, true, false);

void check_rfc(const s::reference& r, unsigned number,
               std::string_view track_text, std::string_view qualifier = {}) {
  CHECK(r.kind == reference_kind::rfc);
  CHECK(r.rfc == number);
  CHECK(r.draft.empty());
  CHECK(r.qualifier == qualifier);
  CHECK(r.track_text == track_text);
  if (track_text.empty()) {
    CHECK(r.track == document_track::not_stated);
  } else {
    CHECK(r.track == document_track::standards);
  }
}

// The fields most records of RFC 3463 share.
void check_rfc3463_record(const s::registry_entry& e) {
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 3463, "Standards Track");
  CHECK(e.submitter == "G. Vaudreuil");
  CHECK(submitters(e) == std::vector<std::string>{"G. Vaudreuil"});
  CHECK(e.change_controller == "IESG");
  CHECK(e.date.empty());
  CHECK(e.updated.empty());
  CHECK_FALSE(e.deprecated);
}

}  // namespace

TEST_CASE("iana_2024_12_06: holds 3 classes, 8 subjects and 81 codes") {
  CHECK(table.class_count == 3);
  CHECK(table.subject_count == 8);
  CHECK(table.code_count == 81);
  CHECK(table.index_subjects == 8);
  CHECK(table.index_details == 31);
}

TEST_CASE("iana_2024_12_06: metadata names the XML edition and its dates") {
  CHECK(table.metadata.name == "IANA 2024-12-06");
  CHECK(table.metadata.title ==
        "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes Registry");
  CHECK(table.metadata.created == "2008-05-29");
  CHECK(table.metadata.updated == "2024-12-06");
  CHECK(table.metadata.source == "smtp-enhanced-status-codes-2024-12-06.xml");
}

TEST_CASE(
    "iana_2024_12_06: class 4 record keeps its summary, description "
    "and 'Standards track' as written") {
  const s::registry_entry* e = table.find_class(s::status_class::transient);
  REQUIRE(e != nullptr);
  CHECK(e->level == s::entry_level::class_code);
  CHECK(e->class_digit == 4);
  CHECK(e->code == "4.XXX.YYY");
  CHECK(e->text == "Persistent Transient Failure");
  CHECK(e->description ==
        "A persistent transient failure is one in which the message as sent "
        "is valid, but persistence of some temporary condition has caused "
        "abandonment or delay of attempts to send the message. If this code "
        "accompanies a delivery failure report, sending in the future may be "
        "successful.");
  REQUIRE(e->reference_count == 1);
  check_rfc(e->references[0], 3463, "Standards track");
  CHECK(e->stated_use == none);
  CHECK(e->basic.raw.empty());
}

TEST_CASE(
    "iana_2024_12_06: subject X.7 record joins the XML's hard line "
    "breaks") {
  const s::registry_entry* e = table.find_subject(7);
  REQUIRE(e != nullptr);
  CHECK(e->level == s::entry_level::subject_code);
  CHECK(e->code == "X.7.YYY");
  CHECK(e->text == "Security or Policy Status");
  CHECK(e->description ==
        "The security or policy status codes report failures involving "
        "policies such as per-recipient or per-host filtering and "
        "cryptographic operations. Security and policy status issues are "
        "assumed to be under the control of either or both the sender and "
        "recipient. Both the sender and recipient must permit the exchange of "
        "messages and arrange the exchange of necessary keys and certificates "
        "for cryptographic operations.");
  CHECK(e->stated_use == none);
}

TEST_CASE("iana_2024_12_06: X.0.0 has basic code 'Any'") {
  const s::registry_entry& e = code(0, 0);
  CHECK(e.code == "X.0.0");
  CHECK(e.text == "Other undefined Status");
  CHECK(e.basic.raw == "Any");
  CHECK(e.basic.form == basic_code_form::any);
  CHECK(e.basic.count == 0);
  CHECK(e.stated_use == none);
  check_rfc3463_record(e);
}

TEST_CASE(
    "iana_2024_12_06: X.1.1 is only useful for permanent failures, "
    "basic codes 451, 550") {
  const s::registry_entry& e = code(1, 1);
  CHECK(e.level == s::entry_level::enumerated_code);
  CHECK(e.class_digit == 0);
  CHECK(e.code == "X.1.1");
  CHECK(e.text == "Bad destination mailbox address");
  CHECK(e.basic.raw == "451, 550");
  CHECK(e.basic.form == basic_code_form::listed);
  CHECK(listed(e.basic) == std::vector<unsigned>{451, 550});
  CHECK(e.basic.wildcards == none);
  CHECK(e.basic.others_allowed == none);
  CHECK(e.description ==
        "The mailbox specified in the address does not exist. For Internet "
        "mail names, this means the address portion to the left of the "
        "\"@\" sign is invalid. This code is only useful for permanent "
        "failures.");
  CHECK(e.stated_use == permanent);
  check_rfc3463_record(e);
}

TEST_CASE(
    "iana_2024_12_06: X.1.10 has two references, three submitters "
    "and both date attributes") {
  const s::registry_entry& e = code(1, 10);
  CHECK(e.text == "Recipient address has null MX");
  CHECK(listed(e.basic) == std::vector<unsigned>{556});
  REQUIRE(e.reference_count == 2);
  check_rfc(e.references[0], 7505, "Standards Track");
  check_rfc(e.references[1], 7504, "Standards Track");
  CHECK(e.submitter == "J. Levine, M. Delany, J. Klensin");
  CHECK(submitters(e) ==
        std::vector<std::string>{"J. Levine", "M. Delany", "J. Klensin"});
  CHECK(e.date == "2014-08-28");
  CHECK(e.updated == "2015-05-18");
  CHECK(e.stated_use == none);
}

TEST_CASE(
    "iana_2024_12_06: X.2.2 lists 552 while its description asks for "
    "a persistent transient failure") {
  const s::registry_entry& e = code(2, 2);
  CHECK(e.text == "Mailbox full");
  CHECK(listed(e.basic) == std::vector<unsigned>{552});
  CHECK(e.stated_use == transient);
  CHECK_FALSE(e.stated_use.contains(s::status_class::permanent));
  check_rfc3463_record(e);
}

TEST_CASE("iana_2024_12_06: X.2.1 may be permanent or transient") {
  const s::registry_entry& e = code(2, 1);
  CHECK(e.basic.form == basic_code_form::not_given);
  CHECK(e.basic.raw == "Not given");
  CHECK(e.stated_use == classes(false, true, true));
}

TEST_CASE(
    "iana_2024_12_06: X.3.2 gained 521, RFC 7504, a second submitter "
    "and the spelling 'imminent'") {
  const s::registry_entry& e = code(3, 2);
  CHECK(e.text == "System not accepting network messages");
  CHECK(e.basic.raw == "453, 521");
  CHECK(listed(e.basic) == std::vector<unsigned>{453, 521});
  REQUIRE(e.reference_count == 2);
  check_rfc(e.references[0], 3463, "Standards Track");
  check_rfc(e.references[1], 7504, "Standards Track");
  CHECK(submitters(e) ==
        std::vector<std::string>{"G. Vaudreuil", "J. Klensin"});
  CHECK(e.description.find("an imminent shutdown") != std::string_view::npos);
  CHECK(e.stated_use == classes(false, true, true));
  CHECK(e.date.empty());
  CHECK(e.updated == "2015-05-18");
}

TEST_CASE("iana_2024_12_06: X.3.6 has basic codes '250 or 251'") {
  const s::registry_entry& e = code(3, 6);
  CHECK(e.basic.raw == "250 or 251");
  CHECK(e.basic.form == basic_code_form::listed);
  CHECK(listed(e.basic) == std::vector<unsigned>{250, 251});
  CHECK(e.stated_use == none);
}

TEST_CASE("iana_2024_12_06: X.4.6 keeps the hyphenation 'user- forwarding'") {
  const s::registry_entry& e = code(4, 6);
  CHECK(e.description.find("a user- forwarding loop.") !=
        std::string_view::npos);
  CHECK(e.stated_use == transient);
}

TEST_CASE(
    "iana_2024_12_06: X.5.0 lists 14 reply codes across a line break, "
    "in registry order") {
  const s::registry_entry& e = code(5, 0);
  CHECK(e.basic.raw ==
        "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, "
        "554");
  CHECK(listed(e.basic) == std::vector<unsigned>{220, 250, 251, 252, 253, 451,
                                                 452, 454, 458, 459, 501, 502,
                                                 503, 554});
  CHECK(e.stated_use == none);
}

TEST_CASE(
    "iana_2024_12_06: X.6.4 is a success warning that may also be "
    "permanent") {
  const s::registry_entry& e = code(6, 4);
  CHECK(listed(e.basic) == std::vector<unsigned>{250});
  CHECK(e.stated_use == classes(true, false, true));
}

TEST_CASE("iana_2024_12_06: X.6.7 to X.6.9 are defined by RFC 6531") {
  const s::registry_entry& x7 = code(6, 7);
  CHECK(x7.text ==
        "Non-ASCII addresses not permitted for that sender/recipient");
  CHECK(listed(x7.basic) == std::vector<unsigned>{553, 550});
  CHECK(x7.description ==
        "This indicates the reception of a MAIL or RCPT command that "
        "non-ASCII addresses are not permitted");
  const s::registry_entry& x8 = code(6, 8);
  CHECK(x8.text ==
        "UTF-8 string reply is required, but not permitted by the SMTP "
        "client");
  CHECK(listed(x8.basic) == std::vector<unsigned>{252, 553, 550});
  const s::registry_entry& x9 = code(6, 9);
  CHECK(x9.text ==
        "UTF-8 header message cannot be transferred to one or more "
        "recipients, so the message must be rejected");
  for (const s::registry_entry* e : {&x7, &x8, &x9}) {
    INFO(std::string{e->code});
    REQUIRE(e->reference_count == 1);
    check_rfc(e->references[0], 6531, "Standards track");
    CHECK(e->submitter == "Jiankang YAO");
    CHECK(e->change_controller == "ima@ietf.org");
    CHECK_FALSE(e->deprecated);
    CHECK(e->stated_use == none);
  }
}

TEST_CASE(
    "iana_2024_12_06: X.6.10 is a deprecated duplicate of X.6.8 with "
    "empty sample, basic code, submitter and change controller") {
  const s::registry_entry& e = code(6, 10);
  CHECK(e.text.empty());
  CHECK(e.basic.raw.empty());
  CHECK(e.basic.form == basic_code_form::blank);
  CHECK(e.basic.count == 0);
  CHECK(e.description ==
        "This is a duplicate of X.6.8 and is thus "
        "deprecated.");
  CHECK(e.submitter.empty());
  CHECK(e.submitter_count == 0);
  CHECK(e.change_controller.empty());
  CHECK(e.deprecated);
  CHECK(e.duplicate_of_subject == 6);
  CHECK(e.duplicate_of_detail == 8);
  CHECK(e.stated_use == none);
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 6531, "Standards track");
}

TEST_CASE("iana_2024_12_06: X.7.7 may be permanent, transient or success") {
  CHECK(code(7, 7).stated_use == classes(true, true, true));
}

TEST_CASE(
    "iana_2024_12_06: X.7.10 cites RFC 5248 as 'Best current "
    "practice'") {
  const s::registry_entry& e = code(7, 10);
  REQUIRE(e.reference_count == 1);
  CHECK(e.references[0].rfc == 5248);
  CHECK(e.references[0].track == document_track::best_current_practice);
  CHECK(e.references[0].track_text == "Best current practice");
  CHECK(submitters(e) == std::vector<std::string>{"T. Hansen", "J. Klensin"});
}

TEST_CASE(
    "iana_2024_12_06: X.7.13's permanent-until-re-enabled failure is "
    "read as permanent use") {
  const s::registry_entry& e = code(7, 13);
  CHECK(listed(e.basic) == std::vector<unsigned>{525});
  CHECK(e.stated_use == permanent);
}

TEST_CASE(
    "iana_2024_12_06: X.7.15 and X.7.16 allow other 4XX or 5XX codes "
    "and state no use") {
  const s::registry_entry& x15 = code(7, 15);
  CHECK(x15.basic.raw == "450, 550 (other 4XX or 5XX codes are allowed)");
  CHECK(listed(x15.basic) == std::vector<unsigned>{450, 550});
  CHECK(x15.basic.others_allowed == classes(false, true, true));
  CHECK(x15.basic.wildcards == none);
  CHECK(x15.stated_use == none);
  const s::registry_entry& x16 = code(7, 16);
  CHECK(x16.basic.raw == "552 (other 4XX or 5XX codes are allowed)");
  CHECK(listed(x16.basic) == std::vector<unsigned>{552});
  CHECK(x16.basic.others_allowed == classes(false, true, true));
  CHECK(x16.stated_use == none);
}

TEST_CASE("iana_2024_12_06: X.7.17 has the class wildcard 5XX") {
  const s::registry_entry& e = code(7, 17);
  CHECK(e.basic.raw == "5XX");
  CHECK(e.basic.form == basic_code_form::listed);
  CHECK(e.basic.count == 0);
  CHECK(e.basic.wildcards == permanent);
  CHECK(e.basic.others_allowed == none);
  CHECK(e.date == "2014-04-17");
  CHECK(e.updated.empty());
}

TEST_CASE(
    "iana_2024_12_06: X.7.20 writes the RFC cited in its description "
    "as [RFC6376]") {
  const s::registry_entry& e = code(7, 20);
  CHECK(e.description ==
        "This status code is returned when a message did not contain any "
        "passing DKIM signatures. (This violates the advice of Section 6.1 "
        "of [RFC6376].)");
  REQUIRE(e.reference_count == 2);
  check_rfc(e.references[0], 7372, "Standards Track");
  check_rfc(e.references[1], 6376, "Standards Track");
}

TEST_CASE("iana_2024_12_06: X.7.24 separates its basic codes with a slash") {
  const s::registry_entry& e = code(7, 24);
  CHECK(e.basic.raw == "451/550");
  CHECK(listed(e.basic) == std::vector<unsigned>{451, 550});
  CHECK(e.date == "2014-08-13");
}

TEST_CASE(
    "iana_2024_12_06: X.7.25 cites RFC 7372 with the qualifier "
    "'Section 3.3'") {
  const s::registry_entry& e = code(7, 25);
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 7372, "Standards Track", "Section 3.3");
  CHECK(e.date == "2014-08-13");
  CHECK(e.updated == "2015-05-30");
}

TEST_CASE(
    "iana_2024_12_06: X.7.28 has a lone '.' as basic code and cites "
    "an Internet-Draft") {
  const s::registry_entry& e = code(7, 28);
  CHECK(e.text == "Mail flood detected");
  CHECK(e.basic.raw == ".");
  CHECK(e.basic.form == basic_code_form::blank);
  CHECK(e.basic.count == 0);
  REQUIRE(e.reference_count == 1);
  CHECK(e.references[0].kind == reference_kind::draft);
  CHECK(e.references[0].rfc == 0);
  CHECK(e.references[0].draft == "draft-levine-mailbomb-header-00");
  CHECK(e.references[0].track == document_track::not_stated);
  CHECK(e.references[0].track_text.empty());
  CHECK(e.change_controller == "standards@taugh.com");
  CHECK(e.date == "2017-06-22");
}

TEST_CASE("iana_2024_12_06: X.7.30 cites RFC 8689 without a track") {
  const s::registry_entry& e = code(7, 30);
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 8689, "");
  CHECK(e.submitter == "J. Fenton");
}

TEST_CASE("codes: named constants name the sample text of their code") {
  namespace c = s::codes;
  CHECK(code(2, 2).text == "Mailbox full");
  CHECK(c::mailbox_full == *s::subject_detail::from_parts(2, 2));
  CHECK(c::bad_destination_mailbox_address ==
        *s::subject_detail::from_parts(1, 1));
  CHECK(c::other_undefined_status == *s::subject_detail::from_parts(0, 0));
  CHECK(c::bad_senders_mailbox_address_syntax ==
        *s::subject_detail::from_parts(1, 7));
  CHECK(c::recipient_address_has_null_mx ==
        *s::subject_detail::from_parts(1, 10));
  CHECK(c::utf8_reply_required == *s::subject_detail::from_parts(6, 8));
  CHECK(c::utf8_reply_required_deprecated ==
        *s::subject_detail::from_parts(6, 10));
  CHECK(c::password_transition_needed == *s::subject_detail::from_parts(7, 12));
  CHECK(c::mail_flood_detected == *s::subject_detail::from_parts(7, 28));
  CHECK(c::mailbox_full.transient().class_digit() == 4);
}
