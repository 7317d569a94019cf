// SPDX-License-Identifier: BSL-1.0
// The README's tour: each step of it, printed. The tests compare this
// program's output with examples/tour.expected, so the README stays true.

#include <smtp_status/registry_2008.hpp>
#include <smtp_status/smtp_status.hpp>
#include <smtp_status/string.hpp>

#include <iostream>
#include <string>
#include <string_view>

using namespace smtp_status::literals;

int main() {
  // 1. Codes are values, checked at compile time.
  constexpr smtp_status::status_code full = "5.2.2"_esc;
  static_assert(full.is_permanent() && full.subject() == 2);
  static_assert(smtp_status::codes::mailbox_full.transient() == "4.2.2"_esc);
  std::cout << "soft bounce of " << smtp_status::to_string(full) << ": "
            << smtp_status::to_string(full.to_transient()) << '\n';

  // 2. Parsing says why and where text is not a code.
  const auto bad = smtp_status::parse("5.01.1");
  std::cout << "5.01.1: " << smtp_status::to_string_view(bad.error)
            << " at offset " << bad.position << '\n';
  const auto padded =
      smtp_status::parse("5.01.1", smtp_status::parse_mode::lenient);
  std::cout << "lenient: " << smtp_status::to_string(padded.code)
            << (padded.leading_zeros ? " (had leading zeros)" : "") << '\n';

  // 3. Lookup follows RFC 3463: the code, else its subject, else its class.
  for (std::string_view text : {"5.1.1", "5.7.606", "4.9.1", "5.1.10"}) {
    const auto r = smtp_status::lookup(text);
    std::cout << text << ": " << smtp_status::to_string_view(r.status) << ", "
              << smtp_status::to_string_view(r.level) << " level: " << r.text()
              << '\n';
  }
  const auto old =
      smtp_status::lookup("5.1.10", smtp_status::registries::iana_2008_09_05);
  std::cout << "5.1.10 in 2008: " << old.text() << '\n';
  const auto dup = smtp_status::lookup("5.6.10");
  if (dup.is_deprecated() && dup.replacement()) {
    std::cout << "5.6.10 is deprecated: use "
              << smtp_status::to_string(*dup.replacement()) << '\n';
  }

  // 4. A reply code and a status code: the hard rule and the registry's
  //    advice, kept apart.
  const auto r451 = *smtp_status::reply_code::from_number(451);
  const auto verdict = smtp_status::check_compat(r451, "4.1.1"_esc);
  std::cout << "451 4.1.1: " << smtp_status::to_string_view(verdict.rule)
            << "; " << smtp_status::to_string_view(verdict.association) << "; "
            << smtp_status::to_string_view(verdict.use) << '\n';
  std::cout << "reply for 4.2.2: "
            << smtp_status::reply_code_for("4.2.2"_esc).number() << '\n';

  // 5. Replies as they arrive: deviations are flags in tolerant mode.
  smtp_status::reply_options tolerant;
  tolerant.mode = smtp_status::reply_mode::tolerant;
  const auto reply =
      smtp_status::parse_reply("550 #5.1.0 Address rejected\r\n", tolerant);
  std::cout << "reply " << reply.code.number() << ", code "
            << smtp_status::to_string(*reply.status())
            << ", '#' flagged: " << std::boolalpha
            << reply.flags.has(smtp_status::reply_flag::hash_prefix) << '\n';
  const auto strict = smtp_status::parse_reply("550 #5.1.0 Address rejected");
  std::cout << "strict: " << smtp_status::to_string_view(strict.error) << '\n';

  // 6. Codes inside free text, never inside addresses or versions.
  const std::string_view log =
      "host 192.0.2.1 (v4.7.2) said: 550 5.7.1 relaying denied";
  for (const auto& m : smtp_status::find_codes(log)) {
    std::cout << "found " << smtp_status::to_string(m.code) << " at "
              << m.position << '\n';
  }

  // 7. Writing a reply and DSN fields for a bounce.
  std::string out;
  smtp_status::append_reply(out, *smtp_status::reply_code::from_number(552),
                            "5.2.2"_esc, "Mailbox full\r\nTry again later");
  smtp_status::dsn_fields fields;
  fields.status = "5.2.2"_esc;
  fields.diagnostic_reply = smtp_status::reply_code::from_number(552);
  fields.diagnostic_status = fields.status;
  fields.diagnostic_text = "Mailbox full";
  smtp_status::append_dsn_fields(out, fields);
  for (char c : out) {
    if (c == '\r')
      std::cout << "\\r";
    else
      std::cout << c;
  }

  // 8. A provider's own codes, consulted before IANA's.
  constexpr auto provider = smtp_status::make_user_registry(
      "Example provider",
      {smtp_status::user_code("5.7.606"_esc,
                              "Access denied, banned sending IP")});
  constexpr auto both =
      smtp_status::layer(provider, smtp_status::registries::current);
  static_assert(smtp_status::lookup("5.7.606"_esc, both).is_registered());
  for (auto code : {"5.7.606"_esc, "5.7.1"_esc}) {
    const auto r = smtp_status::lookup(code, both);
    std::cout << smtp_status::to_string(code) << ": " << r.text() << " ("
              << r.registry() << ")\n";
  }
  return 0;
}
