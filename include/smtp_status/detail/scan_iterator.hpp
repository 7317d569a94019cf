// SPDX-License-Identifier: BSL-1.0
// smtp_status: the single-pass iterator shared by the ranges over reply
// lines, replies, DSN fields and matches in free text.

#ifndef SMTP_STATUS_DETAIL_SCAN_ITERATOR_HPP_INCLUDED
#define SMTP_STATUS_DETAIL_SCAN_ITERATOR_HPP_INCLUDED

#include <cstddef>

namespace smtp_status::detail {

/// A single-pass iterator, for range-for, over what a `Scanner` reads one
/// element at a time. The scanner names its `value_type`, reads the next
/// element with `constexpr bool next(value_type&) noexcept` (false at the
/// end) and tells where it is with `position()`, which two iterators
/// compare until they reach the end. A default-constructed iterator is the
/// end iterator.
template <class Scanner>
class scan_iterator {
 public:
  using value_type = typename Scanner::value_type;
  using difference_type = std::ptrdiff_t;
  using pointer = const value_type*;
  using reference = const value_type&;

  /// The end iterator.
  constexpr scan_iterator() noexcept = default;
  /// At the first element `scanner` reads, or the end if there is none.
  constexpr explicit scan_iterator(const Scanner& scanner) noexcept
      : scanner_{scanner}, done_{false} {
    ++*this;
  }

  [[nodiscard]] constexpr reference operator*() const noexcept {
    return current_;
  }
  [[nodiscard]] constexpr pointer operator->() const noexcept {
    return &current_;
  }
  constexpr scan_iterator& operator++() noexcept {
    done_ = !scanner_.next(current_);
    return *this;
  }
  constexpr scan_iterator operator++(int) noexcept {
    scan_iterator old = *this;
    ++*this;
    return old;
  }
  friend constexpr bool operator==(const scan_iterator& a,
                                   const scan_iterator& b) noexcept {
    return a.done_ == b.done_ &&
           (a.done_ || a.scanner_.position() == b.scanner_.position());
  }
  friend constexpr bool operator!=(const scan_iterator& a,
                                   const scan_iterator& b) noexcept {
    return !(a == b);
  }

 private:
  Scanner scanner_{};
  value_type current_{};
  bool done_ = true;
};

}  // namespace smtp_status::detail

#endif  // SMTP_STATUS_DETAIL_SCAN_ITERATOR_HPP_INCLUDED
