// SPDX-License-Identifier: BSL-1.0
// smtp_status: the types of the registry tables, one record per class,
// subject or enumerated code, holding every field IANA's registry gives.

#ifndef SMTP_STATUS_REGISTRY_TYPES_HPP_INCLUDED
#define SMTP_STATUS_REGISTRY_TYPES_HPP_INCLUDED

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// A set of classes, such as the classes a code is meant for.
class class_set {
 public:
  constexpr class_set() noexcept = default;
  /// The set holding the classes whose bits are set: 1 success, 2 transient,
  /// 4 permanent.
  constexpr explicit class_set(std::uint8_t bits) noexcept
      : bits_{static_cast<std::uint8_t>(bits & 7u)} {}

  /// The set of one class.
  [[nodiscard]] static constexpr class_set of(status_class c) noexcept {
    return class_set{bit(c)};
  }

  /// Tells whether `c` is in the set.
  [[nodiscard]] constexpr bool contains(status_class c) const noexcept {
    return (bits_ & bit(c)) != 0;
  }
  /// Tells whether the set is empty.
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  /// The bits: 1 success, 2 transient, 4 permanent.
  [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }

  friend constexpr class_set operator|(class_set a, class_set b) noexcept {
    return class_set{static_cast<std::uint8_t>(a.bits_ | b.bits_)};
  }
  friend constexpr bool operator==(class_set a, class_set b) noexcept {
    return a.bits_ == b.bits_;
  }
  friend constexpr bool operator!=(class_set a, class_set b) noexcept {
    return a.bits_ != b.bits_;
  }

 private:
  static constexpr std::uint8_t bit(status_class c) noexcept {
    switch (c) {
      case status_class::success:
        return 1;
      case status_class::transient:
        return 2;
      case status_class::permanent:
        return 4;
    }
    return 0;
  }
  std::uint8_t bits_ = 0;
};

/// What the registry's "Associated basic status code" field says, in kind.
enum class basic_code_form : std::uint8_t {
  listed,     ///< A list of reply codes and/or class wildcards such as 5XX.
  any,        ///< "Any": every reply code of the class fits.
  not_given,  ///< "Not given": the registry says nothing.
  blank,      ///< Empty, or only punctuation (X.7.28 has a lone ".").
};

/// The largest number of reply codes one registry entry lists.
inline constexpr std::size_t max_basic_codes = 16;

/// The "Associated basic status code" field: the registry's raw text and
/// what it means. The association is advisory (RFC 5248).
struct basic_codes {
  std::string_view raw;  ///< The registry's text, white space normalized.
  basic_code_form form = basic_code_form::not_given;
  std::array<std::uint16_t, max_basic_codes> codes = {};  ///< Listed codes.
  std::uint8_t count = 0;    ///< How many of `codes` are used.
  class_set wildcards;       ///< Classes listed as "NXX", such as 5XX.
  class_set others_allowed;  ///< "(other 4XX or 5XX codes are allowed)".

  /// Tells whether the reply code `reply` (such as 550) is listed exactly.
  [[nodiscard]] constexpr bool lists(unsigned reply) const noexcept {
    for (std::size_t i = 0; i != count; ++i) {
      if (codes[i] == reply) return true;
    }
    return false;
  }
};

/// The kind of document a reference names.
enum class reference_kind : std::uint8_t {
  rfc,    ///< An RFC, by number.
  draft,  ///< An Internet-Draft, by name.
};

/// The document status a reference states after its name, as written.
enum class document_track : std::uint8_t {
  not_stated,             ///< No status given.
  standards,              ///< "Standards track" in any capitalization.
  experimental,           ///< "Experimental track".
  best_current_practice,  ///< "Best current practice".
};

/// One reference of a registry record: an RFC or a draft, with any
/// qualifier (such as "Section 3.3") and document status.
struct reference {
  reference_kind kind = reference_kind::rfc;
  std::uint16_t rfc = 0;       ///< The RFC number, for `kind == rfc`.
  std::string_view draft;      ///< The draft name, for `kind == draft`.
  std::string_view qualifier;  ///< Such as "Section 3.3"; often empty.
  document_track track = document_track::not_stated;
  std::string_view track_text;  ///< The status as written, or empty.
};

/// The most references one record has.
inline constexpr std::size_t max_references = 2;

/// The most submitters one record names.
inline constexpr std::size_t max_submitters = 4;

/// Which of the three registries of RFC 5248 a record is from.
enum class entry_level : std::uint8_t {
  class_code,       ///< Class sub-codes: 2.XXX.YYY, 4.XXX.YYY, 5.XXX.YYY.
  subject_code,     ///< Subject sub-codes: X.0.YYY to X.7.YYY.
  enumerated_code,  ///< Enumerated status codes: X.0.0 and the rest.
};

namespace detail {

// A view of a string literal of known length. The generated tables build
// every string with it: no constexpr strlen runs, and overload resolution
// of the string_view constructors happens once instead of once per string,
// which halves the time to compile a table.
[[nodiscard]] constexpr std::string_view sv(const char* text,
                                            std::size_t size) noexcept {
  return std::string_view{text, size};
}

}  // namespace detail

/// One record of the registry, with every field IANA gives for it.
///
/// Class records set `class_digit`; subject records set `subject`;
/// enumerated records set `subject` and `detail`. The registry keys
/// enumerated codes by subject and detail alone: the class comes from use.
struct registry_entry {
  entry_level level = entry_level::enumerated_code;
  std::uint8_t class_digit = 0;  ///< 2, 4 or 5 for class records.
  std::uint16_t subject = 0;
  std::uint16_t detail = 0;
  std::string_view code;  ///< As written: "4.XXX.YYY", "X.2.YYY", "X.2.2".
  /// "Summary" of class and subject records, "Sample Text" of codes.
  std::string_view text;
  basic_codes basic;             ///< Enumerated codes only.
  std::string_view description;  ///< White space normalized.
  std::array<reference, max_references> references = {};
  std::uint8_t reference_count = 0;
  std::string_view submitter;  ///< The field as written, possibly empty.
  std::array<std::string_view, max_submitters> submitters = {};
  std::uint8_t submitter_count = 0;
  std::string_view change_controller;  ///< Possibly empty.
  /// The classes the description says the code is meant for; empty when it
  /// does not say.
  class_set stated_use;
  bool deprecated = false;
  std::uint16_t duplicate_of_subject = 0;  ///< For deprecated duplicates.
  std::uint16_t duplicate_of_detail = 0;   ///< For deprecated duplicates.
  std::string_view date;     ///< Registration date, where the edition has it.
  std::string_view updated;  ///< Date last updated, where given.
};

/// Where a registry edition came from.
struct registry_metadata {
  std::string_view name;     ///< Such as "IANA 2024-12-06".
  std::string_view title;    ///< The registry's title.
  std::string_view created;  ///< "2008-05-29".
  std::string_view updated;  ///< The edition's date.
  std::string_view source;   ///< The file the tables were generated from.
};

/// One edition of the registry as constexpr tables: the records of each of
/// the three registries, and an index that finds an enumerated code by
/// subject and detail in constant time.
struct registry_table {
  registry_metadata metadata;
  const registry_entry* classes;  ///< Sorted by class digit.
  std::size_t class_count;
  const registry_entry* subjects;  ///< Sorted by subject.
  std::size_t subject_count;
  const registry_entry* codes;  ///< Sorted by subject, then detail.
  std::size_t code_count;
  /// `index[subject * index_details + detail]` is the position of X.s.d in
  /// `codes`, or -1 where the code is not enumerated.
  const std::int16_t* index;
  std::size_t index_subjects;  ///< One more than the largest subject.
  std::size_t index_details;   ///< One more than the largest detail.

  /// The class record for `c`, or null.
  [[nodiscard]] constexpr const registry_entry* find_class(
      status_class c) const noexcept {
    for (std::size_t i = 0; i != class_count; ++i) {
      if (classes[i].class_digit == static_cast<unsigned>(c)) {
        return &classes[i];
      }
    }
    return nullptr;
  }

  /// The subject record X.`subject`.YYY, or null.
  [[nodiscard]] constexpr const registry_entry* find_subject(
      unsigned subject) const noexcept {
    return subject < subject_count && subjects[subject].subject == subject
               ? &subjects[subject]
               : nullptr;
  }

  /// The enumerated record X.`subject`.`detail`, or null; constant time.
  [[nodiscard]] constexpr const registry_entry* find_code(
      unsigned subject, unsigned detail) const noexcept {
    if (subject >= index_subjects || detail >= index_details) return nullptr;
    const std::int16_t i = index[subject * index_details + detail];
    return i < 0 ? nullptr : &codes[i];
  }
};

}  // namespace smtp_status

#endif  // SMTP_STATUS_REGISTRY_TYPES_HPP_INCLUDED
