// The SQLite store of `lde ledger` (ledger_store.hpp). The schema:
//   meta(key, value)                          format "lde-ledger-store/1", allocation_number,
//                                             parameters_fingerprint (written by the first add)
//   adds(id, added_at, source, facts)         one row per committed `lde ledger add`
//   facts(seq, add_id, json)                  one lde-ledger/1 fact per row, in the order added
// with triggers that abort any UPDATE or DELETE of the three tables (append-only: a correction
// is a new fact, S-2). WAL journal mode; synchronous FULL so a committed add survives a crash.
#include "ledger_store.hpp"

#include "lde/core/error.hpp"
#include "lde/io/ledger.hpp"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>

namespace lde::cli {

namespace {

constexpr const char* kStoreFormat = "lde-ledger-store/1";

constexpr const char* kSchema = R"(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE adds (id INTEGER PRIMARY KEY, added_at TEXT NOT NULL, source TEXT NOT NULL, facts INTEGER NOT NULL) STRICT;
CREATE TABLE facts (seq INTEGER PRIMARY KEY, add_id INTEGER NOT NULL REFERENCES adds(id), json TEXT NOT NULL) STRICT;
CREATE TRIGGER meta_no_update BEFORE UPDATE ON meta BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
CREATE TRIGGER meta_no_delete BEFORE DELETE ON meta BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
CREATE TRIGGER adds_no_update BEFORE UPDATE ON adds BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
CREATE TRIGGER adds_no_delete BEFORE DELETE ON adds BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
CREATE TRIGGER facts_no_update BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
CREATE TRIGGER facts_no_delete BEFORE DELETE ON facts BEGIN SELECT RAISE(ABORT, 'the ledger store is append-only'); END;
)";

/// A prepared statement, finalized on scope exit.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      throw StoreError{path, std::string("not an lde ledger store (") + sqlite3_errmsg(db) + ")"};
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  sqlite3_stmt* get() const { return stmt_; }
  void text(int i, const std::string& s) { sqlite3_bind_text(stmt_, i, s.c_str(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
  void integer(int i, long long v) { sqlite3_bind_int64(stmt_, i, v); }
  /// Runs a statement that returns no rows.
  void done(sqlite3* db) {
    if (sqlite3_step(stmt_) != SQLITE_DONE) throw StoreError{path_, std::string("cannot write: ") + sqlite3_errmsg(db)};
    sqlite3_reset(stmt_);
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  std::string path_;
};

std::string now_iso() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

sqlite3* open_db(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw StoreError{path, "cannot open the ledger store (" + message + ")"};
  }
  sqlite3_busy_timeout(db, 10000);
  return db;
}

}  // namespace

void LedgerStore::exec(const char* sql) const {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string message = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw StoreError{path_, message};
  }
}

void LedgerStore::init(const std::string& path, const std::optional<std::string>& allocation_number) {
  if (std::filesystem::exists(path)) throw StoreError{path, "the file exists; lde ledger init creates a new store"};
  sqlite3* db = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto fail = [&](const std::string& what) {
    const std::string message = what + " (" + sqlite3_errmsg(db) + ")";
    sqlite3_close(db);
    std::filesystem::remove(path);
    throw StoreError{path, message};
  };
  if (sqlite3_exec(db, "PRAGMA journal_mode=WAL;", nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot use WAL mode");
  if (sqlite3_exec(db, "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot create the store");
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot create the store");
  {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO meta(key, value) VALUES (?1, ?2);", -1, &st, nullptr);
    auto put = [&](const char* key, const std::string& value) {
      sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_text(st, 2, value.c_str(), -1, SQLITE_TRANSIENT);
      const bool ok = sqlite3_step(st) == SQLITE_DONE;
      sqlite3_reset(st);
      return ok;
    };
    const bool ok = put("format", kStoreFormat) && (!allocation_number || put("allocation_number", *allocation_number));
    sqlite3_finalize(st);
    if (!ok) fail("cannot create the store");
  }
  if (sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr) != SQLITE_OK) fail("cannot create the store");
  sqlite3_close(db);
}

LedgerStore::LedgerStore(const std::string& path) : path_(path) {
  if (!std::filesystem::exists(path)) throw StoreError{path, "no such ledger store (create it with lde ledger init)"};
  db_ = open_db(path, SQLITE_OPEN_READWRITE);
  try {
    exec("PRAGMA synchronous=FULL;");
    Statement st(db_, "SELECT value FROM meta WHERE key = 'format';", path_);
    if (sqlite3_step(st.get()) != SQLITE_ROW ||
        std::string(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0))) != kStoreFormat) {
      throw StoreError{path_, std::string("not an lde ledger store (no format ") + kStoreFormat + ")"};
    }
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

LedgerStore::~LedgerStore() { sqlite3_close(db_); }

ledger::Log LedgerStore::load() const {
  ledger::Log log;
  {
    Statement st(db_, "SELECT value FROM meta WHERE key = 'allocation_number';", path_);
    if (sqlite3_step(st.get()) == SQLITE_ROW) log.allocation_number = reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0));
  }
  std::string facts = "{\"allocation_number\": \"-\", \"facts\": [";
  Statement st(db_, "SELECT json FROM facts ORDER BY seq;", path_);
  bool first = true;
  int rc = 0;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    facts += (first ? "" : ",");
    facts += reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0));
    first = false;
  }
  if (rc != SQLITE_DONE) throw StoreError{path_, std::string("cannot read: ") + sqlite3_errmsg(db_)};
  facts += "]}";
  try {
    log.facts = io::parse_ledger_log(facts, path_).facts;
  } catch (const Error& e) {
    throw StoreError{path_, "a stored fact cannot be read: " + std::string(e.what())};
  }
  return log;
}

int LedgerStore::adds() const {
  Statement st(db_, "SELECT count(*) FROM adds;", path_);
  if (sqlite3_step(st.get()) != SQLITE_ROW) throw StoreError{path_, std::string("cannot read: ") + sqlite3_errmsg(db_)};
  return sqlite3_column_int(st.get(), 0);
}

std::optional<std::string> LedgerStore::parameters_fingerprint() const {
  Statement st(db_, "SELECT value FROM meta WHERE key = 'parameters_fingerprint';", path_);
  const int rc = sqlite3_step(st.get());
  if (rc == SQLITE_ROW) return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
  if (rc != SQLITE_DONE) throw StoreError{path_, std::string("cannot read: ") + sqlite3_errmsg(db_)};
  return std::nullopt;
}

LedgerStore::Appended LedgerStore::append(const std::function<Batch(const ledger::Log& stored)>& prepare,
                                          const std::string& parameters_fingerprint, const std::string& source) {
  // The write lock is taken before the stored log is read, so the batch is validated against
  // exactly the log it is appended to: two concurrent adds cannot both pass against one snapshot.
  exec("BEGIN IMMEDIATE;");
  try {
    const ledger::Log stored = load();
    const Batch batch = prepare(stored);
    auto put_meta = [&](const char* key, const std::string& value) {
      Statement meta(db_, "INSERT INTO meta(key, value) VALUES (?1, ?2);", path_);
      meta.text(1, key);
      meta.text(2, value);
      meta.done(db_);
    };
    if (stored.allocation_number.empty()) put_meta("allocation_number", batch.allocation_number);
    // A store with facts but no fingerprint was written by an older lde (validated with the
    // defaults): it stays as it is.
    if (stored.facts.empty() && !this->parameters_fingerprint()) put_meta("parameters_fingerprint", parameters_fingerprint);
    Statement add(db_, "INSERT INTO adds(added_at, source, facts) VALUES (?1, ?2, ?3);", path_);
    add.text(1, now_iso());
    add.text(2, source);
    add.integer(3, static_cast<long long>(batch.facts.size()));
    add.done(db_);
    const long long id = sqlite3_last_insert_rowid(db_);
    Statement fact(db_, "INSERT INTO facts(add_id, json) VALUES (?1, ?2);", path_);
    for (const ledger::Fact& f : batch.facts) {
      fact.integer(1, id);
      fact.text(2, io::fact_json(f));
      fact.done(db_);
    }
    const Appended appended{batch.facts.size(), stored.facts.size() + batch.facts.size(), adds()};
    exec("COMMIT;");
    return appended;
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);
    throw;
  }
}

}  // namespace lde::cli
