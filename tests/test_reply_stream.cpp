// SPDX-License-Identifier: BSL-1.0
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "smtp_status/reply.hpp"

using smtp_status::input_state;
using smtp_status::parse_reply;
using smtp_status::read_reply;
using smtp_status::read_status;
using smtp_status::reply_error;
using smtp_status::reply_mode;
using smtp_status::reply_reader;

namespace {

constexpr std::string_view session =
    "220 mx.example.org ESMTP\r\n"
    "250-mx.example.org\r\n"
    "250-PIPELINING\r\n"
    "250 ENHANCEDSTATUSCODES\r\n"
    "250 2.1.0 Sender ok\r\n"
    "550-5.1.1 No such\r\n"
    "550 5.1.1 user\r\n"
    "354 Go ahead\r\n"
    "250 2.0.0 Queued as 1234\r\n"
    "221 2.0.0 Bye\r\n";

// What a reader makes of a reply, for comparing readings.
struct summary {
  unsigned code;
  std::size_t lines;
  std::string status;
  reply_error error;
  std::size_t offset;
  bool operator==(const summary& o) const {
    return code == o.code && lines == o.lines && status == o.status &&
           error == o.error && offset == o.offset;
  }
};

template <std::size_t N>
summary summarize(const smtp_status::basic_parsed_reply<N>& r,
                  std::size_t base) {
  std::string s;
  if (r.written_status) {
    s = std::string(smtp_status::to_code_string(*r.written_status).view());
  }
  return {r.ok() ? r.code.number() : 0, r.line_count, s, r.error,
          base + r.offset};
}

std::vector<summary> read_all(std::string_view text,
                              smtp_status::reply_options o = {}) {
  std::vector<summary> out;
  for (const auto& r : reply_reader{text, o}) out.push_back(summarize(r, 0));
  return out;
}

// Feeds `text` in pieces of `piece` octets into a buffer the caller owns.
std::vector<summary> read_in_pieces(std::string_view text, std::size_t piece,
                                    smtp_status::reply_options o = {}) {
  std::vector<summary> out;
  std::string buffer;
  std::size_t dropped = 0;
  std::size_t fed = 0;
  for (;;) {
    const bool all_in = fed == text.size();
    const auto r = read_reply(
        buffer, o, all_in ? input_state::complete : input_state::partial);
    if (r.status == read_status::complete) {
      out.push_back(summarize(r.reply, dropped));
      buffer.erase(0, r.consumed);
      dropped += r.consumed;
      continue;
    }
    if (r.status == read_status::end_of_input) break;
    REQUIRE(!all_in);
    const std::size_t n = std::min(piece, text.size() - fed);
    buffer.append(text.substr(fed, n));
    fed += n;
  }
  return out;
}

constexpr std::size_t count_replies(std::string_view text) {
  std::size_t n = 0;
  for (const auto& r : smtp_status::basic_reply_reader<2>{text}) {
    n += r.ok() ? 1 : 0;
  }
  return n;
}

}  // namespace

static_assert(count_replies(session) == 7);
static_assert(count_replies("") == 0);
static_assert(read_reply("250-a\r\n", {}, input_state::partial).status ==
              read_status::need_more);

TEST_CASE("reply stream: reads a session's replies one at a time") {
  reply_reader rd{session};
  const auto greeting = rd.next();
  REQUIRE(greeting);
  CHECK(greeting->code.number() == 220);
  CHECK(rd.position() == 26);
  const auto ehlo = rd.next();
  REQUIRE(ehlo);
  CHECK(ehlo->line_count == 3);
  CHECK(ehlo->offset == 26);
  CHECK(ehlo->stored_lines[2].text == "ENHANCEDSTATUSCODES");
  std::size_t n = 2;
  while (const auto r = rd.next()) {
    CHECK(r->ok());
    ++n;
  }
  CHECK(n == 7);
  CHECK(rd.position() == session.size());
  CHECK(!rd.next());
}

TEST_CASE("reply stream: positions are offsets in the whole input") {
  const auto all = read_all(session);
  REQUIRE(all.size() == 7);
  CHECK(all[3].offset == session.find("550-"));
  CHECK(all[3].status == "5.1.1");
  CHECK(all[3].lines == 2);
  CHECK(all[4].code == 354);
  CHECK(all[6].code == 221);
}

TEST_CASE("reply stream: a blank line or a command is an error, then on") {
  const std::string_view text =
      "220 ready\r\n\r\nEHLO client.example.net\r\n250 hello\r\n";
  reply_reader rd{text};
  CHECK(rd.next()->ok());
  const auto blank = rd.next();
  CHECK(blank->error == reply_error::empty_line);
  CHECK(blank->position == 11);
  const auto command = rd.next();
  CHECK(command->error == reply_error::not_a_reply_code);
  CHECK(command->position == 13);
  CHECK(command->size == 25);
  const auto hello = rd.next();
  CHECK(hello->ok());
  CHECK(hello->code.number() == 250);
  CHECK(!rd.next());
}

TEST_CASE("reply stream: a fault inside a reply skips up to the bad line") {
  const auto all =
      read_all("250-one\r\n250two\r\n250 three\r\n221 2.0.0 bye\r\n");
  REQUIRE(all.size() == 3);
  CHECK(all[0].error == reply_error::bad_separator);
  CHECK(all[1].code == 250);
  CHECK(all[1].offset == 17);
  CHECK(all[2].code == 221);
}

TEST_CASE("reply stream: a reply cut at the end of the input is incomplete") {
  const auto all = read_all("250 ok\r\n250-more\r\n");
  REQUIRE(all.size() == 2);
  CHECK(all[1].error == reply_error::incomplete);
}

TEST_CASE("reply stream: partial input asks for more until the LF arrives") {
  CHECK(read_reply("", {}, input_state::partial).status ==
        read_status::need_more);
  CHECK(read_reply("", {}).status == read_status::end_of_input);
  CHECK(read_reply("25", {}, input_state::partial).status ==
        read_status::need_more);
  CHECK(read_reply("250 ok\r", {}, input_state::partial).status ==
        read_status::need_more);
  CHECK(read_reply("250-a\r\n250 b", {}, input_state::partial).status ==
        read_status::need_more);
  const auto done =
      read_reply("250-a\r\n250 b\r\n221", {}, input_state::partial);
  CHECK(done.status == read_status::complete);
  CHECK(done.consumed == 14);
  CHECK(done.reply.line_count == 2);
  const auto rest = read_reply("250 b", {}, input_state::complete);
  CHECK(rest.status == read_status::complete);
  CHECK(rest.reply.ok());
}

TEST_CASE("reply stream: pieces of any size read the same as the whole") {
  const std::string text =
      std::string(session) + "garbage\n250-x\r\n\r\n550 #5.1.0 no\r\n250-cut";
  for (const auto mode : {reply_mode::strict, reply_mode::tolerant}) {
    const smtp_status::reply_options o{mode};
    const auto whole = read_all(text, o);
    CHECK(whole.size() == 11);
    for (std::size_t piece = 1; piece != 40; ++piece) {
      CHECK(read_in_pieces(text, piece, o) == whole);
    }
  }
}

TEST_CASE("reply stream: tolerant mode reads each of several faulty replies") {
  const auto all =
      read_all("250 2.0.0: Ok\r\n250 2.0.0: Accepted\r\n221 2.0.0: Bye\r\n",
               {reply_mode::tolerant});
  REQUIRE(all.size() == 3);
  for (const auto& s : all) {
    CHECK(s.error == reply_error::none);
    CHECK(s.status == "2.0.0");
  }
}

TEST_CASE("reply stream: a thousand replies are read one after another") {
  std::string text;
  for (int i = 0; i != 1000; ++i) {
    text +=
        "250-2.1.5 first of " + std::to_string(i) + "\r\n250 2.1.5 second\r\n";
  }
  std::size_t n = 0;
  for (const auto& r : reply_reader{text}) {
    CHECK(r.ok());
    CHECK(r.stored_lines[0].text == "first of " + std::to_string(n));
    ++n;
  }
  CHECK(n == 1000);
}

TEST_CASE("reply stream: random octets keep every invariant of the reader") {
  // A fixed linear congruential generator, so failures repeat.
  std::uint32_t seed = 12345;
  const auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
  };
  // Sized from the array, so the NUL inside counts and nothing past it.
  static constexpr char octets[] = "0123455552.-# \r\n\t:;,()xX\\a\0\xc3\xff";
  const std::string_view alphabet(octets, sizeof octets - 1);
  const std::string_view pieces[] = {"250-",        "550 5.1.1 ", "\r\n",
                                     "214 2.0.0: ", "550-5.1.1 ", "\r\n "};
  for (int round = 0; round != 20000; ++round) {
    std::string text;
    const std::uint32_t length = next() % 48;
    for (std::uint32_t i = 0; i != length; ++i) {
      if (next() % 4 == 0) {
        text += pieces[next() % 6];
      } else {
        text += alphabet[next() % alphabet.size()];
      }
    }
    for (const auto mode : {reply_mode::strict, reply_mode::tolerant}) {
      const smtp_status::reply_options o{mode};
      const auto whole = parse_reply<2>(text, o);
      if (whole.ok()) {
        std::size_t n = 0;
        for (const auto& l : whole.lines()) n += l.offset < text.size() ? 1 : 0;
        REQUIRE(n == whole.line_count);
        if (whole.status()) {
          REQUIRE(whole.status()->cls() == whole.code.status_class_of());
        }
      }
      std::size_t total = 0;
      smtp_status::basic_reply_reader<2> rd{text, o};
      while (const auto r = rd.next()) {
        REQUIRE(r->size > 0);
        REQUIRE(r->offset == total);
        total += r->size;
      }
      REQUIRE(total == text.size());
    }
  }
}
