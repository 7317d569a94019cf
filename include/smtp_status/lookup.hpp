// SPDX-License-Identifier: BSL-1.0
// smtp_status: what a code means, by RFC 3463's reporting rule: the
// enumerated record when there is one, else the subject, else the class.

#ifndef SMTP_STATUS_LOOKUP_HPP_INCLUDED
#define SMTP_STATUS_LOOKUP_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "smtp_status/registry.hpp"
#include "smtp_status/registry_types.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// Where some text stands with respect to a registry.
enum class registration : std::uint8_t {
  registered,    ///< A code the registry enumerates, such as 5.1.1.
  unregistered,  ///< A well-formed code it does not, such as 5.7.606.
  invalid,       ///< Not a code at all; the parse error says why.
};

/// A short English name of the registration, such as "registered".
[[nodiscard]] constexpr std::string_view to_string_view(
    registration r) noexcept {
  switch (r) {
    case registration::registered:
      return "registered";
    case registration::unregistered:
      return "well formed but unregistered";
    case registration::invalid:
      return "invalid";
  }
  return "unknown registration";
}

/// The most specific level at which a registry knew a code.
enum class match_level : std::uint8_t {
  none,             ///< Not even the class (only with a partial registry).
  class_code,       ///< Only the class: 5.9.1 is "Permanent Failure".
  subject_code,     ///< The subject: 5.7.606 is "Security or Policy Status".
  enumerated_code,  ///< The code itself: 5.1.1.
};

/// A short English name of the level, such as "subject".
[[nodiscard]] constexpr std::string_view to_string_view(
    match_level m) noexcept {
  switch (m) {
    case match_level::none:
      return "none";
    case match_level::class_code:
      return "class";
    case match_level::subject_code:
      return "subject";
    case match_level::enumerated_code:
      return "enumerated code";
  }
  return "unknown level";
}

/// What a registry says about a code, at every level it knows.
///
/// RFC 3463 section 3 has a client report the class even where it does not
/// know the subject, and the subject even where it does not know the
/// detail; `level` and `text()` follow that rule. For a detail the
/// registry does not enumerate, `undefined_detail_match` holds the
/// subject's X.s.0 record ("Other or undefined security status" for 5.7.133),
/// the registry's own text for a detail it does not define.
struct lookup_result {
  status_code code;  ///< The code looked up; meaningful unless invalid.
  registration status = registration::invalid;
  match_level level = match_level::none;  ///< The most specific match.
  registry_match class_match;             ///< The class record.
  registry_match subject_match;  ///< The subject record, if registered.
  registry_match code_match;     ///< The enumerated record, if registered.
  /// For a deprecated duplicate, the record of the code to use instead.
  registry_match replacement_match;
  /// For an unregistered code X.s.d with d not 0, the enumerated X.s.0
  /// record ("other or undefined" status of the subject), if the registry
  /// has one; never set for a registered code.
  registry_match undefined_detail_match;
  parse_error error = parse_error::none;  ///< Why the text is not a code.
  std::size_t position = 0;               ///< Where the parse error is.
  bool leading_zeros = false;  ///< Lenient parsing skipped a leading zero.

  /// Tells whether the looked-up text is a code (registered or not).
  [[nodiscard]] constexpr bool ok() const noexcept {
    return status != registration::invalid;
  }
  /// Tells whether the registry enumerates the code.
  [[nodiscard]] constexpr bool is_registered() const noexcept {
    return status == registration::registered;
  }

  /// The most specific record found, or null.
  [[nodiscard]] constexpr const registry_entry* entry() const noexcept {
    return most_specific().entry;
  }
  /// The name of the registry that gave the most specific record, or empty.
  [[nodiscard]] constexpr std::string_view registry() const noexcept {
    return most_specific().registry;
  }

  /// The most specific text: the code's sample text (for a deprecated
  /// duplicate without one, its replacement's), else the subject's
  /// summary, else the class's.
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    for (const registry_match* m : chain()) {
      if (!m->text().empty()) return m->text();
    }
    return {};
  }
  /// The enumerated record whose sample text stands for the detail: the
  /// code's own, for a deprecated duplicate without sample text its
  /// replacement, for an unregistered detail the subject's X.s.0 record;
  /// empty when there is none, as for 5.9.1 (no X.9.0).
  /// ```
  /// static_assert(smtp_status::lookup("4.7.651").detail_match().entry->code
  ///               == "X.7.0");
  /// ```
  [[nodiscard]] constexpr registry_match detail_match() const noexcept {
    const std::array<const registry_match*, 3> order = {
        &code_match, &replacement_match, &undefined_detail_match};
    for (const registry_match* m : order) {
      if (!m->text().empty()) return *m;
    }
    return {};
  }
  /// The sample text of `detail_match()`, or empty: "Bad destination mailbox
  /// address" for 5.1.1, "Other or undefined security status" for 5.7.133.
  [[nodiscard]] constexpr std::string_view detail_text() const noexcept {
    return detail_match().text();
  }

  /// The most specific non-empty description, in the order of `text()`.
  [[nodiscard]] constexpr std::string_view description() const noexcept {
    for (const registry_match* m : chain()) {
      if (!m->description().empty()) return m->description();
    }
    return {};
  }

  /// Tells whether the registry marks the code deprecated.
  [[nodiscard]] constexpr bool is_deprecated() const noexcept {
    return code_match.entry != nullptr && code_match.entry->deprecated;
  }
  /// The code to use instead of a deprecated duplicate, with the same class
  /// (5.6.10 gives 5.6.8), or nothing.
  [[nodiscard]] constexpr std::optional<status_code> replacement()
      const noexcept {
    if (code_match.entry == nullptr) return std::nullopt;
    return smtp_status::replacement_code(*code_match.entry, code.cls());
  }

 private:
  constexpr registry_match most_specific() const noexcept {
    switch (level) {
      case match_level::enumerated_code:
        return code_match;
      case match_level::subject_code:
        return subject_match;
      case match_level::class_code:
        return class_match;
      case match_level::none:
        break;
    }
    return {};
  }
  constexpr std::array<const registry_match*, 4> chain() const noexcept {
    return {&code_match, &replacement_match, &subject_match, &class_match};
  }
};

/// What `registry` says about `code`: its class, subject and enumerated
/// records, whichever exist, and for an unregistered detail the subject's
/// X.s.0 record.
/// ```
/// constexpr auto r = smtp_status::lookup(smtp_status::parse("5.7.606").code);
/// static_assert(r.level == smtp_status::match_level::subject_code);
/// static_assert(r.text() == "Security or Policy Status");
/// static_assert(r.detail_text() == "Other or undefined security status");
/// ```
template <class Registry = default_registry>
[[nodiscard]] constexpr lookup_result lookup(
    status_code code, const Registry& registry = registries::current) noexcept {
  const auto& reg = smtp_status::detail::as_registry(registry);
  lookup_result r;
  r.code = code;
  r.class_match = reg.find_class(code.cls());
  r.subject_match = reg.find_subject(code.subject());
  r.code_match = reg.find_code(code.cls(), code.subject(), code.detail());
  r.status =
      r.code_match ? registration::registered : registration::unregistered;
  r.level = r.code_match      ? match_level::enumerated_code
            : r.subject_match ? match_level::subject_code
            : r.class_match   ? match_level::class_code
                              : match_level::none;
  if (r.is_deprecated()) {
    if (const auto use = r.replacement()) {
      r.replacement_match =
          reg.find_code(use->cls(), use->subject(), use->detail());
    }
  }
  if (!r.code_match && code.detail() != 0) {
    r.undefined_detail_match = reg.find_code(code.cls(), code.subject(), 0);
  }
  return r;
}

/// What `registry` says about the code written in `text`; for text that is
/// not a code, the status is `invalid` and `error` and `position` say why
/// and where.
/// ```
/// static_assert(smtp_status::lookup("5.1.1").text() ==
///               "Bad destination mailbox address");
/// static_assert(smtp_status::lookup("5.0.900").status ==
///               smtp_status::registration::unregistered);
/// static_assert(smtp_status::lookup("5.x.1").error ==
///               smtp_status::parse_error::no_digits);
/// ```
template <class Registry = default_registry>
[[nodiscard]] constexpr lookup_result lookup(
    std::string_view text, const Registry& registry = registries::current,
    parse_mode mode = parse_mode::strict) noexcept {
  const parse_result p = smtp_status::parse(text, mode);
  if (!p.ok()) {
    lookup_result r;
    r.error = p.error;
    r.position = p.position;
    r.leading_zeros = p.leading_zeros;
    return r;
  }
  lookup_result r = smtp_status::lookup(p.code, registry);
  r.position = p.position;
  r.leading_zeros = p.leading_zeros;
  return r;
}

/// Whether `registry` enumerates `code`: registered or unregistered.
template <class Registry = default_registry>
[[nodiscard]] constexpr registration registration_of(
    status_code code, const Registry& registry = registries::current) noexcept {
  return smtp_status::detail::as_registry(registry).find_code(
             code.cls(), code.subject(), code.detail())
             ? registration::registered
             : registration::unregistered;
}

/// Whether `text` is a code `registry` enumerates, a well-formed code it
/// does not, or no code at all (strict parsing).
template <class Registry = default_registry>
[[nodiscard]] constexpr registration registration_of(
    std::string_view text,
    const Registry& registry = registries::current) noexcept {
  const parse_result p = smtp_status::parse(text);
  return p.ok() ? smtp_status::registration_of(p.code, registry)
                : registration::invalid;
}

/// The class record for `c`: its summary ("Permanent Failure") and
/// description.
template <class Registry = default_registry>
[[nodiscard]] constexpr registry_match lookup_class(
    status_class c, const Registry& registry = registries::current) noexcept {
  return smtp_status::detail::as_registry(registry).find_class(c);
}

/// The subject record X.`subject`.YYY: its summary ("Mailbox Status") and
/// description; empty for an unregistered subject such as 8.
template <class Registry = default_registry>
[[nodiscard]] constexpr registry_match lookup_subject(
    unsigned subject, const Registry& registry = registries::current) noexcept {
  return smtp_status::detail::as_registry(registry).find_subject(subject);
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_LOOKUP_HPP_INCLUDED
