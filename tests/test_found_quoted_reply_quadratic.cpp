// SPDX-License-Identifier: BSL-1.0
// find_quoted_replies must take time in proportion to the text. After each
// Exim marker ("SMTP error from remote mail server after") it looks for the
// colon that ends the command, to the end of the line; a long line of
// markers without that colon is read once for every marker on it.
#include "smtp_status/search.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace {

// Seconds taken to walk every quoted reply of `text`.
double seconds_to_scan(std::string_view text, std::size_t& found) {
  const auto start = std::chrono::steady_clock::now();
  found = 0;
  for (const auto& q : smtp_status::find_quoted_replies(text)) {
    found += q.found() ? 1 : 0;
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

TEST_CASE("found: quoted replies on one long line of Exim markers") {
  constexpr std::string_view marker =
      "SMTP error from remote mail server after ";
  constexpr std::size_t markers = 12800;  // about 512 KB
  std::string one_line;
  std::string many_lines;
  for (std::size_t i = 0; i != markers; ++i) {
    one_line += marker;
    many_lines += marker.substr(0, marker.size() - 1);
    many_lines += '\n';
  }
  REQUIRE(one_line.size() == many_lines.size());
  std::size_t found_one = 0;
  std::size_t found_many = 0;
  // The same octets with a line end after every marker: each search for
  // the colon stops at once, so this is the time of one pass.
  const double per_line = seconds_to_scan(many_lines, found_many);
  const double one = seconds_to_scan(one_line, found_one);
  CAPTURE(one, per_line);
  CHECK(found_one == 0);
  CHECK(found_many == 0);
  // A linear search takes about as long on both; a search that reads the
  // rest of the line for every marker takes hundreds of times as long.
  CHECK(one < 20 * per_line + 0.05);
}
