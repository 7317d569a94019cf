// SPDX-License-Identifier: BSL-1.0
// Fuzz target: reply_reader over a transcript, and read_reply() fed the
// same transcript in pieces of sizes taken from the input, must read the
// same replies, consume every octet and always make progress.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "smtp_status/reply.hpp"

namespace {

using smtp_status::input_state;
using smtp_status::read_status;
using smtp_status::reply_mode;
using smtp_status::reply_options;

struct summary {
  unsigned code;
  std::size_t lines;
  std::uint32_t status;  // packed, or 0 for none
  smtp_status::reply_error error;
  std::uint32_t flags;
  std::size_t offset;
  std::size_t size;
  bool operator==(const summary& o) const {
    return code == o.code && lines == o.lines && status == o.status &&
           error == o.error && flags == o.flags && offset == o.offset &&
           size == o.size;
  }
};

template <class Reply>
summary summarize(const Reply& r, std::size_t base) {
  return {r.ok() ? r.code.number() : 0u,
          r.line_count,
          r.written_status ? r.written_status->packed() : 0u,
          r.error,
          r.flags.bits(),
          base + r.offset,
          r.size};
}

std::vector<summary> read_whole(std::string_view text, reply_options o) {
  std::vector<summary> out;
  std::size_t expected_offset = 0;
  for (const auto& r : smtp_status::reply_reader{text, o}) {
    // Replies follow each other with nothing skipped, and never stall.
    SMTP_STATUS_FUZZ_CHECK(r.offset == expected_offset);
    SMTP_STATUS_FUZZ_CHECK(r.size > 0);
    SMTP_STATUS_FUZZ_CHECK(out.size() <= text.size());
    expected_offset = r.offset + r.size;
    out.push_back(summarize(r, 0));
  }
  SMTP_STATUS_FUZZ_CHECK(expected_offset == text.size());

  // next() reads the same as iteration.
  smtp_status::reply_reader reader{text, o};
  std::size_t i = 0;
  while (const auto r = reader.next()) {
    SMTP_STATUS_FUZZ_CHECK(i < out.size() && summarize(*r, 0) == out[i]);
    ++i;
  }
  SMTP_STATUS_FUZZ_CHECK(i == out.size());
  return out;
}

// Feeds `text` into a buffer in pieces, the sizes cycling through `sizes`.
std::vector<summary> read_in_pieces(std::string_view text,
                                    std::string_view sizes, reply_options o) {
  std::vector<summary> out;
  std::string buffer;
  std::size_t dropped = 0;
  std::size_t fed = 0;
  std::size_t turn = 0;
  for (std::size_t calls = 0;; ++calls) {
    SMTP_STATUS_FUZZ_CHECK(calls <= 4 * text.size() + 4);
    const bool all_in = fed == text.size();
    const auto r = smtp_status::read_reply(
        buffer, o, all_in ? input_state::complete : input_state::partial);
    if (r.status == read_status::complete) {
      SMTP_STATUS_FUZZ_CHECK(r.consumed > 0 && r.consumed <= buffer.size());
      out.push_back(summarize(r.reply, dropped));
      buffer.erase(0, r.consumed);
      dropped += r.consumed;
      continue;
    }
    if (r.status == read_status::end_of_input) {
      SMTP_STATUS_FUZZ_CHECK(all_in && buffer.empty());
      break;
    }
    SMTP_STATUS_FUZZ_CHECK(!all_in);
    std::size_t n = 1;
    if (!sizes.empty())
      n += static_cast<unsigned char>(sizes[turn++ % sizes.size()]);
    if (n > text.size() - fed) n = text.size() - fed;
    buffer.append(text.substr(fed, n));
    fed += n;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  if (size < 2) return 0;
  // First octet: options; second: how many of the next octets are piece
  // sizes; the rest: the transcript.
  const unsigned knobs = data[0];
  const std::size_t n_sizes = data[1] % 8u;
  if (size < 2 + n_sizes) return 0;
  const auto sizes = smtp_status_fuzz::as_text(data + 2, n_sizes);
  const auto text =
      smtp_status_fuzz::as_text(data + 2 + n_sizes, size - 2 - n_sizes);
  reply_options o;
  o.mode = (knobs & 1u) != 0 ? reply_mode::tolerant : reply_mode::strict;
  o.expect_enhanced_codes = (knobs & 2u) != 0;
  if ((knobs & 4u) != 0) o.accept |= smtp_status::reply_flag::bare_lf;

  const auto whole = read_whole(text, o);
  const auto pieces = read_in_pieces(text, sizes, o);
  SMTP_STATUS_FUZZ_CHECK(pieces == whole);
  return 0;
}
