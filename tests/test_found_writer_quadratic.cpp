// SPDX-License-Identifier: BSL-1.0
// write_reply must take time in proportion to the text. Each line it
// writes starts by looking for the next line break, to the end of the
// text; a long text without line breaks is read once for every line.
#include "smtp_status/writer.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace {

// Seconds taken to write `text` as a 550 5.1.1 reply.
double seconds_to_write(std::string_view text, std::string& out) {
  const auto start = std::chrono::steady_clock::now();
  out.clear();
  const auto r =
      smtp_status::append_reply(out, *smtp_status::reply_code::from_number(550),
                                smtp_status::parse("5.1.1").code, text);
  CHECK(r.ok());
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

TEST_CASE("found: a long reply text without line breaks") {
  constexpr std::size_t size = 1 << 20;
  constexpr std::size_t line = 400;  // fits in one reply line
  std::string no_breaks(size, 'a');
  std::string breaks(size, 'a');
  for (std::size_t i = line; i < size; i += line + 1) breaks[i] = '\n';
  std::string out;
  // Line breaks every 400 octets: each search for the next one is short,
  // so this is the time of one pass over the text.
  const double with_breaks = seconds_to_write(breaks, out);
  const double without = seconds_to_write(no_breaks, out);
  CAPTURE(without, with_breaks);
  CHECK(out.size() > size);
  // A linear writer takes about as long on both; one that reads the rest
  // of the text for every line it writes takes hundreds of times as long.
  CHECK(without < 20 * with_breaks + 0.05);
}
