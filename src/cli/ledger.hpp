// `lde ledger`: the settlement ledger kept in an SQLite store (docs/cli.md "lde ledger").
#pragma once

#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"

#include <functional>
#include <optional>
#include <string>

namespace lde::cli {

/// An lde::Error about a file (the events file, or the store for a fact already stored).
struct LedgerInputError {
  std::string file;
  Error error;
};

/// How main.cpp reads files and parameter sets (its errors stay its own).
struct LedgerIo {
  std::function<std::string(const std::string&)> read_file;
  std::function<ParameterSet(const std::optional<std::string>&)> load_params;
};

/// `lde ledger init|add|balance|history|export ...` (argv[1] is "ledger").
/// @throws Usage, StoreError (ledger_store.hpp), LedgerInputError
int cmd_ledger(int argc, char** argv, const LedgerIo& io);

}  // namespace lde::cli
