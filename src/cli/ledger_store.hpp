// The SQLite store of `lde ledger` (docs/cli.md "lde ledger"): one allocation's settlement
// ledger (lde-ledger/1 facts) in a file, WAL mode, append-only (triggers refuse UPDATE and
// DELETE), each add one transaction.
#pragma once

#include "lde/ledger/ledger.hpp"

#include <cstddef>
#include <functional>
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
  /// The fingerprint of the parameter set the stored facts were validated with (meta
  /// `parameters_fingerprint`, written by the first add); none in a store that has no add yet
  /// or that an older lde wrote (its facts were validated with the defaults). Once written it
  /// never changes, so reading it after load() answers for the facts loaded. @throws StoreError
  std::optional<std::string> parameters_fingerprint() const;

  /// What an add writes: its facts and, when the store has none yet, the allocation number.
  struct Batch {
    std::vector<ledger::Fact> facts;
    std::string allocation_number;
  };
  /// What a committed add wrote, counted inside its transaction.
  struct Appended {
    std::size_t added = 0;  ///< facts of this add
    std::size_t total = 0;  ///< facts in the store after it
    int add = 0;            ///< its number (1 for the first add)
  };
  /// One add, as one transaction (`BEGIN IMMEDIATE` … `COMMIT`): reloads the stored log under
  /// the write lock, asks @p prepare for the batch (it validates the stored log with the new
  /// facts and throws to write nothing; it may read this store), writes it as add number
  /// adds() + 1 from @p source and, in a store with no fact and no recorded fingerprint yet,
  /// records @p parameters_fingerprint. Either everything is written or nothing.
  /// @throws StoreError, or what @p prepare throws
  Appended append(const std::function<Batch(const ledger::Log& stored)>& prepare,
                  const std::string& parameters_fingerprint, const std::string& source);

 private:
  void exec(const char* sql) const;
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace lde::cli
