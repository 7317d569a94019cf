// SPDX-License-Identifier: BSL-1.0
// The table generated from IANA's registry page of 2008-09-05 (folded
// text), field by field for the records that carry the registry's quirks.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/generated/iana_2008_09_05.hpp"

namespace {

namespace s = smtp_status;
using s::basic_code_form;
using s::document_track;
using s::reference_kind;

constexpr const s::registry_table& table = s::tables::iana_2008_09_05;

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

void check_rfc(const s::reference& r, unsigned number, document_track track,
               std::string_view track_text) {
  CHECK(r.kind == reference_kind::rfc);
  CHECK(r.rfc == number);
  CHECK(r.draft.empty());
  CHECK(r.qualifier.empty());
  CHECK(r.track == track);
  CHECK(r.track_text == track_text);
}

}  // namespace

TEST_CASE("iana_2008_09_05: holds 3 classes, 8 subjects and 63 codes") {
  CHECK(table.class_count == 3);
  CHECK(table.subject_count == 8);
  CHECK(table.code_count == 63);
  CHECK(table.index_subjects == 8);
  CHECK(table.index_details == 15);
}

TEST_CASE("iana_2008_09_05: metadata names the text edition and its dates") {
  CHECK(table.metadata.name == "IANA 2008-09-05");
  CHECK(table.metadata.title ==
        "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes Registry");
  CHECK(table.metadata.created == "2008-05-29");
  CHECK(table.metadata.updated == "2008-09-05");
  CHECK(table.metadata.source == "smtp-enhanced-status-codes-2008-09-05.txt");
}

TEST_CASE("iana_2008_09_05: no record has a date, the text layout has none") {
  for (std::size_t i = 0; i != table.code_count; ++i) {
    INFO(std::string{table.codes[i].code});
    CHECK(table.codes[i].date.empty());
    CHECK(table.codes[i].updated.empty());
    CHECK_FALSE(table.codes[i].deprecated);
  }
}

TEST_CASE(
    "iana_2008_09_05: class 2 record read under the label 'Change "
    "Controller:'") {
  const s::registry_entry* e = table.find_class(s::status_class::success);
  REQUIRE(e != nullptr);
  CHECK(e->level == s::entry_level::class_code);
  CHECK(e->class_digit == 2);
  CHECK(e->code == "2.XXX.YYY");
  CHECK(e->text == "Success");
  CHECK(e->description ==
        "Success specifies that the DSN is reporting a positive delivery "
        "action. Detail sub-codes may provide notification of "
        "transformations required for delivery.");
  REQUIRE(e->reference_count == 1);
  check_rfc(e->references[0], 3463, document_track::standards,
            "Standards track");
  CHECK(e->submitter == "G. Vaudreuil");
  CHECK(e->change_controller == "IESG");
  CHECK(e->stated_use == none);
  CHECK(e->basic.raw.empty());
}

TEST_CASE("iana_2008_09_05: subject X.5 record") {
  const s::registry_entry* e = table.find_subject(5);
  REQUIRE(e != nullptr);
  CHECK(e->level == s::entry_level::subject_code);
  CHECK(e->subject == 5);
  CHECK(e->code == "X.5.YYY");
  CHECK(e->text == "Mail Delivery Protocol Status");
  CHECK(e->description ==
        "The mail delivery protocol status codes report failures involving "
        "the message delivery protocol. These failures include the full "
        "range of problems resulting from implementation errors or an "
        "unreliable connection.");
  CHECK(e->stated_use == none);
}

TEST_CASE("iana_2008_09_05: X.1.0 has basic code 'Not given'") {
  const s::registry_entry& e = code(1, 0);
  CHECK(e.text == "Other address status");
  CHECK(e.basic.raw == "Not given");
  CHECK(e.basic.form == basic_code_form::not_given);
  CHECK(e.basic.count == 0);
}

TEST_CASE(
    "iana_2008_09_05: X.1.1 read under the label 'Change "
    "controller:'") {
  const s::registry_entry& e = code(1, 1);
  CHECK(e.level == s::entry_level::enumerated_code);
  CHECK(e.code == "X.1.1");
  CHECK(e.text == "Bad destination mailbox address");
  CHECK(e.basic.raw == "451, 550");
  CHECK(e.basic.form == basic_code_form::listed);
  CHECK(listed(e.basic) == std::vector<unsigned>{451, 550});
  CHECK(e.description ==
        "The mailbox specified in the address does not exist. For Internet "
        "mail names, this means the address portion to the left of the "
        "\"@\" sign is invalid. This code is only useful for permanent "
        "failures.");
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 3463, document_track::standards,
            "Standards Track");
  CHECK(e.submitter == "G. Vaudreuil");
  CHECK(e.change_controller == "IESG");
  CHECK(e.stated_use == permanent);
}

TEST_CASE(
    "iana_2008_09_05: X.1.5 should be used for positive delivery "
    "reports") {
  const s::registry_entry& e = code(1, 5);
  CHECK(listed(e.basic) == std::vector<unsigned>{250});
  CHECK(e.stated_use == classes(true, false, false));
}

TEST_CASE(
    "iana_2008_09_05: X.2.2 lists 552 while its description asks for "
    "a persistent transient failure") {
  const s::registry_entry& e = code(2, 2);
  CHECK(e.text == "Mailbox full");
  CHECK(listed(e.basic) == std::vector<unsigned>{552});
  CHECK(e.stated_use == transient);
}

TEST_CASE("iana_2008_09_05: X.2.3 should be used as a permanent failure") {
  CHECK(code(2, 3).stated_use == permanent);
}

TEST_CASE("iana_2008_09_05: X.2.4 may be permanent or persistent transient") {
  const s::registry_entry& e = code(2, 4);
  CHECK(listed(e.basic) == std::vector<unsigned>{450, 452});
  CHECK(e.stated_use == classes(false, true, true));
}

TEST_CASE(
    "iana_2008_09_05: X.3.2 has only 453, one reference, one "
    "submitter and the spelling 'immanent'") {
  const s::registry_entry& e = code(3, 2);
  CHECK(e.basic.raw == "453");
  CHECK(listed(e.basic) == std::vector<unsigned>{453});
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 3463, document_track::standards,
            "Standards Track");
  CHECK(submitters(e) == std::vector<std::string>{"G. Vaudreuil"});
  CHECK(e.description ==
        "The host on which the mailbox is resident is not accepting "
        "messages. Examples of such conditions include an immanent shutdown, "
        "excessive load, or system maintenance. This is useful for both "
        "permanent and persistent transient errors.");
  CHECK(e.stated_use == classes(false, true, true));
  CHECK(e.updated.empty());
}

TEST_CASE("iana_2008_09_05: X.4.6 keeps the hyphenation 'user- forwarding'") {
  const s::registry_entry& e = code(4, 6);
  CHECK(e.description ==
        "A routing loop caused the message to be forwarded too many times, "
        "either because of incorrect routing tables or a user- forwarding "
        "loop. This is useful only as a persistent transient error.");
  CHECK(e.stated_use == transient);
}

TEST_CASE("iana_2008_09_05: X.5.0 lists 14 reply codes in registry order") {
  const s::registry_entry& e = code(5, 0);
  CHECK(listed(e.basic) == std::vector<unsigned>{220, 250, 251, 252, 253, 451,
                                                 452, 454, 458, 459, 501, 502,
                                                 503, 554});
}

TEST_CASE("iana_2008_09_05: X.5.6 has two submitters") {
  const s::registry_entry& e = code(5, 6);
  CHECK(e.submitter == "R. Siemborski, A. Melnikov");
  CHECK(submitters(e) ==
        std::vector<std::string>{"R. Siemborski", "A. Melnikov"});
  check_rfc(e.references[0], 4954, document_track::standards,
            "Standards Track");
  CHECK(e.stated_use == classes(false, true, true));
}

TEST_CASE(
    "iana_2008_09_05: X.6.5 may be a permanent or persistent "
    "temporary notification") {
  CHECK(code(6, 5).stated_use == classes(false, true, true));
}

TEST_CASE(
    "iana_2008_09_05: X.6.7 to X.6.10 are read under the label "
    "'Defined:' and cite RFC 5336 as 'Experimental track'") {
  CHECK(code(6, 7).text == "The ALT-ADDRESS is required but not specified");
  CHECK(listed(code(6, 7).basic) == std::vector<unsigned>{553, 550});
  CHECK(code(6, 8).text ==
        "UTF-8 string reply is required, but not permitted by the client");
  CHECK(listed(code(6, 8).basic) == std::vector<unsigned>{553, 550});
  CHECK(code(6, 9).text == "UTF8SMTP downgrade failed");
  CHECK(code(6, 9).description ==
        "This indicates that transaction failed after the final \".\" of "
        "the DATA command.");
  CHECK(code(6, 10).text == code(6, 8).text);
  CHECK(listed(code(6, 10).basic) == std::vector<unsigned>{252});
  for (unsigned detail = 7; detail <= 10; ++detail) {
    const s::registry_entry& e = code(6, detail);
    INFO(std::string{e.code});
    REQUIRE(e.reference_count == 1);
    check_rfc(e.references[0], 5336, document_track::experimental,
              "Experimental track");
    CHECK(e.submitter == "Jiankang YAO");
    CHECK(e.change_controller == "IESG");
    CHECK_FALSE(e.deprecated);
    CHECK(e.stated_use == none);
  }
}

TEST_CASE(
    "iana_2008_09_05: X.6.4 is a success warning that may also be "
    "permanent") {
  CHECK(code(6, 4).stated_use == classes(true, false, true));
}

TEST_CASE("iana_2008_09_05: X.7.7 may be permanent, transient or success") {
  CHECK(code(7, 7).stated_use == classes(true, true, true));
}

TEST_CASE(
    "iana_2008_09_05: X.7.13 is read as permanent use, X.7.12 states "
    "no use") {
  CHECK(code(7, 13).stated_use == permanent);
  CHECK(listed(code(7, 12).basic) == std::vector<unsigned>{422, 432});
  CHECK(code(7, 12).stated_use == none);
}

TEST_CASE(
    "iana_2008_09_05: X.7.14 cites RFC 5248 as 'Best current practice' "
    "and keeps its description as written") {
  const s::registry_entry& e = code(7, 14);
  REQUIRE(e.reference_count == 1);
  check_rfc(e.references[0], 5248, document_track::best_current_practice,
            "Best current practice");
  CHECK(e.description ==
        "The submission server requires a configured trust relationship "
        "with a third-party server in order to access the message content. "
        "This value replaces the prior use of X.7.8 for this error "
        "condition. thereby updating [RFC4468].");
  CHECK(submitters(e) == std::vector<std::string>{"T. Hansen", "J. Klensin"});
}

TEST_CASE("iana_2008_09_05: the codes added later are absent") {
  CHECK(table.find_code(1, 10) == nullptr);
  CHECK(table.find_code(3, 6) == nullptr);
  CHECK(table.find_code(7, 15) == nullptr);
  CHECK(table.find_code(7, 30) == nullptr);
}
