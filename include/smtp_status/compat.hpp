// SPDX-License-Identifier: BSL-1.0
// smtp_status: whether a status code fits a basic reply code (RFC 2034 and
// the registry's advice), and which reply code to send with a status code.

#ifndef SMTP_STATUS_COMPAT_HPP_INCLUDED
#define SMTP_STATUS_COMPAT_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "smtp_status/registry.hpp"
#include "smtp_status/registry_types.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"

namespace smtp_status {

/// The hard rule of RFC 2034 section 3: a status code's class equals the
/// first digit of the reply code it goes with, and a 3yz reply carries none.
enum class hard_rule : std::uint8_t {
  holds,               ///< 550 with 5.1.1.
  class_mismatch,      ///< 550 with 4.1.1: the classes differ.
  intermediate_reply,  ///< 354 with any code: 3yz replies carry no code.
};

/// A short English name of the outcome, such as "class mismatch".
[[nodiscard]] constexpr std::string_view to_string_view(hard_rule h) noexcept {
  switch (h) {
    case hard_rule::holds:
      return "class agrees with reply code";
    case hard_rule::class_mismatch:
      return "class disagrees with reply code";
    case hard_rule::intermediate_reply:
      return "3yz reply carries no status code";
  }
  return "unknown rule outcome";
}

/// How the registry's "Associated basic status code" field relates a reply
/// code to a status code. Advisory (RFC 5248): only `not_listed` warns.
enum class registry_association : std::uint8_t {
  listed,          ///< The reply code is listed: 550 for X.1.1.
  wildcard,        ///< Listed through a class wildcard: 554 for X.7.17 (5XX).
  others_allowed,  ///< Through "(other 4XX or 5XX codes are allowed)".
  any,             ///< The field says "Any" (X.0.0).
  not_listed,      ///< The field lists codes and this one is not among them.
  not_given,       ///< The field says "Not given".
  blank,           ///< The field is empty or only punctuation.
  unregistered,    ///< The registry does not enumerate the status code.
};

/// A short English name of the association, such as "not listed".
[[nodiscard]] constexpr std::string_view to_string_view(
    registry_association a) noexcept {
  switch (a) {
    case registry_association::listed:
      return "listed";
    case registry_association::wildcard:
      return "listed through a class wildcard";
    case registry_association::others_allowed:
      return "other codes of the class allowed";
    case registry_association::any:
      return "any reply code";
    case registry_association::not_listed:
      return "not listed";
    case registry_association::not_given:
      return "not given";
    case registry_association::blank:
      return "blank";
    case registry_association::unregistered:
      return "status code not registered";
  }
  return "unknown association";
}

/// How a status code's class compares with the use its record's description
/// states ("This is useful only as a permanent error").
enum class stated_use_fit : std::uint8_t {
  not_stated,  ///< The description states no use, or there is no record.
  fits,        ///< The class is one the description names.
  against,     ///< The class is not: 4.1.1, where X.1.1 is permanent only.
};

/// A short English name of the comparison, such as "against stated use".
[[nodiscard]] constexpr std::string_view to_string_view(
    stated_use_fit f) noexcept {
  switch (f) {
    case stated_use_fit::not_stated:
      return "use not stated";
    case stated_use_fit::fits:
      return "fits stated use";
    case stated_use_fit::against:
      return "against stated use";
  }
  return "unknown use";
}

/// A short English name of a stated use, such as "permanent only".
[[nodiscard]] constexpr std::string_view stated_use_name(
    class_set use) noexcept {
  switch (use.bits()) {
    case 0:
      return "not stated";
    case 1:
      return "success only";
    case 2:
      return "transient only";
    case 3:
      return "success or transient";
    case 4:
      return "permanent only";
    case 5:
      return "success or permanent";
    case 6:
      return "permanent or transient";
    default:
      return "success, transient or permanent";
  }
}

/// The verdict on a reply code and a status code sent together, each part
/// kept apart: the hard rule, the registry's association and the stated
/// use. `ok()` is the hard rule alone; the rest are warnings.
struct compat_verdict {
  reply_code reply;  ///< The reply code judged.
  status_code code;  ///< The status code judged.
  hard_rule rule = hard_rule::holds;
  registry_association association = registry_association::unregistered;
  class_set stated_use;  ///< The classes the record's description names.
  stated_use_fit use = stated_use_fit::not_stated;
  registry_match entry;  ///< The enumerated record consulted, if any.

  /// Tells whether the hard rule holds.
  [[nodiscard]] constexpr bool ok() const noexcept {
    return rule == hard_rule::holds;
  }
  /// Tells whether the registry lists reply codes for the status code and
  /// the reply code is not among them, even through a wildcard.
  [[nodiscard]] constexpr bool off_list() const noexcept {
    return association == registry_association::not_listed;
  }
  /// Tells whether the status code's class goes against the use its record
  /// states.
  [[nodiscard]] constexpr bool against_stated_use() const noexcept {
    return use == stated_use_fit::against;
  }
  /// Tells whether any advisory part warns.
  [[nodiscard]] constexpr bool has_warnings() const noexcept {
    return off_list() || against_stated_use();
  }
};

namespace detail {

[[nodiscard]] constexpr hard_rule check_hard_rule(reply_code reply,
                                                  status_code code) noexcept {
  if (reply.is_intermediate()) return hard_rule::intermediate_reply;
  return reply.first_digit() == code.class_digit() ? hard_rule::holds
                                                   : hard_rule::class_mismatch;
}

[[nodiscard]] constexpr registry_association associate(
    const registry_entry* e, reply_code reply) noexcept {
  if (e == nullptr) return registry_association::unregistered;
  switch (e->basic.form) {
    case basic_code_form::any:
      return registry_association::any;
    case basic_code_form::not_given:
      return registry_association::not_given;
    case basic_code_form::blank:
      return registry_association::blank;
    case basic_code_form::listed:
      break;
  }
  if (e->basic.lists(reply.number())) return registry_association::listed;
  const auto c = reply.status_class_of();
  if (c && e->basic.wildcards.contains(*c)) {
    return registry_association::wildcard;
  }
  if (c && e->basic.others_allowed.contains(*c)) {
    return registry_association::others_allowed;
  }
  return registry_association::not_listed;
}

}  // namespace detail

/// The verdict on sending `reply` with `code`, judged by RFC 2034 and by
/// `registry`'s record for the code.
/// ```
/// using smtp_status::parse;
/// constexpr auto v = smtp_status::check_compat(
///     *smtp_status::reply_code::from_number(451), parse("4.1.1").code);
/// static_assert(v.ok() && !v.off_list() && v.against_stated_use());
/// ```
template <class Registry = default_registry>
[[nodiscard]] constexpr compat_verdict check_compat(
    reply_code reply, status_code code,
    const Registry& registry = registries::current) noexcept {
  compat_verdict v;
  v.reply = reply;
  v.code = code;
  v.rule = smtp_status::detail::check_hard_rule(reply, code);
  v.entry = smtp_status::detail::as_registry(registry).find_code(
      code.cls(), code.subject(), code.detail());
  v.association = smtp_status::detail::associate(v.entry.entry, reply);
  if (v.entry) v.stated_use = v.entry.entry->stated_use;
  v.use = v.stated_use.empty()                ? stated_use_fit::not_stated
          : v.stated_use.contains(code.cls()) ? stated_use_fit::fits
                                              : stated_use_fit::against;
  return v;
}

/// Where `suggest_reply` found its reply code.
enum class reply_source : std::uint8_t {
  registry,       ///< A reply code the registry lists, of the code's class.
  counterpart,    ///< The other class's form of a listed reply (552 -> 452).
  class_default,  ///< The default for the class and subject.
};

/// A short English name of the source, such as "registry".
[[nodiscard]] constexpr std::string_view to_string_view(
    reply_source s) noexcept {
  switch (s) {
    case reply_source::registry:
      return "registry";
    case reply_source::counterpart:
      return "counterpart of a listed reply code";
    case reply_source::class_default:
      return "class default";
  }
  return "unknown source";
}

/// The reply code to send with a status code, and where it came from.
struct reply_suggestion {
  reply_code reply;  ///< The reply code to send.
  reply_source source = reply_source::class_default;
  registry_match entry;  ///< The record whose association was used, if any.
};

/// The reply code a server sends with `code` when the registry gives none
/// of the code's class: 250 for success; 450 ("mailbox unavailable") for
/// transient addressing and mailbox codes (X.1.x, X.2.x) and 451 ("local
/// error in processing") for the other transient codes; 554 ("transaction
/// failed") for permanent protocol codes (X.5.x) and 550 for the other
/// permanent codes.
[[nodiscard]] constexpr reply_code default_reply_code(
    status_code code) noexcept {
  unsigned n = 250;
  if (code.is_transient()) {
    n = code.subject() == 1 || code.subject() == 2 ? 450 : 451;
  } else if (code.is_permanent()) {
    n = code.subject() == 5 ? 554 : 550;
  }
  return *reply_code::from_number(n);
}

namespace detail {

// The reply code of the other failure class that RFC 5321 or RFC 4954 give
// for the same condition, or 0: 450/550 (mailbox unavailable), 452/552
// (storage), and 454 (temporary authentication failure) for the permanent
// authentication failures 530, 534, 535 and 538.
[[nodiscard]] constexpr unsigned counterpart(unsigned reply,
                                             status_class c) noexcept {
  if (c == status_class::transient) {
    switch (reply) {
      case 550:
        return 450;
      case 552:
        return 452;
      case 530:
      case 534:
      case 535:
      case 538:
        return 454;
      default:
        return 0;
    }
  }
  if (c == status_class::permanent) {
    switch (reply) {
      case 450:
        return 550;
      case 452:
        return 552;
      default:
        return 0;
    }
  }
  return 0;
}

[[nodiscard]] constexpr std::optional<reply_code> listed_reply(
    const basic_codes& basic, status_code code) noexcept {
  const unsigned preferred = smtp_status::default_reply_code(code).number();
  const std::size_t n = basic.count;
  unsigned first = 0;
  unsigned first_plain = 0;
  for (std::size_t i = 0; i != n; ++i) {
    const unsigned r = basic.codes[i];
    if (r / 100 != code.class_digit() || !reply_code::from_number(r)) {
      continue;
    }
    if (r == preferred) return reply_code::from_number(r);
    if (first == 0) first = r;
    // 220 and 221 open and close a connection: kept for when nothing else
    // of the class is listed.
    if (first_plain == 0 && r != 220 && r != 221) first_plain = r;
  }
  return reply_code::from_number(first_plain != 0 ? first_plain : first);
}

}  // namespace detail

/// The reply code to send with `code` when generating a reply, and why.
///
/// The rule, in order:
/// 1. the registry's record lists reply codes of the code's class: the
///    class default (see `default_reply_code`) if listed, else the first
///    listed other than 220 and 221, else the first listed
///    (5.1.1 -> 550, 4.1.1 -> 451, 5.7.8 -> 535, 5.5.4 -> 501, 2.7.0 -> 235);
/// 2. it lists a reply code of the other failure class with a counterpart
///    for the same condition (see above): that counterpart
///    (4.2.2 -> 452 from 552, 5.3.1 -> 552 from 452, 4.7.8 -> 454 from 535);
/// 3. otherwise the class default (5.7.606 -> 550, 4.7.651 -> 451,
///    4.2.1 -> 450, 5.5.5 -> 554, 2.6.4 -> 250).
///
/// A deprecated duplicate uses the record of the code that replaces it.
/// ```
/// constexpr auto s = smtp_status::suggest_reply(
///     smtp_status::parse("4.2.2").code);
/// static_assert(s.reply.number() == 452);
/// ```
template <class Registry = default_registry>
[[nodiscard]] constexpr reply_suggestion suggest_reply(
    status_code code, const Registry& registry = registries::current) noexcept {
  const auto& reg = smtp_status::detail::as_registry(registry);
  reply_suggestion s;
  s.reply = smtp_status::default_reply_code(code);
  s.entry = reg.find_code(code.cls(), code.subject(), code.detail());
  if (const auto use =
          s.entry ? smtp_status::replacement_code(*s.entry.entry, code.cls())
                  : std::nullopt) {
    const registry_match m =
        reg.find_code(use->cls(), use->subject(), use->detail());
    if (m) s.entry = m;
  }
  if (!s.entry || s.entry.entry->basic.form != basic_code_form::listed) {
    return s;
  }
  const basic_codes& basic = s.entry.entry->basic;
  if (const auto r = smtp_status::detail::listed_reply(basic, code)) {
    s.reply = *r;
    s.source = reply_source::registry;
    return s;
  }
  for (std::size_t i = 0; i != basic.count; ++i) {
    const unsigned c =
        smtp_status::detail::counterpart(basic.codes[i], code.cls());
    if (c != 0) {
      s.reply = *reply_code::from_number(c);
      s.source = reply_source::counterpart;
      return s;
    }
  }
  return s;
}

/// The reply code to send with `code`: `suggest_reply(code, registry).reply`.
/// ```
/// static_assert(smtp_status::reply_code_for(
///     smtp_status::parse("5.1.1").code).number() == 550);
/// ```
template <class Registry = default_registry>
[[nodiscard]] constexpr reply_code reply_code_for(
    status_code code, const Registry& registry = registries::current) noexcept {
  return smtp_status::suggest_reply(code, registry).reply;
}

}  // namespace smtp_status

#endif  // SMTP_STATUS_COMPAT_HPP_INCLUDED
