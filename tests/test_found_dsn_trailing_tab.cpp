// SPDX-License-Identifier: BSL-1.0
// A Diagnostic-Code written without a status code must read back without
// one. The writer checks that no line's text passes for a code, but the
// reader trims the white space that ends a field's value, so a last line
// ending in HTAB ("5.1.1\t") is checked with the HTAB and read without it.
#include "smtp_status/dsn.hpp"
#include "smtp_status/writer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

TEST_CASE("found: a diagnostic written with no code reads back with none") {
  const std::string_view text = GENERATE(
      std::string_view{"5.1.1\t"}, std::string_view{"#5.1.1\t"},
      std::string_view{"2.0.0:\t"}, std::string_view{"User unknown\n5.1.1\t"});
  CAPTURE(text);
  smtp_status::dsn_fields f{smtp_status::parse("5.2.2").code};
  f.diagnostic_reply = smtp_status::reply_code::from_number(550);
  f.diagnostic_text = text;  // the server sent no status code
  std::string out;
  const auto w = smtp_status::append_dsn_fields(out, f);
  if (!w.ok()) {
    // Refusing the text is a right answer too.
    CHECK(w.error == smtp_status::write_error::text_looks_like_code);
    return;
  }
  CAPTURE(out);
  const auto d = smtp_status::parse_dsn_recipient(out);
  CHECK(d.ok());
  REQUIRE(d.diagnostic);
  REQUIRE(d.diagnostic->reply);
  // Written without a code, so read strictly it is a reply without a code.
  CHECK(d.diagnostic->reply->ok());
  CHECK_FALSE(d.diagnostic->reply->written_status.has_value());
  CHECK_FALSE(d.flags.has(smtp_status::dsn_flag::diagnostic_code_mismatch));
}
