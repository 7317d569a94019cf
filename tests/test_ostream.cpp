// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/ostream.hpp"

#include <catch2/catch.hpp>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace {

using smtp_status::status_class;
using smtp_status::status_code;

template <typename T, typename... Manipulators>
std::string streamed(const T& value, const Manipulators&... m) {
  std::ostringstream os;
  (os << ... << m) << value;
  return os.str();
}

// A spread of codes: every class, one to three digits in each sub-code.
std::vector<status_code> sample_codes() {
  std::vector<status_code> codes;
  for (auto c : {status_class::success, status_class::transient,
                 status_class::permanent}) {
    for (unsigned s : {0u, 1u, 7u, 10u, 99u, 100u, 999u}) {
      for (unsigned d : {0u, 1u, 9u, 30u, 606u, 999u}) {
        codes.push_back(*status_code::from_parts(c, s, d));
      }
    }
  }
  return codes;
}

}  // namespace

TEST_CASE("ostream: writes a status code in its canonical form") {
  for (const status_code code : sample_codes()) {
    CHECK(streamed(code) ==
          std::string(smtp_status::to_code_string(code).view()));
  }
  CHECK(streamed(smtp_status::parse("5.01.1", smtp_status::parse_mode::lenient)
                     .code) == "5.1.1");
}

TEST_CASE("ostream: pads a status code as the stream pads text") {
  for (const status_code code : sample_codes()) {
    const std::string text(smtp_status::to_code_string(code).view());
    CHECK(streamed(code, std::setw(12)) == streamed(text, std::setw(12)));
    CHECK(streamed(code, std::setw(12), std::left, std::setfill('*')) ==
          streamed(text, std::setw(12), std::left, std::setfill('*')));
    CHECK(streamed(code, std::setw(3)) == text);
  }
  CHECK(streamed(smtp_status::parse("4.2.2").code, std::setw(8)) == "   4.2.2");
}

TEST_CASE("ostream: the width applies to one code only") {
  std::ostringstream os;
  const auto code = smtp_status::parse("5.7.1").code;
  os << std::setw(7) << code << '|' << code;
  CHECK(os.str() == "  5.7.1|5.7.1");
}

TEST_CASE("ostream: writes to wide streams") {
  std::wostringstream os;
  os << std::setw(9) << std::setfill(L'.') << smtp_status::parse("2.1.5").code
     << L' ' << *smtp_status::reply_code::from_number(250);
  CHECK(os.str() == L"....2.1.5 250");
}

TEST_CASE("ostream: writes a reply code as three digits") {
  for (unsigned n = 200; n != 560; ++n) {
    const auto reply = smtp_status::reply_code::from_number(n);
    if (!reply) continue;
    CHECK(streamed(*reply) == std::to_string(n));
    CHECK(streamed(*reply, std::setw(5), std::left) ==
          streamed(std::to_string(n), std::setw(5), std::left));
  }
}
