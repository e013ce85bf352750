// The SQLite store of `lde ledger` (docs/cli.md "lde ledger"): one allocation's settlement
// ledger (lde-ledger/1 facts) in a file, WAL mode, append-only (triggers refuse UPDATE and
// DELETE), each add one transaction.
#pragma once

#include "lde/ledger/ledger.hpp"

#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lde::cli {

/// A problem with the store file (exit 2): `lde: FILE.db: message`.
struct StoreError {
  std::string file;
  std::string message;
};

/// An open store. Not copyable; closes the file on destruction.
class LedgerStore {
 public:
  /// Creates @p path (it must not exist) with the schema, WAL mode and the append-only triggers;
  /// @p allocation_number, when given, is stored now, else by the first add that names it.
  /// @throws StoreError
  static void init(const std::string& path, const std::optional<std::string>& allocation_number);
  /// Opens an existing store. @throws StoreError when it is missing or not an lde ledger store
  explicit LedgerStore(const std::string& path);
  ~LedgerStore();
  LedgerStore(const LedgerStore&) = delete;
  LedgerStore& operator=(const LedgerStore&) = delete;

  /// The log as stored (facts in the order they were added). @throws StoreError
  ledger::Log load() const;
  /// Number of committed adds.
  int adds() const;
  /// Appends @p facts (already validated with the whole log) and, when the store has none yet,
  /// @p allocation_number, as one transaction recorded as add number adds() + 1 from @p source.
  /// Either everything is written or nothing. @throws StoreError
  void append(const std::vector<ledger::Fact>& facts, const std::string& allocation_number, const std::string& source);

 private:
  void exec(const char* sql) const;
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace lde::cli
