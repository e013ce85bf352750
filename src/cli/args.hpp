// The command line of `lde`, parsed with CLI11 (Debian libcli11-dev): one subcommand's options
// and FILE arguments, and the suggestions for a misspelt command or option. See docs/cli.md.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lde::cli {

/// A usage error (exit 2) that is not about a file: `lde: message`.
struct Usage {
  std::string message;
};

/// The commands of `lde`, in the order the help lists them.
inline const std::vector<std::string> kCommands = {"evaluate", "check", "simulate", "params", "ledger"};

/// Throws Usage for @p command, which is none of kCommands: `unknown command "evalute" (did you mean
/// "evaluate"?) ...`.
[[noreturn]] void unknown_command(const std::string& command);

/// One subcommand's arguments: FILE arguments in order and the options given.
struct Args {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> options;  ///< name ("--at") and value ("" for a flag)
  bool help = false;

  /// Parses argv[first..argc) with CLI11: @p with_value are the options that take a value
  /// (`--at DATE`, `--at=DATE`), @p flags those that take none, `-h`/`--help` asks for help. An
  /// option given twice, a value missing and an unknown option are Usage errors; an unknown option
  /// names the closest known one (`unknown option --verbos (did you mean --verbose?)`).
  static Args parse(int argc, char** argv, int first, const std::vector<std::string>& with_value,
                    const std::vector<std::string>& flags);

  /// The value of option @p name, when given.
  std::optional<std::string> get(const std::string& name) const;
  /// Whether flag @p name was given.
  bool flag(const std::string& name) const { return get(name).has_value(); }
};

}  // namespace lde::cli
