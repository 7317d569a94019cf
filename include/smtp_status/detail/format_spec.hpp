// SPDX-License-Identifier: BSL-1.0
// smtp_status: the format specification shared by the fmt and std::format
// integrations, [[fill]align][width][type], parsed in constant expressions.

#ifndef SMTP_STATUS_DETAIL_FORMAT_SPEC_HPP_INCLUDED
#define SMTP_STATUS_DETAIL_FORMAT_SPEC_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smtp_status::detail {

/// Where padding goes around a formatted value.
enum class format_align : std::uint8_t { none, left, right, center };

/// The widest width a specification may ask for.
inline constexpr std::size_t max_format_width = 0xffff;

/// What a format specification asks for: fill, alignment, width and whether
/// the long form (code and registry text) is wanted.
template <typename Char>
struct format_spec {
  Char fill[4] = {Char(' '), Char(), Char(), Char()};
  std::uint8_t fill_size = 1;  ///< Code units in `fill`: one code point.
  format_align align = format_align::none;
  std::size_t width = 0;
  bool long_form = false;
};

/// Where parsing stopped, and why the specification is invalid, if it is.
template <typename It>
struct format_spec_result {
  It end;             ///< At the closing brace, or at the error.
  const char* error;  ///< A sentence for the format error, or null.
};

/// The number of code units of the code point that starts with `c`: UTF-8
/// for one-byte characters, UTF-16 for two-byte ones, else one.
template <typename Char>
[[nodiscard]] constexpr std::size_t code_point_units(Char c) noexcept {
  if constexpr (sizeof(Char) == 1) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xf0 && b <= 0xf7) return 4;
    if (b >= 0xe0) return b <= 0xef ? 3 : 1;
    if (b >= 0xc0) return 2;
    return 1;
  } else if constexpr (sizeof(Char) == 2) {
    const auto u = static_cast<std::uint16_t>(c);
    return u >= 0xd800 && u <= 0xdbff ? 2 : 1;
  } else {
    return 1;
  }
}

[[nodiscard]] constexpr format_align to_align(char c) noexcept {
  switch (c) {
    case '<':
      return format_align::left;
    case '>':
      return format_align::right;
    case '^':
      return format_align::center;
    default:
      return format_align::none;
  }
}

template <typename Char>
[[nodiscard]] constexpr char narrow(Char c) noexcept {
  // Every character the grammar names is ASCII; anything else maps to a
  // value that matches none of them.
  const auto u = static_cast<std::uint32_t>(c);
  return u < 0x80 ? static_cast<char>(u) : '\x7f';
}

/// Parses `[[fill]align][width][type]` from `first` up to the closing brace;
/// `type` is empty or `s` (the code), or `l` (code and registry text) when
/// `allow_long`.
template <typename It, typename Char>
[[nodiscard]] constexpr format_spec_result<It> parse_format_spec(
    It first, It last, format_spec<Char>& spec, bool allow_long) noexcept {
  auto fail = [&](const char* why) {
    return format_spec_result<It>{first, why};
  };
  if (first == last || detail::narrow(*first) == '}') return {first, nullptr};

  // A fill is one code point, recognised by the alignment after it.
  const std::size_t n = detail::code_point_units(*first);
  if (static_cast<std::size_t>(last - first) > n &&
      detail::to_align(detail::narrow(first[static_cast<std::ptrdiff_t>(n)])) !=
          format_align::none) {
    if (detail::narrow(*first) == '{' || detail::narrow(*first) == '}') {
      return fail("'{' and '}' cannot be fill characters");
    }
    for (std::size_t i = 0; i != n; ++i) spec.fill[i] = *first++;
    spec.fill_size = static_cast<std::uint8_t>(n);
    spec.align = detail::to_align(detail::narrow(*first++));
  } else if (detail::to_align(detail::narrow(*first)) != format_align::none) {
    spec.align = detail::to_align(detail::narrow(*first++));
  }
  if (first == last) return {first, nullptr};

  switch (detail::narrow(*first)) {
    case '+':
    case '-':
    case ' ':
      return fail("a sign is not allowed for an SMTP code");
    case '#':
      return fail("'#' is not allowed for an SMTP code");
    case '0':
      return fail("zero padding is not allowed for an SMTP code");
    default:
      break;
  }
  while (first != last && detail::narrow(*first) >= '0' &&
         detail::narrow(*first) <= '9') {
    spec.width = spec.width * 10 +
                 static_cast<std::size_t>(detail::narrow(*first) - '0');
    if (spec.width > max_format_width) return fail("width is too large");
    ++first;
  }
  if (first == last) return {first, nullptr};
  switch (detail::narrow(*first)) {
    case '{':
      return fail("a dynamic width is not supported for an SMTP code");
    case '.':
      return fail("a precision is not allowed for an SMTP code");
    case 'L':
      return fail("'L' is not allowed for an SMTP code");
    case 's':
      ++first;
      break;
    case 'l':
      if (!allow_long) {
        return fail("unknown presentation type for a reply code (use 's')");
      }
      spec.long_form = true;
      ++first;
      break;
    default:
      break;
  }
  if (first != last && detail::narrow(*first) != '}') {
    return fail(allow_long ? "unknown presentation type for a status code "
                             "(use 's' or 'l')"
                           : "unknown presentation type for a reply code "
                             "(use 's')");
  }
  return {first, nullptr};
}

/// Writes `pieces` one after the other, padded as `spec` says; without an
/// alignment the text goes left, as strings do.
template <typename Char, typename OutputIt, std::size_t N>
constexpr OutputIt write_padded(OutputIt out, const format_spec<Char>& spec,
                                const std::string_view (&pieces)[N]) {
  std::size_t size = 0;
  for (const std::string_view p : pieces) size += p.size();
  const std::size_t pad = spec.width > size ? spec.width - size : 0;
  std::size_t before = 0;
  if (spec.align == format_align::right) before = pad;
  if (spec.align == format_align::center) before = pad / 2;
  const auto fill = [&](std::size_t count) {
    for (; count != 0; --count) {
      for (std::size_t i = 0; i != spec.fill_size; ++i) *out++ = spec.fill[i];
    }
  };
  fill(before);
  for (const std::string_view p : pieces) {
    for (const char c : p) *out++ = static_cast<Char>(c);
  }
  fill(pad - before);
  return out;
}

}  // namespace smtp_status::detail

#endif  // SMTP_STATUS_DETAIL_FORMAT_SPEC_HPP_INCLUDED
