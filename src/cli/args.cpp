// The command line of `lde` with CLI11 (args.hpp).
#include "args.hpp"

#include "../io/internal.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string_view>

namespace lde::cli {

namespace {

/// " (did you mean X?)" for the entry of @p known closest to @p given, or "".
std::string suggestion(const std::string& given, const std::vector<std::string>& known, bool quoted) {
  std::vector<std::string_view> names(known.begin(), known.end());
  const std::string best = io::detail::closest(given, names);
  if (best.empty()) return "";
  return quoted ? " (did you mean \"" + best + "\"?)" : " (did you mean " + best + "?)";
}

}  // namespace

void unknown_command(const std::string& command) {
  std::vector<std::string> known = kCommands;
  known.emplace_back("--help");
  known.emplace_back("--version");
  const bool option = command.rfind('-', 0) == 0;
  throw Usage{(option ? "unknown option " + command + suggestion(command, known, false)
                      : "unknown command \"" + command + "\"" + suggestion(command, known, true)) +
              " (expected evaluate, check, simulate, params or ledger; see lde --help)"};
}

Args Args::parse(int argc, char** argv, int first, const std::vector<std::string>& with_value,
                 const std::vector<std::string>& flags) {
  Args a;
  CLI::App app;
  app.set_help_flag();        // `lde COMMAND --help` prints the command's own text (main.cpp)
  app.allow_extras(true);     // an unknown option is reported below, with a suggestion
  app.positionals_at_end(false);
  bool help = false;
  app.add_flag("-h,--help", help);
  std::vector<std::string> values(with_value.size());
  std::vector<CLI::Option*> value_options;
  for (std::size_t i = 0; i < with_value.size(); ++i) {
    value_options.push_back(app.add_option(with_value[i], values[i])
                                ->multi_option_policy(CLI::MultiOptionPolicy::Throw)
                                ->allow_extra_args(false));
  }
  std::vector<CLI::Option*> flag_options;
  for (const std::string& f : flags) flag_options.push_back(app.add_flag(f)->multi_option_policy(CLI::MultiOptionPolicy::Throw));
  app.add_option("FILE", a.positional);

  std::vector<std::string> args;
  for (int i = argc - 1; i >= first; --i) args.emplace_back(argv[i]);  // CLI11 takes them reversed
  try {
    app.parse(args);
  } catch (const CLI::ArgumentMismatch& e) {
    // A value option without its value, a flag with one, or an option given twice.
    for (std::size_t i = 0; i < with_value.size(); ++i) {
      if (value_options[i]->count() > 1) throw Usage{with_value[i] + " is given twice"};
    }
    for (std::size_t i = 0; i < flags.size(); ++i) {
      if (flag_options[i]->count() > 1) throw Usage{flags[i] + " is given twice"};
    }
    for (const std::string& name : with_value) {  // "--at: 1 required TEXT missing"
      const std::string what = e.what();
      if (what.rfind(name + ":", 0) == 0) throw Usage{name + " needs a value"};
    }
    throw Usage{std::string(e.what())};
  } catch (const CLI::ParseError& e) {
    throw Usage{std::string(e.what())};
  }
  for (const std::string& extra : app.remaining()) {
    std::vector<std::string> known = with_value;
    known.insert(known.end(), flags.begin(), flags.end());
    known.emplace_back("--help");
    const std::string name = extra.substr(0, extra.find('='));
    throw Usage{"unknown option " + name + suggestion(name, known, false)};
  }
  a.help = help;
  for (std::size_t i = 0; i < with_value.size(); ++i) {
    if (value_options[i]->count() > 0) a.options.emplace_back(with_value[i], values[i]);
  }
  for (std::size_t i = 0; i < flags.size(); ++i) {
    if (flag_options[i]->count() > 0) a.options.emplace_back(flags[i], "");
  }
  return a;
}

std::optional<std::string> Args::get(const std::string& name) const {
  for (const auto& [n, v] : options) {
    if (n == name) return v;
  }
  return std::nullopt;
}

}  // namespace lde::cli
