// SPDX-License-Identifier: BSL-1.0
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "smtp_status/generated/names.hpp"
#include "smtp_status/lookup.hpp"

namespace {

namespace s = smtp_status;
namespace codes = smtp_status::codes;

// Every named constant the library offers, by name.
#define SMTP_STATUS_TEST_EACH_NAME(X)                    \
  X(other_undefined_status)                              \
  X(other_address_status)                                \
  X(bad_destination_mailbox_address)                     \
  X(bad_destination_system_address)                      \
  X(bad_destination_mailbox_address_syntax)              \
  X(destination_mailbox_address_ambiguous)               \
  X(destination_address_valid)                           \
  X(destination_mailbox_has_moved_no_forwarding_address) \
  X(bad_senders_mailbox_address_syntax)                  \
  X(bad_senders_system_address)                          \
  X(message_relayed_to_non_compliant_mailer)             \
  X(recipient_address_has_null_mx)                       \
  X(other_or_undefined_mailbox_status)                   \
  X(mailbox_disabled_not_accepting_messages)             \
  X(mailbox_full)                                        \
  X(message_length_exceeds_administrative_limit)         \
  X(mailing_list_expansion_problem)                      \
  X(other_or_undefined_mail_system_status)               \
  X(mail_system_full)                                    \
  X(system_not_accepting_network_messages)               \
  X(system_not_capable_of_selected_features)             \
  X(message_too_big_for_system)                          \
  X(system_incorrectly_configured)                       \
  X(requested_priority_was_changed)                      \
  X(other_or_undefined_network_or_routing_status)        \
  X(no_answer_from_host)                                 \
  X(bad_connection)                                      \
  X(directory_server_failure)                            \
  X(unable_to_route)                                     \
  X(mail_system_congestion)                              \
  X(routing_loop_detected)                               \
  X(delivery_time_expired)                               \
  X(other_or_undefined_protocol_status)                  \
  X(invalid_command)                                     \
  X(syntax_error)                                        \
  X(too_many_recipients)                                 \
  X(invalid_command_arguments)                           \
  X(wrong_protocol_version)                              \
  X(authentication_exchange_line_is_too_long)            \
  X(other_or_undefined_media_error)                      \
  X(media_not_supported)                                 \
  X(conversion_required_and_prohibited)                  \
  X(conversion_required_but_not_supported)               \
  X(conversion_with_loss_performed)                      \
  X(conversion_failed)                                   \
  X(message_content_not_available)                       \
  X(non_ascii_addresses_not_permitted)                   \
  X(utf8_reply_required)                                 \
  X(utf8_header_rejected)                                \
  X(utf8_reply_required_deprecated)                      \
  X(other_or_undefined_security_status)                  \
  X(delivery_not_authorized_message_refused)             \
  X(mailing_list_expansion_prohibited)                   \
  X(security_conversion_required_but_not_possible)       \
  X(security_features_not_supported)                     \
  X(cryptographic_failure)                               \
  X(cryptographic_algorithm_not_supported)               \
  X(message_integrity_failure)                           \
  X(authentication_credentials_invalid)                  \
  X(authentication_mechanism_is_too_weak)                \
  X(encryption_needed)                                   \
  X(encryption_required_for_mechanism)                   \
  X(password_transition_needed)                          \
  X(user_account_disabled)                               \
  X(trust_relationship_required)                         \
  X(priority_level_is_too_low)                           \
  X(message_is_too_big_for_the_specified_priority)       \
  X(mailbox_owner_has_changed)                           \
  X(domain_owner_has_changed)                            \
  X(rrvs_test_cannot_be_completed)                       \
  X(no_passing_dkim_signature_found)                     \
  X(no_acceptable_dkim_signature_found)                  \
  X(no_valid_author_matched_dkim_signature_found)        \
  X(spf_validation_failed)                               \
  X(spf_validation_error)                                \
  X(reverse_dns_validation_failed)                       \
  X(multiple_authentication_checks_failed)               \
  X(sender_address_has_null_mx)                          \
  X(mail_flood_detected)                                 \
  X(arc_validation_failure)                              \
  X(requiretls_support_required)

struct named_code {
  std::string_view name;
  s::subject_detail value;
};

#define SMTP_STATUS_TEST_NAMED(name) named_code{#name, codes::name},
constexpr named_code all_names[] = {
    SMTP_STATUS_TEST_EACH_NAME(SMTP_STATUS_TEST_NAMED)};
#undef SMTP_STATUS_TEST_NAMED

constexpr std::size_t name_count = sizeof all_names / sizeof all_names[0];

// How many constants have the value of `e`.
constexpr std::size_t constants_for(const s::registry_entry& e) {
  std::size_t n = 0;
  for (const named_code& c : all_names) {
    if (c.value.subject() == e.subject && c.value.detail() == e.detail) ++n;
  }
  return n;
}

// Every enumerated code of the edition has exactly one constant.
constexpr bool every_code_named(const s::registry_table& t) {
  for (std::size_t i = 0; i != t.code_count; ++i) {
    if (constants_for(t.codes[i]) != 1) return false;
  }
  return true;
}

// Every constant is an enumerated code of the edition.
constexpr bool every_name_registered(const s::registry_table& t) {
  for (const named_code& c : all_names) {
    if (t.find_code(c.value.subject(), c.value.detail()) == nullptr) {
      return false;
    }
  }
  return true;
}

static_assert(every_code_named(s::tables::iana_2024_12_06));
static_assert(every_name_registered(s::tables::iana_2024_12_06));
static_assert(name_count == s::tables::iana_2024_12_06.code_count);

static_assert(codes::mailbox_full.transient() == s::parse("4.2.2").code);
static_assert(s::lookup(codes::mailbox_full.transient()).text() ==
              "Mailbox full");
static_assert(codes::bad_destination_mailbox_address.permanent() ==
              s::parse("5.1.1").code);

}  // namespace

TEST_CASE("names: every constant reads as the registry does") {
  for (const named_code& c : all_names) {
    INFO(c.name);
    for (s::status_class cls :
         {s::status_class::success, s::status_class::transient,
          s::status_class::permanent}) {
      const auto code = *c.value.with(cls);
      const auto r = s::lookup(code);
      CHECK(r.is_registered());
      CHECK(r.code_match.entry->subject == c.value.subject());
      CHECK(r.code_match.entry->detail == c.value.detail());
    }
  }
  CHECK(s::lookup(codes::mailbox_full.transient()).text() == "Mailbox full");
  CHECK(s::lookup(codes::recipient_address_has_null_mx.permanent()).text() ==
        "Recipient address has null MX");
  CHECK(s::lookup(codes::utf8_reply_required_deprecated.permanent())
            .is_deprecated());
}

TEST_CASE("names: the list above holds every constant of names.hpp") {
  const std::string path = std::string(SMTP_STATUS_TEST_SOURCE_DIR) +
                           "/include/smtp_status/generated/names.hpp";
  std::ifstream in(path);
  REQUIRE(in);
  const std::string text((std::istreambuf_iterator<char>(in)),
                         std::istreambuf_iterator<char>());
  const std::regex declaration(
      R"(inline constexpr subject_detail\s+(\w+)\s*=)");
  std::set<std::string> in_header;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), declaration);
       it != std::sregex_iterator(); ++it) {
    in_header.insert((*it)[1].str());
  }
  std::set<std::string> in_test;
  for (const named_code& c : all_names) in_test.insert(std::string(c.name));
  CHECK(in_header.size() == s::tables::iana_2024_12_06.code_count);
  CHECK(in_header == in_test);
}
