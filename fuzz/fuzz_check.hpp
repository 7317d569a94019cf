// SPDX-License-Identifier: BSL-1.0
// smtp_status fuzzing: the invariant check shared by the fuzz targets. A
// broken invariant prints where and aborts, which libFuzzer reports as a
// crash and the replay tests as a failure.

#ifndef SMTP_STATUS_FUZZ_FUZZ_CHECK_HPP_INCLUDED
#define SMTP_STATUS_FUZZ_FUZZ_CHECK_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Always on, whatever NDEBUG says.
#define SMTP_STATUS_FUZZ_CHECK(cond)                                  \
  do {                                                                \
    if (!(cond)) {                                                    \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, \
                   __LINE__, #cond);                                  \
      std::abort();                                                   \
    }                                                                 \
  } while (false)

namespace smtp_status_fuzz {

/// The fuzzer's bytes as text.
inline std::string_view as_text(const std::uint8_t* data,
                                std::size_t size) noexcept {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace smtp_status_fuzz

#endif  // SMTP_STATUS_FUZZ_FUZZ_CHECK_HPP_INCLUDED
