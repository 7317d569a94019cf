// SPDX-License-Identifier: BSL-1.0
// Benchmarks: finding every code, and the most specific one, in a 4 KB
// bounce message of the usual shape (prose, a DSN part, a quoted reply,
// addresses, dates and version numbers that must not match); and finding
// the quoted replies on one long line of Exim markers, at two sizes.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "smtp_status/search.hpp"

namespace {

std::string bounce_body() {
  const std::string_view head =
      "This is the mail system at host mx.example.net.\r\n\r\n"
      "I'm sorry to have to inform you that your message could not\r\n"
      "be delivered to one or more recipients. It's attached below.\r\n\r\n"
      "For further assistance, please send mail to postmaster.\r\n\r\n"
      "If you do so, please include this problem report. You can\r\n"
      "delete your own text from the attached returned message.\r\n\r\n";
  const std::string_view filler =
      "Received: from client.example.org (client.example.org [192.0.2.15])\r\n"
      "\tby mx.example.net (Postfix 3.7.11) with ESMTPS id 4QxYz1\r\n"
      "\tfor <user@example.org>; Tue, 10 Dec 2024 10:21:33 +0100 (CET)\r\n"
      "X-Mailer: Example Mailer v2.4.1-beta build 4.16.55.1\r\n";
  const std::string_view tail =
      "<user@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\r\n"
      "    <user@example.org>: Recipient address rejected: no such user\r\n"
      "    (in reply to RCPT TO command)\r\n\r\n"
      "Reporting-MTA: dns; mx.example.net\r\n"
      "Final-Recipient: rfc822; user@example.org\r\n"
      "Action: failed\r\n"
      "Status: 5.0.0\r\n"
      "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n";
  std::string s{head};
  while (s.size() + filler.size() + tail.size() <= 4096) s += filler;
  s += tail;
  while (s.size() < 4096) s += ' ';
  return s;
}

void search_find_all_4k(benchmark::State& state) {
  const std::string body = bounce_body();
  const std::string_view text = body;
  std::size_t found = 0;
  for (auto _ : state) {
    for (const auto& m : smtp_status::find_codes(text)) {
      benchmark::DoNotOptimize(m);
      ++found;
    }
  }
  state.counters["codes_per_body"] = benchmark::Counter(
      static_cast<double>(found) / static_cast<double>(state.iterations()));
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(search_find_all_4k);

void search_most_specific_4k(benchmark::State& state) {
  const std::string body = bounce_body();
  const std::string_view text = body;
  for (auto _ : state) {
    auto m = smtp_status::find_most_specific_code(text);
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(search_most_specific_4k);

// One line of Exim markers ("SMTP error from remote mail server after")
// with no colon to end a command, state.range(0) octets long: the search
// looks for that colon after every marker, so its time per octet shows
// whether the line is read once or once per marker.
void search_quoted_exim_markers_line(benchmark::State& state) {
  constexpr std::string_view marker =
      "SMTP error from remote mail server after ";
  const auto size = static_cast<std::size_t>(state.range(0));
  std::string line;
  while (line.size() + marker.size() <= size) line += marker;
  line.resize(size, ' ');
  const std::string_view text = line;
  std::size_t found = 0;
  for (auto _ : state) {
    for (const auto& q : smtp_status::find_quoted_replies(text)) {
      benchmark::DoNotOptimize(q);
      ++found;
    }
  }
  state.counters["replies"] = benchmark::Counter(static_cast<double>(found));
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(search_quoted_exim_markers_line)
    ->Arg(64 << 10)
    ->Arg(1 << 20)
    ->Unit(benchmark::kMicrosecond);

}  // namespace
