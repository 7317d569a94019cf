// SPDX-License-Identifier: BSL-1.0
// smtp_status: registries as values. IANA's current edition (the 2008-09-05
// one is opt-in, in registry_2008.hpp), registries of a user's own codes, and
// layers of registries consulted in order, all usable in constant
// expressions without virtual calls.

#ifndef SMTP_STATUS_REGISTRY_HPP_INCLUDED
#define SMTP_STATUS_REGISTRY_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "smtp_status/generated/iana_2024_12_06.hpp"
#include "smtp_status/registry_types.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// A record found in a registry, with the name of the registry that holds
/// it; empty when nothing was found.
struct registry_match {
  const registry_entry* entry = nullptr;  ///< The record, or null.
  std::string_view registry;  ///< The name of the registry holding it.

  /// Tells whether a record was found.
  [[nodiscard]] constexpr bool found() const noexcept {
    return entry != nullptr;
  }
  /// Tells whether a record was found.
  [[nodiscard]] constexpr explicit operator bool() const noexcept {
    return found();
  }
  /// The record's summary or sample text, or empty.
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return entry ? entry->text : std::string_view{};
  }
  /// The record's description, or empty.
  [[nodiscard]] constexpr std::string_view description() const noexcept {
    return entry ? entry->description : std::string_view{};
  }
};

/// A registry edition as generated tables, viewed as a lookup source.
///
/// Every registry type offers the same three constexpr queries, which the
/// lookups in lookup.hpp and compat.hpp call: `find_class(c)`,
/// `find_subject(subject)` and `find_code(c, subject, detail)`, each
/// returning a `registry_match`. IANA keys enumerated codes by subject and
/// detail alone, so this view ignores the class in `find_code`.
class table_registry {
 public:
  /// Views `table`, which must outlive the view (the generated tables are
  /// static, so they always do).
  constexpr table_registry(const registry_table& table) noexcept
      : table_{&table} {}

  /// The edition's name, such as "IANA 2024-12-06".
  [[nodiscard]] constexpr std::string_view name() const noexcept {
    return table_->metadata.name;
  }
  /// The tables viewed.
  [[nodiscard]] constexpr const registry_table& table() const noexcept {
    return *table_;
  }

  /// The class record for `c`.
  [[nodiscard]] constexpr registry_match find_class(
      status_class c) const noexcept {
    return wrap(table_->find_class(c));
  }
  /// The subject record X.`subject`.YYY.
  [[nodiscard]] constexpr registry_match find_subject(
      unsigned subject) const noexcept {
    return wrap(table_->find_subject(subject));
  }
  /// The enumerated record X.`subject`.`detail`, whatever the class.
  [[nodiscard]] constexpr registry_match find_code(
      status_class, unsigned subject, unsigned detail) const noexcept {
    return wrap(table_->find_code(subject, detail));
  }

 private:
  constexpr registry_match wrap(const registry_entry* e) const noexcept {
    return e ? registry_match{e, name()} : registry_match{};
  }
  const registry_table* table_;
};

/// A registry of a user's own codes, such as a provider's 5.7.6xx codes,
/// held by value and searched in order. Build it with `make_user_registry`.
///
/// An enumerated record whose `class_digit` is 2, 4 or 5 answers for that
/// class only; one whose `class_digit` is 0 answers for every class. When
/// both exist, the one for the class wins.
template <std::size_t N>
class user_registry {
 public:
  /// A registry named `name` holding `entries`.
  constexpr user_registry(std::string_view name,
                          const std::array<registry_entry, N>& entries) noexcept
      : name_{name}, entries_{entries} {}

  /// The registry's name, as given.
  [[nodiscard]] constexpr std::string_view name() const noexcept {
    return name_;
  }
  /// The records, in the order given.
  [[nodiscard]] constexpr const std::array<registry_entry, N>& entries()
      const noexcept {
    return entries_;
  }

  /// The class record for `c`, if the registry has one.
  [[nodiscard]] constexpr registry_match find_class(
      status_class c) const noexcept {
    for (const registry_entry& e : entries_) {
      if (e.level == entry_level::class_code &&
          e.class_digit == static_cast<unsigned>(c)) {
        return {&e, name_};
      }
    }
    return {};
  }
  /// The subject record X.`subject`.YYY, if the registry has one.
  [[nodiscard]] constexpr registry_match find_subject(
      unsigned subject) const noexcept {
    for (const registry_entry& e : entries_) {
      if (e.level == entry_level::subject_code && e.subject == subject) {
        return {&e, name_};
      }
    }
    return {};
  }
  /// The record for `c`.`subject`.`detail`: one made for class `c` if any,
  /// else one for every class.
  [[nodiscard]] constexpr registry_match find_code(
      status_class c, unsigned subject, unsigned detail) const noexcept {
    const registry_entry* any_class = nullptr;
    for (const registry_entry& e : entries_) {
      if (e.level != entry_level::enumerated_code || e.subject != subject ||
          e.detail != detail) {
        continue;
      }
      if (e.class_digit == static_cast<unsigned>(c)) return {&e, name_};
      if (e.class_digit == 0 && any_class == nullptr) any_class = &e;
    }
    return any_class ? registry_match{any_class, name_} : registry_match{};
  }

 private:
  std::string_view name_;
  std::array<registry_entry, N> entries_;
};

/// A user registry named `name` holding `entries`, consulted in order.
/// ```
/// constexpr auto provider = smtp_status::make_user_registry(
///     "Example provider",
///     {smtp_status::user_code(smtp_status::parse("5.7.606").code,
///                             "Access denied, banned sending IP")});
/// ```
template <std::size_t N>
[[nodiscard]] constexpr user_registry<N> make_user_registry(
    std::string_view name, const registry_entry (&entries)[N]) noexcept {
  std::array<registry_entry, N> a{};
  for (std::size_t i = 0; i != N; ++i) a[i] = entries[i];
  return user_registry<N>{name, a};
}

/// An enumerated record for a user registry that answers for `code`'s class
/// only; its stated use is that class.
[[nodiscard]] constexpr registry_entry user_code(
    status_code code, std::string_view text,
    std::string_view description = {}) noexcept {
  registry_entry e;
  e.level = entry_level::enumerated_code;
  e.class_digit = static_cast<std::uint8_t>(code.class_digit());
  e.subject = static_cast<std::uint16_t>(code.subject());
  e.detail = static_cast<std::uint16_t>(code.detail());
  e.text = text;
  e.description = description;
  e.stated_use = class_set::of(code.cls());
  return e;
}

/// An enumerated record for a user registry that answers for every class,
/// as IANA's records do.
[[nodiscard]] constexpr registry_entry user_code(
    subject_detail code, std::string_view text,
    std::string_view description = {}) noexcept {
  registry_entry e;
  e.level = entry_level::enumerated_code;
  e.subject = static_cast<std::uint16_t>(code.subject());
  e.detail = static_cast<std::uint16_t>(code.detail());
  e.text = text;
  e.description = description;
  return e;
}

/// A subject record X.`subject`.YYY for a user registry.
[[nodiscard]] constexpr registry_entry user_subject(
    unsigned subject, std::string_view summary,
    std::string_view description = {}) noexcept {
  registry_entry e;
  e.level = entry_level::subject_code;
  e.subject = static_cast<std::uint16_t>(subject);
  e.text = summary;
  e.description = description;
  return e;
}

/// `entry` with its associated basic status codes set to the reply codes
/// `replies`, listed in that order, as the registry's field would list them.
/// ```
/// constexpr auto e = smtp_status::with_reply_codes(
///     smtp_status::user_code(smtp_status::parse("5.7.606").code, "Banned"),
///     {550, 554});
/// ```
template <std::size_t N>
[[nodiscard]] constexpr registry_entry with_reply_codes(
    registry_entry entry, const std::uint16_t (&replies)[N]) noexcept {
  static_assert(N <= max_basic_codes, "too many reply codes for one record");
  entry.basic = basic_codes{};
  entry.basic.form = basic_code_form::listed;
  for (std::size_t i = 0; i != N; ++i) entry.basic.codes[i] = replies[i];
  entry.basic.count = static_cast<std::uint8_t>(N);
  return entry;
}

/// The code that replaces `entry`, a deprecated duplicate, in class `c`
/// (X.6.10 in class 4 gives 4.6.8); nothing for a record that is not one.
[[nodiscard]] constexpr std::optional<status_code> replacement_code(
    const registry_entry& entry, status_class c) noexcept {
  if (!entry.deprecated ||
      (entry.duplicate_of_subject == 0 && entry.duplicate_of_detail == 0)) {
    return std::nullopt;
  }
  return status_code::from_parts(c, entry.duplicate_of_subject,
                                 entry.duplicate_of_detail);
}

namespace detail {

template <class R, class = void>
struct is_registry : std::false_type {};

template <class R>
struct is_registry<
    R, std::enable_if_t<
           std::is_same_v<decltype(std::declval<const R&>().find_class(
                              status_class::success)),
                          registry_match> &&
           std::is_same_v<decltype(std::declval<const R&>().find_subject(0u)),
                          registry_match> &&
           std::is_same_v<decltype(std::declval<const R&>().find_code(
                              status_class::success, 0u, 0u)),
                          registry_match>>> : std::true_type {};

// Generated tables are passed as they are and viewed here; every other
// registry type is used in place.
[[nodiscard]] constexpr table_registry as_registry(
    const registry_table& table) noexcept {
  return table_registry{table};
}

template <class R>
[[nodiscard]] constexpr const R& as_registry(const R& registry) noexcept {
  static_assert(smtp_status::detail::is_registry<R>::value,
                "not a registry: needs find_class, find_subject and "
                "find_code returning registry_match");
  return registry;
}

template <class R>
using registry_type_t =
    std::conditional_t<std::is_same<std::decay_t<R>, registry_table>::value,
                       table_registry, std::decay_t<R>>;

}  // namespace detail

/// Tells whether `R` can be given to the lookups: a generated table or a
/// type with the three `find_*` queries.
template <class R>
inline constexpr bool is_registry_v =
    std::is_same<std::decay_t<R>, registry_table>::value ||
    smtp_status::detail::is_registry<std::decay_t<R>>::value;

/// Two registries consulted in order: `Front` first, `Back` where `Front`
/// has no record. Each answer names the registry that gave it.
template <class Front, class Back>
class layered_registry {
 public:
  /// Consults `front`, then `back`.
  constexpr layered_registry(const Front& front, const Back& back) noexcept
      : front_{front}, back_{back} {}

  /// The registry consulted first.
  [[nodiscard]] constexpr const Front& front() const noexcept { return front_; }
  /// The registry consulted where the first has no record.
  [[nodiscard]] constexpr const Back& back() const noexcept { return back_; }

  /// The class record for `c`, from the first registry that has one.
  [[nodiscard]] constexpr registry_match find_class(
      status_class c) const noexcept {
    const registry_match m = front_.find_class(c);
    return m ? m : back_.find_class(c);
  }
  /// The subject record, from the first registry that has one.
  [[nodiscard]] constexpr registry_match find_subject(
      unsigned subject) const noexcept {
    const registry_match m = front_.find_subject(subject);
    return m ? m : back_.find_subject(subject);
  }
  /// The enumerated record, from the first registry that has one.
  [[nodiscard]] constexpr registry_match find_code(
      status_class c, unsigned subject, unsigned detail) const noexcept {
    const registry_match m = front_.find_code(c, subject, detail);
    return m ? m : back_.find_code(c, subject, detail);
  }

 private:
  Front front_;
  Back back_;
};

/// The registries `first`, `second` and any further ones, consulted in that
/// order; generated tables may be given as they are.
/// ```
/// constexpr auto reg = smtp_status::layer(
///     provider, smtp_status::registries::current);
/// static_assert(smtp_status::lookup(
///     smtp_status::parse("5.7.606").code, reg).registry() ==
///     "Example provider");
/// ```
template <class First, class Second, class... Rest>
[[nodiscard]] constexpr auto layer(const First& first, const Second& second,
                                   const Rest&... rest) noexcept {
  static_assert(is_registry_v<First> && is_registry_v<Second> &&
                    (is_registry_v<Rest> && ...),
                "layer takes registries");
  using front_type = smtp_status::detail::registry_type_t<First>;
  if constexpr (sizeof...(Rest) == 0) {
    return layered_registry<front_type,
                            smtp_status::detail::registry_type_t<Second>>{
        front_type{first}, second};
  } else {
    auto back = smtp_status::layer(second, rest...);
    return layered_registry<front_type, decltype(back)>{front_type{first},
                                                        back};
  }
}

/// The IANA editions as registries, and the one lookups use by default.
/// The 2008-09-05 edition, `registries::iana_2008_09_05`, is in
/// registry_2008.hpp.
namespace registries {

/// IANA's registry as updated on 2024-12-06: 81 enumerated codes.
inline constexpr table_registry iana_2024_12_06{
    smtp_status::tables::iana_2024_12_06};

/// The edition lookups use when given no registry: the newest.
inline constexpr table_registry current = iana_2024_12_06;

}  // namespace registries

/// The type of `registries::current`, the registry lookups default to.
using default_registry = table_registry;

}  // namespace smtp_status

#endif  // SMTP_STATUS_REGISTRY_HPP_INCLUDED
