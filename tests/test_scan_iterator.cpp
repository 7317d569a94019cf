// SPDX-License-Identifier: BSL-1.0
#include "smtp_status/detail/scan_iterator.hpp"

#include <catch2/catch.hpp>

#include <iterator>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "smtp_status/smtp_status.hpp"

namespace {

// Reads the numbers from..to-1, one at a time.
struct counter {
  using value_type = int;
  int at = 0;
  int to = 0;
  constexpr bool next(int& out) noexcept {
    if (at == to) return false;
    out = at++;
    return true;
  }
  [[nodiscard]] constexpr int position() const noexcept { return at; }
};

using counting = smtp_status::detail::scan_iterator<counter>;

constexpr int sum(int from, int to) {
  int total = 0;
  for (counting it{counter{from, to}}; it != counting{}; ++it) total += *it;
  return total;
}

// The standard's traits need every one of the five member types; these
// iterators name no category, so C++17's traits are empty for them.
template <class It, class = void>
struct has_category : std::false_type {};
template <class It>
struct has_category<
    It, std::void_t<typename std::iterator_traits<It>::iterator_category>>
    : std::true_type {};

}  // namespace

TEST_CASE(
    "scan_iterator walks what its scanner reads, in constant "
    "evaluation too",
    "[scan_iterator]") {
  static_assert(sum(1, 5) == 1 + 2 + 3 + 4);
  static_assert(sum(3, 3) == 0);
  std::vector<int> seen;
  for (counting it{counter{0, 3}}; it != counting{}; ++it) seen.push_back(*it);
  CHECK(seen == std::vector<int>{0, 1, 2});
}

TEST_CASE("scan_iterator: an empty scan starts at the end iterator",
          "[scan_iterator]") {
  CHECK(counting{counter{7, 7}} == counting{});
  CHECK_FALSE(counting{counter{7, 8}} == counting{});
}

TEST_CASE(
    "scan_iterator: post-increment returns the old position and "
    "copies advance on their own",
    "[scan_iterator]") {
  counting a{counter{0, 4}};
  const counting old = a++;
  CHECK(*old == 0);
  CHECK(*a == 1);
  counting b = a;
  ++b;
  CHECK(*a == 1);
  CHECK(*b == 2);
  CHECK(a != b);
  ++a;
  CHECK(a == b);
}

TEST_CASE(
    "The ranges' iterators behave the same way: copies replay the "
    "same elements",
    "[scan_iterator]") {
  constexpr std::string_view body =
      "Remote said: 550 5.1.1 No such user; later 451 4.7.1 Try again";
  const auto range = smtp_status::find_codes(body);
  auto first = range.begin();
  auto second = first;
  REQUIRE(first != range.end());
  CHECK(first->code == smtp_status::parse("5.1.1").code);
  ++first;
  REQUIRE(first != range.end());
  CHECK(first->code == smtp_status::parse("4.7.1").code);
  CHECK(second->code == smtp_status::parse("5.1.1").code);
  ++first;
  CHECK(first == range.end());
}

TEST_CASE(
    "Iterator traits: no category in C++17, forward iterators in "
    "C++20",
    "[scan_iterator]") {
  using ranges = std::tuple<smtp_status::dsn_field_range::iterator,
                            smtp_status::reply_line_range::iterator,
                            smtp_status::reply_reader::iterator,
                            smtp_status::code_match_range::iterator,
                            smtp_status::quoted_reply_range::iterator>;
  [[maybe_unused]] auto check = [](auto... its) {
#if defined(__cpp_lib_concepts)
    static_assert((std::forward_iterator<decltype(its)> && ...));
#else
    static_assert(((!has_category<decltype(its)>::value) && ...));
#endif
    return sizeof...(its);
  };
  CHECK(std::apply(check, ranges{}) == 5);
}
