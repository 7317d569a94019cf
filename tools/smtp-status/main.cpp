// SPDX-License-Identifier: BSL-1.0
// smtp-status: explains SMTP enhanced status codes, replies and DSN blocks,
// looks codes up and prints IANA's registry. Manual: docs/cli.md.

#include <cstddef>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "explain.hpp"
#include "render.hpp"
#include "smtp_status/lookup.hpp"
#include "smtp_status/registry.hpp"
#include "smtp_status/registry_2008.hpp"
#include "smtp_status/reply_code.hpp"
#include "smtp_status/status_code.hpp"
#include "smtp_status/version.hpp"

namespace {

namespace ss = smtp_status;
namespace tool = smtp_status_tool;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

constexpr std::string_view help_text =
    R"(Usage: smtp-status COMMAND [OPTIONS] [ARGUMENTS]

Explains SMTP enhanced status codes (RFC 3463) as IANA's registry
(RFC 5248) defines them, in replies, DSN fields and free text.

Commands:
  explain [TEXT...]   Explains each TEXT, or each input on standard input
                      (inputs separated by blank lines): a status code, an
                      SMTP reply of one or more lines, DSN per-recipient
                      fields, or free text such as a log line.
  lookup CODE         Explains one status code, such as 5.1.1, in full.
  registry            Prints every record of the registry.
  help                Prints this help.

Options:
  --json              Writes JSON: one object per line for explain and
                      lookup, an array of records for registry.
  --edition EDITION   The registry edition: current (2024-12-06, the
                      default) or 2008 (2008-09-05).
  --reply NNN         lookup: judges CODE against reply code NNN.
  --expect-codes      explain: the server advertised ENHANCEDSTATUSCODES,
                      so a 2yz, 4yz or 5yz reply without a code is flagged.
  --metadata          registry: prints only the edition's metadata.
  --help, -h          Prints this help.
  --version           Prints the version.

Exit status: 0 success, 1 an input that cannot be read, 2 a usage error.

Examples:
  smtp-status explain '550 5.1.1 <user@example.org>: User unknown'
  smtp-status explain --json < examples/bounces.txt
  smtp-status lookup --reply 450 4.2.1
  smtp-status registry --edition 2008
)";

int usage_error(std::string_view message) {
  std::cerr << "smtp-status: " << message
            << "\nTry 'smtp-status --help' for more information.\n";
  return exit_usage;
}

void print_version() {
  std::cout << "smtp-status " << SMTP_STATUS_VERSION_MAJOR << '.'
            << SMTP_STATUS_VERSION_MINOR << '.' << SMTP_STATUS_VERSION_PATCH
            << "\nregistry editions: " << ss::registries::iana_2024_12_06.name()
            << " (current), " << ss::registries::iana_2008_09_05.name() << '\n';
}

std::optional<ss::table_registry> edition_named(std::string_view name) {
  if (name == "current" || name == "2024" || name == "2024-12-06") {
    return ss::registries::iana_2024_12_06;
  }
  if (name == "2008" || name == "2008-09-05") {
    return ss::registries::iana_2008_09_05;
  }
  return std::nullopt;
}

// The first line of `text`, cut to a length that fits an error message.
std::string excerpt(std::string_view text) {
  std::string_view first = text.substr(0, text.find('\n'));
  std::string s{first.substr(0, 40)};
  if (first.size() > 40 || first.size() != text.size()) s += "...";
  return "\"" + s + "\"";
}

struct options {
  std::string command;
  bool json = false;
  ss::table_registry registry = ss::registries::current;
  std::optional<std::string> reply;
  bool expect_codes = false;
  bool metadata = false;
  bool help = false;
  std::vector<std::string> operands;
};

// Reads the options after the command; returns an error message or empty.
std::string read_options(const std::vector<std::string_view>& args,
                         options& o) {
  bool operands_only = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (operands_only || a.size() < 2 || a[0] != '-') {
      o.operands.emplace_back(a);
      continue;
    }
    std::string_view name = a;
    std::optional<std::string_view> value;
    if (const std::size_t eq = a.find('='); eq != std::string_view::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    const auto take_value = [&]() -> std::optional<std::string_view> {
      if (value) return value;
      if (i + 1 < args.size()) return args[++i];
      return std::nullopt;
    };
    const bool is_explain = o.command == "explain";
    const bool is_lookup = o.command == "lookup";
    const bool is_registry = o.command == "registry";
    if (name == "--") {
      operands_only = true;
    } else if (name == "--json" && !value) {
      o.json = true;
    } else if (name == "--help" || name == "-h") {
      o.help = true;
    } else if (name == "--edition") {
      const auto v = take_value();
      if (!v) return "option --edition needs a value (2008 or current)";
      const auto r = edition_named(*v);
      if (!r) {
        return "unknown edition \"" + std::string{*v} +
               "\" (use 2008 or current)";
      }
      o.registry = *r;
    } else if (name == "--reply" && is_lookup) {
      const auto v = take_value();
      if (!v) return "option --reply needs a reply code such as 550";
      o.reply = std::string{*v};
    } else if (name == "--expect-codes" && is_explain && !value) {
      o.expect_codes = true;
    } else if (name == "--metadata" && is_registry && !value) {
      o.metadata = true;
    } else {
      return "unknown option \"" + std::string{a} + "\" for " + o.command;
    }
  }
  return {};
}

int run_explain(const options& o) {
  std::vector<tool::input> inputs;
  if (o.operands.empty()) {
    const std::string stream{std::istreambuf_iterator<char>{std::cin},
                             std::istreambuf_iterator<char>{}};
    inputs = tool::split_inputs(stream);
  } else {
    for (std::size_t i = 0; i != o.operands.size(); ++i) {
      inputs.push_back(tool::argument_input(o.operands[i], i + 1));
    }
  }
  tool::explain_options eo;
  eo.registry = o.registry;
  eo.expect_codes = o.expect_codes;
  int status = exit_ok;
  std::size_t index = 0;
  for (const tool::input& in : inputs) {
    for (tool::explanation& e : tool::explain(in, eo)) {
      e.index = ++index;
      if (o.json) {
        tool::write_json_line(std::cout,
                              tool::to_json(e, tool::detail_level::brief));
      } else {
        if (index != 1) std::cout << '\n';
        tool::write_text(std::cout, e, tool::detail_level::brief);
      }
      if (!e.error.empty()) {
        status = exit_bad_input;
        std::cerr << "smtp-status: explain: " << tool::location_of(e.in) << ' '
                  << excerpt(e.in.text) << ": " << e.error << '\n';
      }
    }
  }
  return status;
}

int run_lookup(const options& o) {
  if (o.operands.size() != 1) {
    return usage_error("lookup takes one status code, such as 5.1.1");
  }
  const std::string& text = o.operands.front();
  const ss::parse_result p = ss::parse(text, ss::parse_mode::lenient);
  if (!p.ok()) {
    std::cerr << "smtp-status: lookup: \"" << text
              << "\" is not a status code: " << ss::to_string_view(p.error)
              << " (column " << p.position + 1 << ")\n";
    return exit_bad_input;
  }
  std::optional<ss::reply_code> reply;
  if (o.reply) {
    const ss::reply_code_result r = ss::parse_reply_code(*o.reply);
    if (!r.ok()) {
      std::cerr << "smtp-status: lookup: --reply \"" << *o.reply
                << "\" is not a reply code: " << ss::to_string_view(r.error)
                << " (column " << r.position + 1 << ")\n";
      return exit_bad_input;
    }
    reply = r.code;
  }
  tool::explain_options eo;
  eo.registry = o.registry;
  tool::explanation e = tool::explain_code(p.code, p.leading_zeros, reply, eo);
  e.index = 1;
  e.in = tool::input{text, 1, 1};
  if (o.json) {
    tool::write_json_line(std::cout,
                          tool::to_json(e, tool::detail_level::full));
  } else {
    tool::write_text(std::cout, e, tool::detail_level::full);
  }
  return exit_ok;
}

int run_registry(const options& o) {
  if (!o.operands.empty()) {
    return usage_error("registry takes no arguments, found \"" +
                       o.operands.front() + "\"");
  }
  if (o.json) {
    tool::write_json_pretty(std::cout, o.metadata
                                           ? tool::metadata_json(o.registry)
                                           : tool::registry_json(o.registry));
  } else if (o.metadata) {
    tool::write_metadata_text(std::cout, o.registry);
  } else {
    tool::write_registry_text(std::cout, o.registry);
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given");
  const std::string_view command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << help_text;
    return exit_ok;
  }
  if (command == "--version") {
    print_version();
    return exit_ok;
  }
  if (command != "explain" && command != "lookup" && command != "registry") {
    return usage_error("unknown command \"" + std::string{command} +
                       "\" (use explain, lookup or registry)");
  }
  options o;
  o.command = std::string{command};
  if (const std::string error = read_options(args, o); !error.empty()) {
    return usage_error(error);
  }
  if (o.help) {
    std::cout << help_text;
    return exit_ok;
  }
  if (o.command == "explain") return run_explain(o);
  if (o.command == "lookup") return run_lookup(o);
  return run_registry(o);
}
