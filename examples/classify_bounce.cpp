// SPDX-License-Identifier: BSL-1.0
// Example: decide what to do with a bounce from the SMTP reply a server
// sent: give up, retry later, or treat it as delivered.
//   classify_bounce '550 5.1.1 <user@example.org>: No such user'

#include <iostream>
#include <string_view>

#include "smtp_status/compat.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/reply.hpp"
#include "smtp_status/status_code.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: classify_bounce 'REPLY'\n";
    return 2;
  }
  // Replies seen in the wild break the RFCs often ("550 #5.1.1"): read
  // them tolerantly; each accepted fault is a flag on the reply.
  smtp_status::reply_options options;
  options.mode = smtp_status::reply_mode::tolerant;
  const auto reply = smtp_status::parse_reply(argv[1], options);
  if (!reply) {
    std::cerr << "not a reply: " << smtp_status::to_string_view(reply.error)
              << " at offset " << reply.position << '\n';
    return 1;
  }

  // The code the server sent, or X.0.0 of the reply's class, marked as
  // made up; a 3yz reply has neither.
  const auto effective = reply.effective_status();
  if (!effective) {
    std::cout << reply.code.number() << ": not a final reply\n";
    return 0;
  }
  const smtp_status::status_code code = effective->code;
  const auto meaning = smtp_status::lookup(code);
  std::cout << reply.code.number() << ' '
            << smtp_status::to_code_string(code).view() << " ("
            << smtp_status::to_string_view(effective->source)
            << "): " << meaning.text() << '\n';

  // The registry's advice on the pair is a warning, never a reason to
  // misread the reply.
  const auto verdict = smtp_status::check_compat(reply.code, code);
  if (verdict.has_warnings()) {
    std::cout << "note: " << smtp_status::to_string_view(verdict.association)
              << ", " << smtp_status::to_string_view(verdict.use) << '\n';
  }

  // The class decides: 5 gives up, 4 retries later, 2 is delivered.
  if (code.is_permanent()) {
    std::cout << "give up and bounce the message\n";
  } else if (code.is_transient()) {
    std::cout << "keep the message and retry later\n";
  } else {
    std::cout << "delivered\n";
  }
  return 0;
}
