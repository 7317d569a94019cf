// SPDX-License-Identifier: BSL-1.0
// The core never allocates: global operator new and delete are replaced by
// counting versions, and each call below must leave the count unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

#include <catch2/catch.hpp>

#include "smtp_status/dsn.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/search.hpp"
#include "smtp_status/status_code.hpp"
#include "smtp_status/writer.hpp"

namespace {

std::size_t allocations = 0;

void* counted_alloc(std::size_t size) {
  ++allocations;
  return std::malloc(size == 0 ? 1 : size);
}

void* counted_aligned_alloc(std::size_t size, std::align_val_t align) {
  ++allocations;
  const auto a = static_cast<std::size_t>(align);
  const std::size_t rounded = (size + a - 1) / a * a;
  return std::aligned_alloc(a, rounded == 0 ? a : rounded);
}

// Counts the allocations made while `f` runs.
template <class F>
std::size_t allocations_during(F&& f) {
  const std::size_t before = allocations;
  f();
  return allocations - before;
}

// Inputs the optimizer cannot see through, so the calls happen at run time.
template <class T>
T opaque(T v) {
  volatile T copy = v;
  return copy;
}

std::string_view opaque_text(std::string_view s) {
  return {opaque(s.data()), opaque(s.size())};
}

}  // namespace

void* operator new(std::size_t size) {
  if (void* p = counted_alloc(size)) return p;
  throw std::bad_alloc{};
}
void* operator new[](std::size_t size) {
  if (void* p = counted_alloc(size)) return p;
  throw std::bad_alloc{};
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return counted_alloc(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return counted_alloc(size);
}
void* operator new(std::size_t size, std::align_val_t align) {
  if (void* p = counted_aligned_alloc(size, align)) return p;
  throw std::bad_alloc{};
}
void* operator new[](std::size_t size, std::align_val_t align) {
  if (void* p = counted_aligned_alloc(size, align)) return p;
  throw std::bad_alloc{};
}
void* operator new(std::size_t size, std::align_val_t align,
                   const std::nothrow_t&) noexcept {
  return counted_aligned_alloc(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align,
                     const std::nothrow_t&) noexcept {
  return counted_aligned_alloc(size, align);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t,
                     const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t,
                       const std::nothrow_t&) noexcept {
  std::free(p);
}

TEST_CASE("no_alloc: the counting operator new sees an allocation") {
  // The harness itself must be able to fail.
  // The pointer escapes through a volatile, so that an optimizer may not
  // drop the new and delete pair (C++14 allows eliding it).
  static int* volatile escaped = nullptr;
  int value = 0;
  const auto n = allocations_during([&] {
    escaped = new int(opaque(7));
    value = *escaped;
    delete escaped;
  });
  CHECK(value == 7);
  CHECK(n == 1);
}

TEST_CASE("no_alloc: parsing and formatting a status code do not allocate") {
  std::size_t ok = 0;
  const auto n = allocations_during([&] {
    for (std::string_view text :
         {"5.1.1", "4.2.2", "2.0.0", "5.7.606", "5.01.1", "5.1.1000", "x.1.1",
          "", "5.999.999 trailing"}) {
      const auto t = opaque_text(text);
      const auto strict = smtp_status::parse(t);
      const auto lenient =
          smtp_status::parse(t, smtp_status::parse_mode::lenient);
      smtp_status::status_code c;
      const auto f = smtp_status::from_chars(t.data(), t.data() + t.size(), c);
      ok +=
          strict.ok() + lenient.ok() + (f.ec == smtp_status::parse_error::none);
      const auto s = smtp_status::to_code_string(strict.code);
      char buf[smtp_status::max_code_length];
      const auto w = smtp_status::to_chars(buf, buf + sizeof buf, lenient.code);
      ok += (s.size() != 0) + w.ok;
      ok += smtp_status::to_string_view(strict.error).size() != 0;
    }
  });
  CHECK(n == 0);
  CHECK(ok > 0);
}

TEST_CASE("no_alloc: parsing and formatting a reply code do not allocate") {
  std::size_t ok = 0;
  const auto n = allocations_during([&] {
    for (std::string_view text : {"550", "250", "421", "600", "55", "5500"}) {
      const auto t = opaque_text(text);
      const auto r = smtp_status::parse_reply_code(t);
      const auto f =
          smtp_status::reply_code_from_chars(t.data(), t.data() + t.size());
      char buf[3];
      const auto w = smtp_status::to_chars(buf, buf + 3, r.code);
      ok += r.ok() + f.ok() + w.ok;
      ok += smtp_status::to_string_view(r.error).size() != 0;
    }
  });
  CHECK(n == 0);
  CHECK(ok > 0);
}

TEST_CASE("no_alloc: reading replies and transcripts does not allocate") {
  std::size_t seen = 0;
  const auto n = allocations_during([&] {
    const auto one =
        smtp_status::parse_reply(opaque_text("550 5.1.1 No such user\r\n"));
    const auto many = smtp_status::parse_reply(
        opaque_text("550-5.7.1 one\r\n550-5.7.1 two\r\n550-5.7.1 three\r\n"
                    "550-5.7.1 four\r\n550 5.7.1 five\r\n"));
    const auto tolerant =
        smtp_status::parse_reply(opaque_text("550 #5.1.0 refused\n"),
                                 {smtp_status::reply_mode::tolerant});
    seen += one.ok() + many.ok() + tolerant.ok();
    for (const auto& l : many.lines()) seen += l.text.size() != 0;
    for (const auto& r : smtp_status::reply_reader{opaque_text(
             "220 hello\r\n250 2.1.0 ok\r\nbad\r\n221 2.0.0 bye\r\n")}) {
      seen += r.ok();
    }
    const auto partial = smtp_status::read_reply(
        opaque_text("250-a\r\n250 b"), {}, smtp_status::input_state::partial);
    seen += partial.status == smtp_status::read_status::need_more;
  });
  CHECK(n == 0);
  CHECK(seen > 0);
}

TEST_CASE("no_alloc: searching free text does not allocate") {
  std::size_t seen = 0;
  const auto n = allocations_during([&] {
    const auto text = opaque_text(
        "dsn=5.0.0, status=bounced (host mx.example.net[192.0.2.1] said: "
        "550 5.1.1 no such user; version 2.4.1-beta, 4.16.55.1)");
    for (const auto& m : smtp_status::find_codes(text)) seen += m.length;
    const auto best = smtp_status::find_most_specific_code(text);
    seen += best.found();
  });
  CHECK(n == 0);
  CHECK(seen > 0);
}

TEST_CASE("no_alloc: reading a DSN block does not allocate") {
  std::size_t seen = 0;
  const auto n = allocations_during([&] {
    const auto r = smtp_status::parse_dsn_recipient(opaque_text(
        "Final-Recipient: rfc822; user@example.org\r\nAction: failed\r\n"
        "Status: 5.1.1 (unknown)\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 No such user\r\n"));
    seen += r.ok();
    for (const auto& f : r.fields()) seen += f.name.size() != 0;
  });
  CHECK(n == 0);
  CHECK(seen > 0);
}

TEST_CASE(
    "no_alloc: writing a reply or DSN fields into a buffer does not "
    "allocate") {
  std::size_t written = 0;
  const auto n = allocations_during([&] {
    char buf[1024];
    const auto code = *smtp_status::reply_code::from_number(opaque(550u));
    const auto status = smtp_status::parse(opaque_text("5.1.1")).code;
    const auto r =
        smtp_status::write_reply(buf, buf + sizeof buf, code, status,
                                 opaque_text("No such user\nsecond line"));
    written += r.size;
    smtp_status::dsn_fields f{status};
    f.diagnostic_reply = code;
    f.diagnostic_status = status;
    f.diagnostic_text = opaque_text("No such user");
    const auto d = smtp_status::write_dsn_fields(buf, buf + sizeof buf, f);
    written += d.size;
  });
  CHECK(n == 0);
  CHECK(written > 0);
}

TEST_CASE("no_alloc: looking up and describing codes does not allocate") {
  std::size_t seen = 0;
  const auto n = allocations_during([&] {
    for (const auto c : {smtp_status::status_class::success,
                         smtp_status::status_class::transient,
                         smtp_status::status_class::permanent}) {
      for (unsigned s = 0; s <= 7; ++s) {
        for (unsigned d = 0; d <= 30; ++d) {
          const auto code =
              *smtp_status::status_code::from_parts(c, opaque(s), d);
          const auto r = smtp_status::lookup(code);
          seen += r.text().size() + r.description().size();
          seen += r.is_registered();
        }
      }
    }
    for (std::string_view text : {"5.1.1", "5.7.606", "5.01.1", "x"}) {
      seen += smtp_status::lookup(opaque_text(text)).text().size();
    }
  });
  CHECK(n == 0);
  CHECK(seen > 0);
}
