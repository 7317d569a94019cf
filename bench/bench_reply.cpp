// SPDX-License-Identifier: BSL-1.0
// Benchmarks: reading a one-line and a ten-line reply, and writing a reply
// and DSN fields into a buffer.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "smtp_status/dsn.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/writer.hpp"

namespace {

const std::string one_line = "550 5.1.1 <user@example.org>: no such user\r\n";

std::string ten_lines() {
  std::string s;
  for (int i = 0; i != 10; ++i) {
    s += i == 9 ? "550 " : "550-";
    s += "5.7.1 The message was refused by the policy of this domain, line ";
    s += std::to_string(i);
    s += "\r\n";
  }
  return s;
}

void reply_parse_one_line(benchmark::State& state) {
  const std::string_view text = one_line;
  for (auto _ : state) {
    auto r = smtp_status::parse_reply(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(reply_parse_one_line);

void reply_parse_ten_lines(benchmark::State& state) {
  const std::string s = ten_lines();
  const std::string_view text = s;
  for (auto _ : state) {
    auto r = smtp_status::parse_reply(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(reply_parse_ten_lines);

void reply_parse_ten_lines_tolerant(benchmark::State& state) {
  const std::string s = ten_lines();
  const std::string_view text = s;
  for (auto _ : state) {
    auto r =
        smtp_status::parse_reply(text, {smtp_status::reply_mode::tolerant});
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(reply_parse_ten_lines_tolerant);

void dsn_parse_block(benchmark::State& state) {
  const std::string_view text =
      "Final-Recipient: rfc822; user@example.org\r\n"
      "Action: failed\r\n"
      "Status: 5.1.1\r\n"
      "Diagnostic-Code: smtp; 550 5.1.1 <user@example.org>: no such user\r\n";
  for (auto _ : state) {
    auto r = smtp_status::parse_dsn_recipient(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(dsn_parse_block);

void reply_write(benchmark::State& state) {
  const auto code = *smtp_status::reply_code::from_number(550);
  const auto status = smtp_status::parse("5.1.1").code;
  char buf[1024];
  for (auto _ : state) {
    auto r = smtp_status::write_reply(buf, buf + sizeof buf, code, status,
                                      "<user@example.org>: no such user");
    benchmark::DoNotOptimize(r);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(reply_write);

void reply_write_ten_lines(benchmark::State& state) {
  const auto code = *smtp_status::reply_code::from_number(550);
  const auto status = smtp_status::parse("5.7.1").code;
  std::string text;
  for (int i = 0; i != 10; ++i) {
    text += "The message was refused by the policy of this domain, line ";
    text += std::to_string(i);
    text += "\n";
  }
  char buf[2048];
  for (auto _ : state) {
    auto r =
        smtp_status::write_reply(buf, buf + sizeof buf, code, status, text);
    benchmark::DoNotOptimize(r);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(reply_write_ten_lines);

// A text of `state.range(0)` octets and no line break, cut into lines of
// 512 octets: the time per octet stays the same from 64 KB to 1 MB.
void reply_write_long_line(benchmark::State& state) {
  const auto code = *smtp_status::reply_code::from_number(550);
  const auto status = smtp_status::parse("5.1.1").code;
  const std::string text(static_cast<std::size_t>(state.range(0)), 'a');
  std::string out;
  for (auto _ : state) {
    out.clear();
    auto r = smtp_status::append_reply(out, code, status, text);
    benchmark::DoNotOptimize(r);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(reply_write_long_line)->Arg(64 << 10)->Arg(1 << 20);

void dsn_write_fields(benchmark::State& state) {
  smtp_status::dsn_fields f{smtp_status::parse("5.1.1").code};
  f.diagnostic_reply = smtp_status::reply_code::from_number(550);
  f.diagnostic_status = f.status;
  f.diagnostic_text = "<user@example.org>: no such user";
  char buf[1024];
  for (auto _ : state) {
    auto r = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
    benchmark::DoNotOptimize(r);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(dsn_write_fields);

}  // namespace
