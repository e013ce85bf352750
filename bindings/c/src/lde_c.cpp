// The stable C ABI of lde: thin, exception-proof wrappers around the C++ API.
//
// Every exported function either cannot fail (lde_*_free, the static-string
// getters) or runs its body inside guard(), which catches every exception and
// turns it into an lde_status plus a thread-local message that names the field.
#define LDE_EXPERIMENTAL_API 1
#include "lde/lde.h"

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/quality.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/io/json.hpp"
#include "lde/population/population.hpp"
#include "lde/version.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/status.hpp"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

static_assert(LDE_VERSION_MAJOR == LDE_CPP_VERSION_MAJOR && LDE_VERSION_MINOR == LDE_CPP_VERSION_MINOR &&
                  LDE_VERSION_PATCH == LDE_CPP_VERSION_PATCH,
              "lde.h LDE_VERSION_* must match the project version in CMakeLists.txt");
#define LDE_C_STR2(x) #x
#define LDE_C_STR(x) LDE_C_STR2(x)
#define LDE_C_VERSION_TEXT LDE_C_STR(LDE_VERSION_MAJOR) "." LDE_C_STR(LDE_VERSION_MINOR) "." LDE_C_STR(LDE_VERSION_PATCH)

// ---------------------------------------------------------------------------
// Handles
// ---------------------------------------------------------------------------

struct lde_params {
  lde::ParameterSet set;
};

struct lde_worker {
  lde::WorkerDossier dossier;
};

struct lde_enterprise {
  lde::Enterprise enterprise;
};

struct lde_decision {
  lde_decision_kind kind = 0;
  std::optional<lde::WorkerStatus> worker;
  std::vector<lde::RightPeriod> right_periods;  // worker decisions: the right history (I-4, I-6)
  std::optional<lde::EnterpriseYear> enterprise;
  lde::Trace trace;
  lde::Receipt receipt;
};

namespace {

// ---------------------------------------------------------------------------
// Errors: thread-local last error, guard()
// ---------------------------------------------------------------------------

// The last error lives in fixed thread-local buffers: recording it never
// allocates and never throws, so guard() can be noexcept without any path to
// std::terminate (a message longer than the buffer is cut, ending in "...").
constexpr std::size_t kMessageCapacity = 1024;
constexpr std::size_t kFieldCapacity = 256;

struct LastError {
  lde_status status = LDE_OK;
  char message[kMessageCapacity] = {};
  char field[kFieldCapacity] = {};
};

LastError& last_error() noexcept {
  thread_local LastError e;
  return e;
}

/// Ends the full buffer @p buffer of @p capacity bytes with "...", cutting at a UTF-8 character boundary.
void cut(char* buffer, std::size_t capacity) noexcept {
  std::size_t keep = capacity - 4;
  while (keep > 0 && (static_cast<unsigned char>(buffer[keep]) & 0xC0u) == 0x80u) --keep;
  std::memcpy(buffer + keep, "...", 4);
}

/// Copies @p text (@p size bytes) into @p buffer of @p capacity bytes, cutting it with "..." when too long.
void put_text(char* buffer, std::size_t capacity, const char* text, std::size_t size) noexcept {
  if (size < capacity) {
    std::memcpy(buffer, text, size);
    buffer[size] = '\0';
    return;
  }
  std::memcpy(buffer, text, capacity - 1);
  buffer[capacity - 1] = '\0';
  cut(buffer, capacity);
}

void put_text(char* buffer, std::size_t capacity, std::string_view text) noexcept {
  put_text(buffer, capacity, text.data(), text.size());
}

/// A failure of the C layer itself (NULL argument, buffer too small, bad enum value).
struct CFailure {
  lde_status status;
  std::string field;
  std::string message;
};

[[noreturn]] void fail(lde_status status, std::string field, std::string message) {
  throw CFailure{status, std::move(field), std::move(message)};
}

/// Records a failure; @p prefix_field puts "field: " before the message. Never allocates, never throws.
lde_status record(lde_status status, std::string_view field, std::string_view prefix, std::string_view message,
                  bool prefix_field) noexcept {
  LastError& e = last_error();
  e.status = status;
  put_text(e.field, sizeof e.field, field);
  const int n = prefix_field && !field.empty()
                    ? std::snprintf(e.message, sizeof e.message, "%.*s: %.*s%.*s", static_cast<int>(field.size()),
                                    field.data(), static_cast<int>(prefix.size()), prefix.data(),
                                    static_cast<int>(message.size()), message.data())
                    : std::snprintf(e.message, sizeof e.message, "%.*s%.*s", static_cast<int>(prefix.size()),
                                    prefix.data(), static_cast<int>(message.size()), message.data());
  if (n < 0) {
    put_text(e.message, sizeof e.message, "error message could not be formatted");
  } else if (static_cast<std::size_t>(n) >= sizeof e.message) {
    cut(e.message, sizeof e.message);
  }
  return status;
}

lde_status map_code(lde::ErrorCode code) noexcept {
  switch (code) {
    case lde::ErrorCode::invalid_argument: return LDE_STATUS_INVALID_ARGUMENT;
    case lde::ErrorCode::invalid_date: return LDE_STATUS_INVALID_DATE;
    case lde::ErrorCode::out_of_range: return LDE_STATUS_OUT_OF_RANGE;
    case lde::ErrorCode::conflict: return LDE_STATUS_CONFLICT;
    case lde::ErrorCode::parse_error: return LDE_STATUS_PARSE_ERROR;
    case lde::ErrorCode::not_found: return LDE_STATUS_NOT_FOUND;
    case lde::ErrorCode::internal: return LDE_STATUS_INTERNAL;
  }
  return LDE_STATUS_INTERNAL;
}

#ifdef LDE_C_TEST_HOOKS
// Test builds only: tests/c/tests.cmake compiles these sources a second time,
// with LDE_C_TEST_HOOKS, into liblde_c_test_hooks.so for tests/c/test_capi_internal.c.
// liblde_c.so never contains it (CTest capi_exports checks that nothing but the
// functions of lde.h is exported). It makes the next guarded call on the thread
// throw what a bug would throw, so that LDE_STATUS_INTERNAL (which no input can
// provoke) and the mapping of every exception kind are exercised for real.
thread_local int g_injected_failure = 0;

void throw_injected_failure() {
  const int kind = g_injected_failure;
  g_injected_failure = 0;
  switch (kind) {
    case 1: throw std::logic_error("injected logic_error");
    case 2: throw 42;
    case 3: throw lde::Error(lde::ErrorCode::internal, "injected.field", "injected internal error");
    case 4: throw std::bad_alloc();
    default: break;
  }
}
#endif

template <class F>
lde_status guard(F&& body) noexcept {
  LastError& e = last_error();
  e.status = LDE_OK;
  e.message[0] = '\0';
  e.field[0] = '\0';
  // Nothing below allocates once an exception is caught: record() writes into
  // the fixed thread-local buffers, so no handler can throw.
  try {
#ifdef LDE_C_TEST_HOOKS
    throw_injected_failure();
#endif
    body();
    return LDE_OK;
  } catch (const CFailure& f) {
    return record(f.status, f.field, "", f.message, true);
  } catch (const lde::Error& x) {
    return record(map_code(x.code()), x.field(), "", x.what(), false);
  } catch (const std::bad_alloc&) {
    return record(LDE_STATUS_OUT_OF_MEMORY, "", "", "out of memory", false);
  } catch (const std::exception& x) {
    return record(LDE_STATUS_INTERNAL, "", "internal error: ", x.what(), false);
  } catch (...) {
    return record(LDE_STATUS_INTERNAL, "", "internal error: ", "unknown exception", false);
  }
}

template <class T>
T& need(T* p, const char* name) {
  if (p == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, name, "must not be NULL");
  return *p;
}

template <class T>
const T& need(const T* p, const char* name) {
  if (p == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, name, "must not be NULL");
  return *p;
}

template <class H>
void start_out(H** out) {
  if (out == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, "out", "must not be NULL");
  *out = nullptr;
}

const char* need_text(const char* s, const char* name) {
  if (s == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, name, "must not be NULL");
  return s;
}

// Empty or only white space: names nothing (the JSON reader and validate() use the same rule).
bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos; }

void copy_out(const std::string& text, char* out, std::size_t out_size, std::size_t* out_needed) {
  const std::size_t needed = text.size() + 1;
  if (out_needed != nullptr) *out_needed = needed;
  if (out == nullptr && out_size > 0) fail(LDE_STATUS_INVALID_ARGUMENT, "out", "is NULL but out_size is not 0");
  if (out_size < needed) {
    if (out != nullptr && out_size > 0) out[0] = '\0';
    fail(LDE_STATUS_BUFFER_TOO_SMALL, "out_size",
         "buffer of " + std::to_string(out_size) + " bytes is too small: " + std::to_string(needed) +
             " bytes needed (see out_needed)");
  }
  std::memcpy(out, text.c_str(), needed);
}

bool bool_of(int32_t v, const std::string& field) {
  if (v != 0 && v != 1) fail(LDE_STATUS_INVALID_ARGUMENT, field, "must be 0 or 1, got " + std::to_string(v));
  return v == 1;
}

void check_flags(int flags) {
  if ((flags & ~LDE_FLAG_TRACE) != 0)
    fail(LDE_STATUS_INVALID_ARGUMENT, "flags", "unknown flag bits in " + std::to_string(flags));
}

/// The largest struct_size accepted: far above any struct lde.h will ever declare, far below
/// sizes that would make the zero check read arbitrary memory (an uninitialised struct_size).
constexpr std::size_t kMaxStructSize = 4096;

// Input structs that may grow: accept the first published size and anything
// larger whose extra bytes (fields this library does not know) are all zero.
template <class S>
S read_input_struct(const S* in, std::size_t v1_size, const char* name) {
  const S& s = need(in, name);
  if (s.struct_size < v1_size)
    fail(LDE_STATUS_INVALID_ARGUMENT, std::string(name) + ".struct_size",
         std::to_string(s.struct_size) + " is smaller than the first version of the struct (" +
             std::to_string(v1_size) + " bytes)");
  if (s.struct_size > kMaxStructSize)
    fail(LDE_STATUS_INVALID_ARGUMENT, std::string(name) + ".struct_size",
         std::to_string(s.struct_size) + " bytes is not a plausible struct size (at most " +
             std::to_string(kMaxStructSize) + "); set it to sizeof the struct");
  S copy{};
  if (s.struct_size > sizeof(S)) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(in);
    for (std::size_t i = sizeof(S); i < s.struct_size; ++i)
      if (bytes[i] != 0)
        fail(LDE_STATUS_INVALID_ARGUMENT, std::string(name) + ".struct_size",
             std::to_string(s.struct_size) + " bytes given with fields this library version (" LDE_C_VERSION_TEXT
             ") does not know set");
    std::memcpy(&copy, in, sizeof(S));
  } else {
    std::memcpy(&copy, in, s.struct_size);
  }
  return copy;
}

// Output structs that may grow: write the fields that fit in the caller's struct_size.
template <class S>
void write_output_struct(S* out, const S& value, std::size_t v1_size, const char* name) {
  S& o = need(out, name);
  const std::size_t size = o.struct_size;
  if (size > kMaxStructSize)
    fail(LDE_STATUS_INVALID_ARGUMENT, std::string(name) + ".struct_size",
         std::to_string(size) + " bytes is not a plausible struct size (at most " + std::to_string(kMaxStructSize) +
             "); set it to sizeof the struct");
  if (size < v1_size)
    fail(LDE_STATUS_INVALID_ARGUMENT, std::string(name) + ".struct_size",
         std::to_string(size) + " is smaller than the first version of the struct (" + std::to_string(v1_size) +
             " bytes); set it to sizeof the struct");
  std::memcpy(out, &value, size < sizeof(S) ? size : sizeof(S));
  o.struct_size = size;
}

// ---------------------------------------------------------------------------
// Dates and small conversions
// ---------------------------------------------------------------------------

bool is_no_date(lde_date d) { return d.year == 0 && d.month == 0 && d.day == 0; }

lde::Date to_date(lde_date d, const std::string& field) {
  if (is_no_date(d)) fail(LDE_STATUS_INVALID_DATE, field, "is required, got the empty date {0, 0, 0}");
  return lde::Date::from_ymd(static_cast<int>(d.year), static_cast<int>(d.month), static_cast<int>(d.day), field);
}

std::optional<lde::Date> to_optional_date(lde_date d, const std::string& field) {
  if (is_no_date(d)) return std::nullopt;
  return to_date(d, field);
}

lde_date from_date(const lde::Date& d) {
  lde_date r;
  r.year = static_cast<decltype(r.year)>(d.year());
  r.month = static_cast<decltype(r.month)>(d.month());
  r.day = static_cast<decltype(r.day)>(d.day());
  return r;
}

lde_date no_date() {
  lde_date r;
  r.year = 0;
  r.month = 0;
  r.day = 0;
  return r;
}

const lde::ParameterSet& params_or_default(const lde_params* p) {
  return p == nullptr ? lde::ParameterSet::defaults() : p->set;
}

std::string indexed(const char* list, std::size_t i, const char* member) {
  return std::string(list) + "[" + std::to_string(i) + "]." + member;
}

// ---------------------------------------------------------------------------
// Decision fields
// ---------------------------------------------------------------------------

struct EnumValue {
  std::int64_t value;
  std::string_view name;
};

using Value = std::variant<std::monostate, bool, std::int64_t, lde::Date, lde::Money, lde::Fte, lde::Percent,
                           std::string, EnumValue>;

enum class Scope { worker, enterprise, both };
enum class Index { none, month, quarter };

struct FieldDef {
  lde_field id;
  const char* name;
  lde_value_type type;
  Scope scope;
  Index index;
  Value (*get)(const lde_decision& d, int i);
};

template <class T>
Value opt(const std::optional<T>& v) {
  if (v) return Value(*v);
  return Value(std::monostate{});
}

const lde::WorkerStatus& W(const lde_decision& d) { return *d.worker; }
const lde::EnterpriseYear& E(const lde_decision& d) { return *d.enterprise; }
const lde::MonthlyAdvance& advance(const lde_decision& d, int m) {
  return E(d).schedule.advances.at(static_cast<std::size_t>(m - 1));
}
const lde::QuarterlySettlement& settlement(const lde_decision& d, int q) {
  return E(d).schedule.settlements.at(static_cast<std::size_t>(q - 1));
}

Value right_kind(const lde_decision& d, int) {
  const auto& k = W(d).right.kind;
  if (!k) return EnumValue{LDE_RIGHT_NONE, "none"};
  return EnumValue{static_cast<std::int64_t>(*k), lde::to_string(*k)};
}

Value traj_date(const lde_decision& d, lde::Date lde::Trajectory::*member) {
  if (!W(d).trajectory) return std::monostate{};
  return (*W(d).trajectory).*member;
}

template <class T>
Value traj_int(const lde_decision& d, T lde::Trajectory::*member) {
  if (!W(d).trajectory) return std::monostate{};
  return static_cast<std::int64_t>((*W(d).trajectory).*member);
}

const FieldDef kFields[] = {
    {LDE_FIELD_AT, "at", LDE_TYPE_DATE, Scope::worker, Index::none, [](const lde_decision& d, int) -> Value { return W(d).at; }},
    {LDE_FIELD_RIGHT_KIND, "right.kind", LDE_TYPE_INT, Scope::worker, Index::none, right_kind},
    {LDE_FIELD_RIGHT_VALID, "right.valid", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).right.valid; }},
    {LDE_FIELD_RIGHT_GRANTED, "right.granted", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).right.granted); }},
    {LDE_FIELD_RIGHT_LAST_DAY, "right.last_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).right.last_day); }},
    {LDE_FIELD_HIRING_ELIGIBLE, "hiring.eligible", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).hiring) return std::monostate{};
       return W(d).hiring->eligible;
     }},
    {LDE_FIELD_TRAJECTORY_FIRST_DAY, "trajectory.first_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::first_day); }},
    {LDE_FIELD_TRAJECTORY_ORIGINAL_LAST_DAY, "trajectory.original_last_day", LDE_TYPE_DATE, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::original_last_day); }},
    {LDE_FIELD_TRAJECTORY_LAST_DAY, "trajectory.last_day", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_date(d, &lde::Trajectory::last_day); }},
    {LDE_FIELD_TRAJECTORY_DAYS, "trajectory.days", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!W(d).trajectory) return std::monostate{};
       return lde::Period(W(d).trajectory->first_day, W(d).trajectory->last_day).days();
     }},
    {LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS, "trajectory.absence_extension_days", LDE_TYPE_INT, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::absence_extension_days); }},
    {LDE_FIELD_TRAJECTORY_COMPETENCE_MONTHS, "trajectory.competence_extension_months", LDE_TYPE_INT, Scope::worker,
     Index::none, [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::competence_extension_months); }},
    {LDE_FIELD_TRAJECTORY_COMPETENCE_REQUESTED_MONTHS, "trajectory.competence_requested_months", LDE_TYPE_INT,
     Scope::worker, Index::none,
     [](const lde_decision& d, int) { return traj_int(d, &lde::Trajectory::competence_requested_months); }},
    {LDE_FIELD_CONTINUATION_KIND, "continuation", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       const auto k = W(d).continuation.kind;
       return EnumValue{static_cast<std::int64_t>(k), lde::to_string(k)};
     }},
    {LDE_FIELD_CONTINUATION_FROM, "continuation.from", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).continuation.from); }},
    {LDE_FIELD_CONTINUATION_DECISIVE_DATE, "continuation.decisive_date", LDE_TYPE_DATE, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(W(d).continuation.decisive_date); }},
    {LDE_FIELD_CONTINUATION_AGE, "continuation.age_at_decisive_date", LDE_TYPE_INT, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value {
       const auto& a = W(d).continuation.age_at_decisive_date;
       if (!a) return std::monostate{};
       return static_cast<std::int64_t>(*a);
     }},
    {LDE_FIELD_IN_TRAJECTORY, "status.in_trajectory", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).in_trajectory; }},
    {LDE_FIELD_IN_CONTINUATION, "status.in_continuation", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).in_continuation; }},
    {LDE_FIELD_COMPENSATED, "status.compensated", LDE_TYPE_BOOL, Scope::worker, Index::none,
     [](const lde_decision& d, int) -> Value { return W(d).compensated; }},

    {LDE_FIELD_YEAR, "year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).year); }},
    {LDE_FIELD_ADVANCE, "advances", LDE_TYPE_MONEY, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).amount; }},
    {LDE_FIELD_ADVANCE_FILLED_FTE, "advances.filled_fte", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).filled_fte; }},
    {LDE_FIELD_ADVANCE_CONTINGENT, "advances.contingent", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).contingent; }},
    {LDE_FIELD_ADVANCE_CAPPED_FTE, "advances.capped_fte", LDE_TYPE_FTE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).capped_fte; }},
    {LDE_FIELD_ADVANCE_TRANSITION_AMOUNT_USED, "advances.transition_amount_used", LDE_TYPE_BOOL, Scope::enterprise,
     Index::month, [](const lde_decision& d, int i) -> Value { return advance(d, i).transition_amount_used; }},
    {LDE_FIELD_ADVANCE_PAYMENT_REFERENCE, "advances.payment_reference", LDE_TYPE_TEXT, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).payment_reference; }},
    {LDE_FIELD_QUARTER_RIGHT, "quarter_rights", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).right; }},
    {LDE_FIELD_QUARTER_ADVANCES, "quarter_rights.advances", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).advances; }},
    {LDE_FIELD_SETTLEMENT, "settlements", LDE_TYPE_MONEY, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).settlement; }},
    {LDE_FIELD_QUARTER_DMFA_FTE, "quarter_rights.dmfa_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).dmfa_fte; }},
    {LDE_FIELD_QUARTER_CONTINGENT, "quarter_rights.contingent", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).contingent; }},
    {LDE_FIELD_QUARTER_CAPPED_FTE, "quarter_rights.capped_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).capped_fte; }},
    {LDE_FIELD_QUARTER_TRANSITION_AMOUNT_USED, "quarter_rights.transition_amount_used", LDE_TYPE_BOOL,
     Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return settlement(d, i).transition_amount_used; }},
    {LDE_FIELD_SETTLEMENT_PAYMENT_REFERENCE, "settlements.payment_reference", LDE_TYPE_TEXT, Scope::enterprise,
     Index::quarter, [](const lde_decision& d, int i) -> Value { return settlement(d, i).payment_reference; }},
    {LDE_FIELD_TOTAL_ADVANCES, "totals.advances", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_advances; }},
    {LDE_FIELD_TOTAL_SETTLEMENTS, "totals.settlements", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_settlements; }},
    {LDE_FIELD_TOTAL_RIGHTS, "totals.rights", LDE_TYPE_MONEY, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).schedule.total_rights; }},
    {LDE_FIELD_SCALE_QUARTER_FTE, "scale.quarter_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return E(d).scale.quarter_fte.at(static_cast<std::size_t>(i - 1)); }},
    {LDE_FIELD_SCALE_AVERAGE_FTE, "scale.average_fte", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.average_fte; }},
    {LDE_FIELD_SCALE_MINIMUM, "scale.minimum", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.minimum; }},
    {LDE_FIELD_SCALE_MUST_COMPLY_FROM, "scale.must_comply_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(E(d).scale.must_comply_from); }},
    {LDE_FIELD_SCALE_APPLIES, "scale.applies", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.applies; }},
    {LDE_FIELD_SCALE_COMPLIANT, "scale.compliant", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).scale.compliant; }},
    {LDE_FIELD_OCCUPANCY_MEASURED_YEAR, "occupancy.measured_year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_year); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_RATE, "occupancy.quarter_occupancy", LDE_TYPE_PERCENT, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return E(d).occupancy.quarter_occupancy.at(static_cast<std::size_t>(i - 1));
     }},
    {LDE_FIELD_OCCUPANCY_RATE, "occupancy.rate", LDE_TYPE_PERCENT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.rate; }},
    {LDE_FIELD_OCCUPANCY_MINIMUM, "occupancy.minimum", LDE_TYPE_PERCENT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.minimum; }},
    {LDE_FIELD_OCCUPANCY_CONTINGENT_BEFORE, "occupancy.contingent_before", LDE_TYPE_FTE, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).occupancy.contingent_before; }},
    {LDE_FIELD_OCCUPANCY_CONTINGENT_AFTER, "occupancy.contingent_after", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.contingent_after; }},
    {LDE_FIELD_OCCUPANCY_REDUCTION, "occupancy.reduction", LDE_TYPE_FTE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.reduction; }},
    {LDE_FIELD_OCCUPANCY_REDUCED, "occupancy.reduced", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.reduced; }},
    {LDE_FIELD_OCCUPANCY_QUARTERS_COUNTED, "occupancy.quarters_counted", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.quarters_counted); }},
    {LDE_FIELD_TRANSITION_FIRST_DAY, "transition.first_day", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->first_day;
     }},
    {LDE_FIELD_TRANSITION_LAST_DAY, "transition.last_day", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->last_day;
     }},
    {LDE_FIELD_TRANSITION_CONDITIONS_FROM, "transition.conditions_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).transition) return std::monostate{};
       return E(d).transition->conditions_from;
     }},
    {LDE_FIELD_CONDITIONS_MET, "conditions.met", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).conditions.met; }},
    {LDE_FIELD_CONDITIONS_APPLY_FROM, "conditions.apply_from", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return opt(E(d).conditions.apply_from); }},
    {LDE_FIELD_CONDITIONS_APPLY, "conditions.applies", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).conditions.applies; }},
    {LDE_FIELD_REPORT_DUE, "quality.report_due", LDE_TYPE_DATE, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value {
       if (!E(d).report) return std::monostate{};
       return E(d).report->due;
     }},
    {LDE_FIELD_POP_REQUIRED, "quality.pop_required", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).pop_required; }},

    {LDE_FIELD_ADVANCE_CONTINGENT_CHANGED, "advances.contingent_changed", LDE_TYPE_BOOL, Scope::enterprise,
     Index::month, [](const lde_decision& d, int i) -> Value { return advance(d, i).contingent_changed; }},
    {LDE_FIELD_ADVANCE_PAYMENT_AROUND, "advances.payment_around", LDE_TYPE_DATE, Scope::enterprise, Index::month,
     [](const lde_decision& d, int i) -> Value { return advance(d, i).payment_around; }},
    {LDE_FIELD_QUARTER_CONTINGENT_CHANGED, "quarter_rights.contingent_changed", LDE_TYPE_BOOL, Scope::enterprise,
     Index::quarter, [](const lde_decision& d, int i) -> Value { return settlement(d, i).contingent_changed; }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN, "occupancy.measured_in", LDE_TYPE_TEXT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.measured_in.iso(); }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN_YEAR, "occupancy.measured_in.year", LDE_TYPE_INT, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_in.year()); }},
    {LDE_FIELD_OCCUPANCY_MEASURED_IN_QUARTER, "occupancy.measured_in.quarter", LDE_TYPE_INT, Scope::enterprise,
     Index::none,
     [](const lde_decision& d, int) -> Value { return static_cast<std::int64_t>(E(d).occupancy.measured_in.quarter()); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_FTE, "occupancy.quarter_fte", LDE_TYPE_FTE, Scope::enterprise, Index::quarter,
     [](const lde_decision& d, int i) -> Value { return E(d).occupancy.quarter_fte.at(static_cast<std::size_t>(i - 1)); }},
    {LDE_FIELD_OCCUPANCY_QUARTER_CONTINGENT, "occupancy.quarter_contingent", LDE_TYPE_FTE, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return E(d).occupancy.quarter_contingent.at(static_cast<std::size_t>(i - 1));
     }},
    {LDE_FIELD_OCCUPANCY_QUARTER_COUNTED, "occupancy.quarter_counted", LDE_TYPE_BOOL, Scope::enterprise,
     Index::quarter,
     [](const lde_decision& d, int i) -> Value {
       return static_cast<bool>(E(d).occupancy.quarter_counted.at(static_cast<std::size_t>(i - 1)));
     }},
    {LDE_FIELD_OCCUPANCY_MEASURABLE, "occupancy.measurable", LDE_TYPE_BOOL, Scope::enterprise, Index::none,
     [](const lde_decision& d, int) -> Value { return E(d).occupancy.measurable; }},
    {LDE_FIELD_SCALE_LABEL_MAY_BE_WITHDRAWN, "scale.label_may_be_withdrawn", LDE_TYPE_BOOL, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).scale.label_may_be_withdrawn; }},
    {LDE_FIELD_CONDITIONS_LABEL_MAY_BE_WITHDRAWN, "conditions.label_may_be_withdrawn", LDE_TYPE_BOOL, Scope::enterprise,
     Index::none, [](const lde_decision& d, int) -> Value { return E(d).conditions.label_may_be_withdrawn; }},

    {LDE_FIELD_LIBRARY_VERSION, "receipt.library_version", LDE_TYPE_TEXT, Scope::both, Index::none,
     [](const lde_decision& d, int) -> Value { return d.receipt.library_version; }},
    {LDE_FIELD_PARAMETERS_FINGERPRINT, "receipt.parameters_fingerprint", LDE_TYPE_TEXT, Scope::both, Index::none,
     [](const lde_decision& d, int) -> Value { return d.receipt.parameters_fingerprint; }},
};

const FieldDef* find_field(lde_field id) noexcept {
  for (const FieldDef& f : kFields)
    if (f.id == id) return &f;
  return nullptr;
}

const char* type_name(lde_value_type t) {
  switch (t) {
    case LDE_TYPE_BOOL: return "bool";
    case LDE_TYPE_INT: return "int";
    case LDE_TYPE_DATE: return "date";
    case LDE_TYPE_MONEY: return "money";
    case LDE_TYPE_FTE: return "fte";
    case LDE_TYPE_PERCENT: return "percent";
    case LDE_TYPE_TEXT: return "text";
    default: return "unknown";
  }
}

const FieldDef& field_def(lde_field id) {
  const FieldDef* f = find_field(id);
  if (f == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, "field", "unknown field value " + std::to_string(id));
  return *f;
}

/// The value of @p id at @p index, after checking decision kind, index and (unless 0) type.
Value read_field(const lde_decision* decision, lde_field id, int32_t index, lde_value_type want) {
  const lde_decision& d = need(decision, "decision");
  const FieldDef& f = field_def(id);
  if (want != 0 && f.type != want)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name,
         std::string("is of type ") + type_name(f.type) + ", not " + type_name(want));
  if (f.scope == Scope::worker && d.kind != LDE_DECISION_WORKER)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name, "is a worker field, but the decision is about an enterprise");
  if (f.scope == Scope::enterprise && d.kind != LDE_DECISION_ENTERPRISE)
    fail(LDE_STATUS_INVALID_ARGUMENT, f.name, "is an enterprise field, but the decision is about a worker");
  const int max = f.index == Index::month ? 12 : f.index == Index::quarter ? 4 : 0;
  const int min = max == 0 ? 0 : 1;
  if (index < min || index > max)
    fail(LDE_STATUS_OUT_OF_RANGE, f.name,
         "index " + std::to_string(index) + " is outside " + std::to_string(min) + ".." + std::to_string(max));
  Value v = f.get(d, static_cast<int>(index));
  return v;
}

[[noreturn]] void absent(const FieldDef& f) {
  fail(LDE_STATUS_NOT_FOUND, f.name, "has no value in this decision");
}

std::string value_text(const Value& v) {
  struct Visitor {
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(const lde::Date& d) const { return d.iso(); }
    std::string operator()(const lde::Money& m) const { return m.to_string(); }
    std::string operator()(const lde::Fte& f) const { return f.to_string(); }
    std::string operator()(const lde::Percent& p) const { return p.to_string(); }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const EnumValue& e) const { return std::string(e.name); }
  };
  return std::visit(Visitor{}, v);
}

std::int64_t value_int(const Value& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b ? 1 : 0;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* e = std::get_if<EnumValue>(&v)) return e->value;
  if (const auto* m = std::get_if<lde::Money>(&v)) return m->cents();
  if (const auto* f = std::get_if<lde::Fte>(&v)) return f->units();
  if (const auto* p = std::get_if<lde::Percent>(&v)) return p->hundredths();
  fail(LDE_STATUS_INTERNAL, "", "decision field has no integer representation");
}

template <class Out>
lde_status get_number(const lde_decision* decision, lde_field field, int32_t index, Out* out, lde_value_type type) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    const Value v = read_field(decision, field, index, type);
    if (std::holds_alternative<std::monostate>(v)) absent(field_def(field));
    *out = static_cast<Out>(value_int(v));
  });
}

const lde::TraceStep& step_of(const lde_decision* decision, std::size_t step) {
  const lde_decision& d = need(decision, "decision");
  const auto& steps = d.trace.steps();
  if (step >= steps.size())
    fail(LDE_STATUS_OUT_OF_RANGE, "step",
         "step " + std::to_string(step) + " is past the end of the trace (" + std::to_string(steps.size()) +
             " steps)");
  return steps[step];
}

void check_item(std::size_t index, std::size_t count, const char* what) {
  if (index >= count)
    fail(LDE_STATUS_OUT_OF_RANGE, "index",
         "index " + std::to_string(index) + " is past the end of the " + what + " (" + std::to_string(count) + ")");
}

const std::vector<std::string>& failing_of(const lde_decision& d) {
  static const std::vector<std::string> kNone;
  if (d.kind == LDE_DECISION_WORKER) return d.worker->hiring ? d.worker->hiring->failing : kNone;
  return d.enterprise->conditions.failing;
}

constexpr std::size_t kEmploymentV1 = offsetof(lde_employment, employer_contingent_units) + sizeof(int64_t);
constexpr std::size_t kTraceStepV1 = offsetof(lde_trace_step, note_count) + sizeof(size_t);
constexpr std::size_t kParameterUseV1 = offsetof(lde_parameter_use, source) + sizeof(const char*);
constexpr std::size_t kWorkerColumnsV1 = offsetof(lde_worker_columns, external_job_found) + sizeof(const int64_t*);
constexpr std::size_t kAbsenceColumnsV1 = offsetof(lde_absence_columns, reason) + sizeof(const int32_t*);
constexpr std::size_t kWorkerOutputsV1 = offsetof(lde_worker_outputs, reason) + sizeof(uint32_t*);
constexpr std::size_t kReasonRuleV1 = offsetof(lde_reason_rule, interpretations) + sizeof(const char*);
constexpr std::size_t kRightPeriodV1 = offsetof(lde_right_period, replaced_by) + sizeof(size_t);
constexpr std::size_t kAbsenceJudgementV1 = offsetof(lde_absence_judgement, source_count) + sizeof(size_t);

const lde_decision& worker_decision(const lde_decision* decision, const char* what) {
  const lde_decision& d = need(decision, "decision");
  if (d.kind != LDE_DECISION_WORKER)
    fail(LDE_STATUS_INVALID_ARGUMENT, "decision", std::string(what) + " belong to a worker decision, not an enterprise decision");
  return d;
}

const lde_decision& enterprise_decision(const lde_decision* decision, const char* what) {
  const lde_decision& d = need(decision, "decision");
  if (d.kind != LDE_DECISION_ENTERPRISE)
    fail(LDE_STATUS_INVALID_ARGUMENT, "decision", std::string(what) + " belong to an enterprise decision, not a worker decision");
  return d;
}

const std::vector<lde::AbsenceJudgement>& absences_of(const lde_decision& d) {
  static const std::vector<lde::AbsenceJudgement> kNone;
  return d.worker->trajectory ? d.worker->trajectory->absences : kNone;
}

}  // namespace

// ===========================================================================
// Exported functions
// ===========================================================================

extern "C" {

const char* lde_status_string(lde_status status) {
  switch (status) {
    case LDE_OK: return "ok";
    case LDE_STATUS_INVALID_ARGUMENT: return "invalid_argument";
    case LDE_STATUS_INVALID_DATE: return "invalid_date";
    case LDE_STATUS_OUT_OF_RANGE: return "out_of_range";
    case LDE_STATUS_CONFLICT: return "conflict";
    case LDE_STATUS_PARSE_ERROR: return "parse_error";
    case LDE_STATUS_NOT_FOUND: return "not_found";
    case LDE_STATUS_OUT_OF_MEMORY: return "out_of_memory";
    case LDE_STATUS_INTERNAL: return "internal";
    case LDE_STATUS_BUFFER_TOO_SMALL: return "buffer_too_small";
    default: return "unknown";
  }
}

const char* lde_last_error_message(void) { return last_error().message; }

const char* lde_last_error_field(void) { return last_error().field; }

lde_status lde_last_error_status(void) { return last_error().status; }

uint32_t lde_version(void) { return LDE_VERSION_NUMBER; }

const char* lde_version_string(void) { return LDE_C_VERSION_TEXT; }

// --- dates ------------------------------------------------------------------

lde_status lde_date_check(lde_date date) {
  return guard([&] { (void)to_date(date, "date"); });
}

lde_status lde_date_to_days(lde_date date, int64_t* out_days) {
  return guard([&] {
    need(out_days, "out_days");
    *out_days = to_date(date, "date").days_since_epoch();
  });
}

lde_status lde_date_from_days(int64_t days, lde_date* out) {
  return guard([&] {
    need(out, "out");
    *out = no_date();
    *out = from_date(lde::Date::from_days_since_epoch(days, "days"));
  });
}

// --- parameters ---------------------------------------------------------------

lde_status lde_params_default(lde_params** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_params{lde::ParameterSet::defaults()};
  });
}

lde_status lde_params_from_json(const char* json, lde_params** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_params{lde::ParameterSet::from_json(need_text(json, "json"), "json")};
  });
}

lde_status lde_params_with_changes(const lde_params* base, const char* changes_json, lde_params** out) {
  return guard([&] {
    start_out(out);
    const lde_params& b = need(base, "base");
    // Origin "parameters", as lde_evaluate_json() uses for an input's "parameters" and Python's
    // Parameters.with_changes(): a plain value's source reads "change in parameters", so the same
    // changes give the same fingerprint through every front end.
    *out = new lde_params{b.set.with_changes(need_text(changes_json, "changes_json"), "parameters")};
  });
}

lde_status lde_params_fingerprint(const lde_params* params, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(params, "params").set.fingerprint(), out, out_size, out_needed); });
}

void lde_params_free(lde_params* params) { delete params; }

// --- worker ---------------------------------------------------------------------

lde_status lde_worker_new(lde_date birth_date, lde_worker** out) {
  return guard([&] {
    start_out(out);
    lde::WorkerDossier dossier{to_date(birth_date, "birth_date"), {}, {}, {}, {}, std::nullopt};
    *out = new lde_worker{std::move(dossier)};
  });
}

lde_status lde_worker_from_json(const char* json, lde_worker** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_worker{lde::io::parse_worker(need_text(json, "json"), "json")};
  });
}

lde_status lde_worker_add_right(lde_worker* worker, lde_right_kind kind, lde_date granted) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.rights.size();
    if (kind < LDE_RIGHT_LDE || kind > LDE_RIGHT_VOP)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("rights", i, "kind"),
           "unknown right kind " + std::to_string(kind) + " (1 lde, 2 maatwerk, 3 vop)");
    w.dossier.rights.push_back({static_cast<lde::RightKind>(kind), to_date(granted, indexed("rights", i, "granted"))});
  });
}

lde_status lde_worker_add_employment(lde_worker* worker, const lde_employment* employment) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const lde_employment e = read_input_struct(employment, kEmploymentV1, "employment");
    const std::size_t i = w.dossier.employment.size();
    const std::string employer_field = indexed("employment", i, "employer");
    lde::Employment out{std::string(need_text(e.employer, employer_field.c_str())),
                        to_date(e.first_day, indexed("employment", i, "first_day")),
                        to_optional_date(e.last_day, indexed("employment", i, "last_day")),
                        bool_of(e.employer_recognised, indexed("employment", i, "employer_recognised")),
                        lde::Fte::from_units(e.employer_contingent_units,
                                             indexed("employment", i, "employer_contingent_fte")),
                        bool_of(e.employer_in_brussels, indexed("employment", i, "employer_in_brussels"))};
    if (out.last_day) (void)lde::Period(out.first_day, *out.last_day, indexed("employment", i, "last_day"));
    if (is_blank(out.employer))  // the JSON reader and validate() refuse it too
      fail(LDE_STATUS_INVALID_ARGUMENT, employer_field, "the employer label \"" + out.employer + "\" is empty or only white space");
    w.dossier.employment.push_back(std::move(out));
  });
}

lde_status lde_worker_add_absence(lde_worker* worker, lde_date first_day, lde_date last_day,
                                  lde_absence_reason reason) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.absences.size();
    if (reason < LDE_ABSENCE_ILLNESS || reason > LDE_ABSENCE_OTHER)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("absences", i, "reason"),
           "unknown absence reason " + std::to_string(reason) + " (1..6)");
    const lde::Date first = to_date(first_day, indexed("absences", i, "first_day"));
    const lde::Date last = to_date(last_day, indexed("absences", i, "last_day"));
    (void)lde::Period(first, last, indexed("absences", i, "last_day"));
    w.dossier.absences.push_back({first, last, static_cast<lde::AbsenceReason>(reason)});
  });
}

lde_status lde_worker_add_competence_extension(lde_worker* worker, int32_t months, lde_date approved) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.competence_extensions.size();
    if (months <= 0)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("competence_extensions", i, "months"),
           "must be above 0, got " + std::to_string(months));
    w.dossier.competence_extensions.push_back(
        {static_cast<int>(months), to_date(approved, indexed("competence_extensions", i, "approved"))});
  });
}

lde_status lde_worker_set_doorstroom(lde_worker* worker, lde_date first_day, lde_date last_day,
                                     lde_date external_job_found) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const lde::Date first = to_date(first_day, "doorstroom.first_day");
    const lde::Date last = to_date(last_day, "doorstroom.last_day");
    (void)lde::Period(first, last, "doorstroom.last_day");
    w.dossier.doorstroom =
        lde::Doorstroom{first, last, to_optional_date(external_job_found, "doorstroom.external_job_found"), {}};
  });
}

lde_status lde_worker_add_non_cooperation(lde_worker* worker, lde_date first_day, lde_date last_day) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    if (!w.dossier.doorstroom)
      fail(LDE_STATUS_INVALID_ARGUMENT, "doorstroom.non_cooperation",
           "set the doorstroom with lde_worker_set_doorstroom() first");
    auto& list = w.dossier.doorstroom->non_cooperation;
    const std::string base = "doorstroom.non_cooperation[" + std::to_string(list.size()) + "]";
    list.emplace_back(to_date(first_day, base + ".first_day"), to_date(last_day, base + ".last_day"),
                      base + ".last_day");
  });
}

lde_status lde_worker_validate(const lde_worker* worker) {
  return guard([&] { lde::validate(need(worker, "worker").dossier); });
}

lde_status lde_worker_to_json(const lde_worker* worker, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(lde::io::to_json(need(worker, "worker").dossier), out, out_size, out_needed); });
}

void lde_worker_free(lde_worker* worker) { delete worker; }

// --- enterprise -----------------------------------------------------------------

lde_status lde_enterprise_new(const char* allocation_number, lde_enterprise** out) {
  return guard([&] {
    start_out(out);
    auto e = std::make_unique<lde_enterprise>();
    e->enterprise.allocation_number = need_text(allocation_number, "allocation_number");
    if (is_blank(e->enterprise.allocation_number))
      fail(LDE_STATUS_INVALID_ARGUMENT, "allocation_number",
           "the allocation number \"" + e->enterprise.allocation_number + "\" is empty or only white space");
    e->enterprise.legal_form_text = std::string(lde::to_string(e->enterprise.legal_form));
    *out = e.release();
  });
}

lde_status lde_enterprise_from_json(const char* json, lde_enterprise** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_enterprise{lde::io::parse_enterprise(need_text(json, "json"), "json")};
  });
}

lde_status lde_enterprise_set_legal_form(lde_enterprise* enterprise, lde_legal_form form) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (form < LDE_LEGAL_FORM_VZW || form > LDE_LEGAL_FORM_OTHER)
      fail(LDE_STATUS_INVALID_ARGUMENT, "legal_form", "unknown legal form " + std::to_string(form) + " (1..7)");
    e.enterprise.legal_form = static_cast<lde::LegalForm>(form);
    e.enterprise.legal_form_text = std::string(lde::to_string(e.enterprise.legal_form));
  });
}

lde_status lde_enterprise_set_seat(lde_enterprise* enterprise, lde_seat seat) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (seat != LDE_SEAT_FLANDERS && seat != LDE_SEAT_BRUSSELS)
      fail(LDE_STATUS_INVALID_ARGUMENT, "seat", "unknown seat " + std::to_string(seat) + " (1 flanders, 2 brussels)");
    e.enterprise.seat = static_cast<lde::Seat>(seat);
  });
}

lde_status lde_enterprise_set_other_activities(lde_enterprise* enterprise, lde_other_activities activities) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (activities < LDE_OTHER_ACTIVITIES_NONE || activities > LDE_OTHER_ACTIVITIES_NON_COMMERCIAL)
      fail(LDE_STATUS_INVALID_ARGUMENT, "other_activities",
           "unknown value " + std::to_string(activities) + " (0 none, 1 commercial, 2 non_commercial)");
    e.enterprise.other_activities = static_cast<lde::OtherActivities>(activities);
  });
}

lde_status lde_enterprise_set_flag(lde_enterprise* enterprise, lde_enterprise_flag flag, int32_t value) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    bool* target = nullptr;
    const char* name = "";
    switch (flag) {
      case LDE_ENTERPRISE_SUI_GENERIS_DIVISION: target = &e.enterprise.sui_generis_division; name = "sui_generis_division"; break;
      case LDE_ENTERPRISE_SEPARATE_BOOKKEEPING: target = &e.enterprise.separate_bookkeeping; name = "separate_bookkeeping"; break;
      case LDE_ENTERPRISE_SUBCONTRACTING: target = &e.enterprise.subcontracting; name = "subcontracting"; break;
      case LDE_ENTERPRISE_ENCLAVE_WORK: target = &e.enterprise.enclave_work; name = "enclave_work"; break;
      case LDE_ENTERPRISE_CONVERTED: target = &e.enterprise.converted; name = "converted"; break;
      default: fail(LDE_STATUS_INVALID_ARGUMENT, "flag", "unknown enterprise flag " + std::to_string(flag) + " (1..5)");
    }
    *target = bool_of(value, name);
  });
}

lde_status lde_enterprise_set_allocation_date(lde_enterprise* enterprise, lde_date allocation_date) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    e.enterprise.allocation_date = to_optional_date(allocation_date, "allocation_date");
  });
}

lde_status lde_enterprise_add_contingent(lde_enterprise* enterprise, lde_date from, int64_t fte_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const std::size_t i = e.enterprise.contingent.size();
    e.enterprise.contingent.push_back(
        {to_date(from, indexed("contingent", i, "from")), lde::Fte::from_units(fte_units, indexed("contingent", i, "fte"))});
  });
}

lde_status lde_enterprise_set_hires(lde_enterprise* enterprise, int32_t year, int32_t month, int64_t fte_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Month m(static_cast<int>(year), static_cast<int>(month), "hires");
    const std::string field = "hires." + m.iso();
    const lde::Fte total = lde::Fte::from_units(fte_units, field);
    if (const auto list = e.enterprise.hire_fractions.find(m); list != e.enterprise.hire_fractions.end()) {
      fail(LDE_STATUS_CONFLICT, field,
           "the month already holds " + std::to_string(list->second.size()) +
               " hires (lde_enterprise_add_hire); a month is given either as a total or hire by hire (I-14)");
    }
    e.enterprise.hires[m] = total;
  });
}

lde_status lde_enterprise_add_hire(lde_enterprise* enterprise, int32_t year, int32_t month, int64_t fraction_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Month m(static_cast<int>(year), static_cast<int>(month), "hires");
    const std::string field = "hires." + m.iso();
    // Validate everything before touching the enterprise: a failed call leaves it unchanged.
    if (const auto total = e.enterprise.hires.find(m); total != e.enterprise.hires.end()) {
      fail(LDE_STATUS_CONFLICT, field,
           "the month already holds the total " + total->second.to_string() +
               " FTE (lde_enterprise_set_hires); a month is given either as a total or hire by hire (I-14)");
    }
    const auto existing = e.enterprise.hire_fractions.find(m);
    std::vector<lde::Fte> fractions;
    if (existing != e.enterprise.hire_fractions.end()) fractions = existing->second;
    const std::string item = field + "[" + std::to_string(fractions.size()) + "]";
    fractions.push_back(lde::Fte::from_units(fraction_units, item));
    (void)lde::sum_hire_fractions(fractions, field);  // fraction in [0, 1] (names item), sum within the bound
    e.enterprise.hire_fractions[m] = std::move(fractions);
  });
}

lde_status lde_enterprise_add_dmfa(lde_enterprise* enterprise, int32_t year, int32_t quarter, const char* worker,
                                   int64_t fraction_units, int32_t reference_wage_cost_positive) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Quarter q(static_cast<int>(year), static_cast<int>(quarter), "dmfa");
    // Validate everything before touching the enterprise: a failed call leaves it unchanged
    // (no empty quarter is created).
    const auto existing = e.enterprise.dmfa.find(q);
    const std::size_t index = existing == e.enterprise.dmfa.end() ? 0 : existing->second.size();
    const std::string base = "dmfa." + q.iso() + "[" + std::to_string(index) + "]";
    const char* id = need_text(worker, (base + ".worker").c_str());
    if (is_blank(id))
      fail(LDE_STATUS_INVALID_ARGUMENT, base + ".worker", "the worker id \"" + std::string(id) + "\" is empty or only white space");
    const lde::Fte fraction =
        lde::Fte::check_fraction(lde::Fte::from_units(fraction_units, base + ".fraction"), base + ".fraction");
    const bool positive = bool_of(reference_wage_cost_positive, base + ".reference_wage_cost_positive");
    lde::DmfaLine line{std::string(id), fraction, positive};
    if (existing != e.enterprise.dmfa.end()) {
      existing->second.push_back(std::move(line));
    } else {
      std::vector<lde::DmfaLine> lines;
      lines.push_back(std::move(line));
      e.enterprise.dmfa.emplace(q, std::move(lines));
    }
  });
}

lde_status lde_enterprise_set_transition_amount(lde_enterprise* enterprise, int32_t year, int64_t cents) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const std::string field = "transition_amounts." + std::to_string(year);
    if (year < 1400 || year > 9999)
      fail(LDE_STATUS_INVALID_DATE, field, "year " + std::to_string(year) + " is outside the years 1400 to 9999");
    if (cents < 0) fail(LDE_STATUS_INVALID_ARGUMENT, field, "must not be negative, got " + std::to_string(cents) + " cents");
    if (cents > lde::enterprise_limits::max_transition_amount_cents)
      fail(LDE_STATUS_OUT_OF_RANGE, field,
           "temporary fixed amount " + std::to_string(cents) + " cents is above the largest accepted " +
               std::to_string(lde::enterprise_limits::max_transition_amount_cents) + " cents (I-20)");
    // The year range of I-14 depends on the parameter set: checked by the rules and lde_enterprise_validate_with().
    e.enterprise.transition_amounts[static_cast<int>(year)] = lde::Money::from_cents(cents);
  });
}

lde_status lde_enterprise_validate(const lde_enterprise* enterprise) {
  return guard([&] { lde::validate(need(enterprise, "enterprise").enterprise); });
}

lde_status lde_enterprise_validate_with(const lde_params* params, const lde_enterprise* enterprise) {
  return guard([&] { lde::validate(need(enterprise, "enterprise").enterprise, params_or_default(params)); });
}

lde_status lde_enterprise_to_json(const lde_enterprise* enterprise, char* out, size_t out_size, size_t* out_needed) {
  return guard(
      [&] { copy_out(lde::io::to_json(need(enterprise, "enterprise").enterprise), out, out_size, out_needed); });
}

void lde_enterprise_free(lde_enterprise* enterprise) { delete enterprise; }

// --- evaluation -----------------------------------------------------------------

lde_status lde_evaluate_worker(const lde_params* params, const lde_worker* worker, lde_date at, int flags,
                               lde_decision** out) {
  return guard([&] {
    start_out(out);
    const lde_worker& w = need(worker, "worker");
    check_flags(flags);
    const lde::Date day = to_date(at, "at");
    const lde::ParameterSet& set = params_or_default(params);
    auto d = std::make_unique<lde_decision>();
    d->kind = LDE_DECISION_WORKER;
    d->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    d->worker = lde::evaluate_worker(w.dossier, day, set, &d->trace);
    d->right_periods = lde::right_periods(w.dossier, set, nullptr);
    d->receipt = lde::Receipt::of(set);
    *out = d.release();
  });
}

lde_status lde_evaluate_enterprise(const lde_params* params, const lde_enterprise* enterprise, int32_t year, int flags,
                                   lde_decision** out) {
  return guard([&] {
    start_out(out);
    const lde_enterprise& e = need(enterprise, "enterprise");
    check_flags(flags);
    if (year < 1400 || year > 9998)
      fail(LDE_STATUS_INVALID_DATE, "year", "year " + std::to_string(year) + " is outside 1400..9998");
    const lde::ParameterSet& set = params_or_default(params);
    auto d = std::make_unique<lde_decision>();
    d->kind = LDE_DECISION_ENTERPRISE;
    d->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    d->enterprise = lde::evaluate_enterprise(e.enterprise, static_cast<int>(year), set, &d->trace);
    d->receipt = lde::Receipt::of(set);
    *out = d.release();
  });
}

lde_status lde_evaluate_json(const lde_params* params, const char* input_json, int flags, char* out, size_t out_size,
                             size_t* out_needed) {
  return guard([&] {
    const char* input = need_text(input_json, "input_json");
    check_flags(flags);
    const std::string result =
        lde::io::evaluate_json(input, params_or_default(params), (flags & LDE_FLAG_TRACE) != 0, "input_json");
    copy_out(result, out, out_size, out_needed);
  });
}

void lde_decision_free(lde_decision* decision) { delete decision; }

// --- reading a decision ------------------------------------------------------------

const char* lde_field_name(lde_field field) {
  const FieldDef* f = find_field(field);
  return f == nullptr ? nullptr : f->name;
}

lde_status lde_field_type(lde_field field, lde_value_type* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = field_def(field).type;
  });
}

lde_status lde_decision_kind_of(const lde_decision* decision, lde_decision_kind* out) {
  return guard([&] {
    need(out, "out");
    *out = need(decision, "decision").kind;
  });
}

lde_status lde_decision_has(const lde_decision* decision, lde_field field, int32_t index, int32_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = std::holds_alternative<std::monostate>(read_field(decision, field, index, 0)) ? 0 : 1;
  });
}

lde_status lde_decision_get_bool(const lde_decision* decision, lde_field field, int32_t index, int32_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_BOOL);
}

lde_status lde_decision_get_int(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_INT);
}

lde_status lde_decision_get_cents(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_MONEY);
}

lde_status lde_decision_get_fte_units(const lde_decision* decision, lde_field field, int32_t index, int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_FTE);
}

lde_status lde_decision_get_percent_hundredths(const lde_decision* decision, lde_field field, int32_t index,
                                               int64_t* out) {
  return get_number(decision, field, index, out, LDE_TYPE_PERCENT);
}

lde_status lde_decision_get_date(const lde_decision* decision, lde_field field, int32_t index, lde_date* out) {
  return guard([&] {
    need(out, "out");
    *out = no_date();
    const Value v = read_field(decision, field, index, LDE_TYPE_DATE);
    const auto* d = std::get_if<lde::Date>(&v);
    if (d == nullptr) absent(field_def(field));
    *out = from_date(*d);
  });
}

lde_status lde_decision_get_text(const lde_decision* decision, lde_field field, int32_t index, char* out,
                                 size_t out_size, size_t* out_needed) {
  return guard([&] {
    const Value v = read_field(decision, field, index, 0);
    if (std::holds_alternative<std::monostate>(v)) {
      if (out != nullptr && out_size > 0) out[0] = '\0';
      if (out_needed != nullptr) *out_needed = 1;
      absent(field_def(field));
    }
    copy_out(value_text(v), out, out_size, out_needed);
  });
}

lde_status lde_decision_failing_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = failing_of(need(decision, "decision")).size();
  });
}

lde_status lde_decision_failing_id(const lde_decision* decision, size_t index, const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const auto& list = failing_of(need(decision, "decision"));
    check_item(index, list.size(), "failing conditions");
    *out = list[index].c_str();
  });
}

lde_status lde_decision_pop_worker_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = enterprise_decision(decision, "POP workers").enterprise->pop_workers.size();
  });
}

lde_status lde_decision_pop_worker(const lde_decision* decision, size_t index, char* worker, size_t worker_size,
                                   size_t* worker_needed, int32_t* required, int32_t* quarter_mask) {
  return guard([&] {
    need(required, "required");
    need(quarter_mask, "quarter_mask");
    *required = 0;
    *quarter_mask = 0;
    const auto& list = enterprise_decision(decision, "POP workers").enterprise->pop_workers;
    check_item(index, list.size(), "POP workers");
    const lde::PopObligation& p = list[index];
    int32_t mask = 0;
    for (const lde::Quarter& q : p.quarters) mask |= static_cast<int32_t>(1) << (q.quarter() - 1);
    *required = p.required ? 1 : 0;
    *quarter_mask = mask;
    copy_out(p.worker, worker, worker_size, worker_needed);
  });
}

lde_status lde_decision_json(const lde_decision* decision, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] {
    const lde_decision& d = need(decision, "decision");
    const std::string json = d.kind == LDE_DECISION_WORKER ? lde::io::decision_json(*d.worker, d.trace, d.receipt)
                                                           : lde::io::decision_json(*d.enterprise, d.trace, d.receipt);
    copy_out(json, out, out_size, out_needed);
  });
}

// --- trace ------------------------------------------------------------------------

lde_status lde_decision_step_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = need(decision, "decision").trace.steps().size();
  });
}

lde_status lde_decision_step(const lde_decision* decision, size_t step, lde_trace_step* out) {
  return guard([&] {
    need(out, "out");
    const lde::TraceStep& s = step_of(decision, step);
    lde_trace_step v{};
    v.struct_size = sizeof(lde_trace_step);
    v.rule = s.rule.c_str();
    v.source = s.source.c_str();
    v.outcome = s.outcome.c_str();
    v.interpretation_count = s.interpretations.size();
    v.input_count = s.inputs.size();
    v.parameter_count = s.parameters.size();
    v.note_count = s.notes.size();
    write_output_struct(out, v, kTraceStepV1, "out");
  });
}

lde_status lde_decision_step_interpretation(const lde_decision* decision, size_t step, size_t index,
                                            const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.interpretations.size(), "interpretations");
    *out = s.interpretations[index].c_str();
  });
}

lde_status lde_decision_step_input(const lde_decision* decision, size_t step, size_t index, const char** out_name,
                                   const char** out_value) {
  return guard([&] {
    need(out_name, "out_name");
    need(out_value, "out_value");
    *out_name = nullptr;
    *out_value = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.inputs.size(), "inputs");
    *out_name = s.inputs[index].first.c_str();
    *out_value = s.inputs[index].second.c_str();
  });
}

lde_status lde_decision_step_parameter(const lde_decision* decision, size_t step, size_t index,
                                       lde_parameter_use* out) {
  return guard([&] {
    need(out, "out");
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.parameters.size(), "parameters");
    const lde::ParameterUse& p = s.parameters[index];
    lde_parameter_use v{};
    v.struct_size = sizeof(lde_parameter_use);
    v.name = p.name.c_str();
    v.value = p.value.c_str();
    v.effective_from = from_date(p.effective_from);
    v.source = p.source.c_str();
    write_output_struct(out, v, kParameterUseV1, "out");
  });
}

lde_status lde_decision_step_note(const lde_decision* decision, size_t step, size_t index, const char** out) {
  return guard([&] {
    need(out, "out");
    *out = nullptr;
    const lde::TraceStep& s = step_of(decision, step);
    check_item(index, s.notes.size(), "notes");
    *out = s.notes[index].c_str();
  });
}

// --- worker details ---------------------------------------------------------------

lde_status lde_decision_right_period_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = worker_decision(decision, "right periods").right_periods.size();
  });
}

lde_status lde_decision_right_period(const lde_decision* decision, size_t index, lde_right_period* out) {
  return guard([&] {
    need(out, "out");
    const lde_decision& d = worker_decision(decision, "right periods");
    check_item(index, d.right_periods.size(), "right periods");
    const lde::RightPeriod& p = d.right_periods[index];
    lde_right_period v{};
    v.struct_size = sizeof(lde_right_period);
    v.kind = static_cast<lde_right_kind>(p.kind);
    v.granted = from_date(p.granted);
    v.last_day = from_date(p.last_day);
    v.replaced = p.replaced_by ? 1 : 0;
    v.grant_index = p.index;
    v.replaced_by = p.replaced_by ? *p.replaced_by : 0;
    write_output_struct(out, v, kRightPeriodV1, "out");
  });
}

lde_status lde_decision_absence_count(const lde_decision* decision, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    *out = absences_of(worker_decision(decision, "judged absences")).size();
  });
}

lde_status lde_decision_absence(const lde_decision* decision, size_t index, lde_absence_judgement* out) {
  return guard([&] {
    need(out, "out");
    const auto& list = absences_of(worker_decision(decision, "judged absences"));
    check_item(index, list.size(), "judged absences");
    const lde::AbsenceJudgement& a = list[index];
    lde_absence_judgement v{};
    v.struct_size = sizeof(lde_absence_judgement);
    v.first_day = from_date(a.period.first());
    v.last_day = from_date(a.period.last());
    v.qualifies = a.qualifies ? 1 : 0;
    v.counted_days = a.counted_days;
    v.reason = a.reason.c_str();
    v.source_count = a.sources.size();
    write_output_struct(out, v, kAbsenceJudgementV1, "out");
  });
}

lde_status lde_decision_absence_source(const lde_decision* decision, size_t absence, size_t index, size_t* out) {
  return guard([&] {
    need(out, "out");
    *out = 0;
    const auto& list = absences_of(worker_decision(decision, "judged absences"));
    if (absence >= list.size())
      fail(LDE_STATUS_OUT_OF_RANGE, "absence",
           "absence " + std::to_string(absence) + " is past the end of the judged absences (" +
               std::to_string(list.size()) + ")");
    const auto& sources = list[absence].sources;
    check_item(index, sources.size(), "sources");
    *out = sources[index];
  });
}

// --- quality calendar ---------------------------------------------------------------

lde_status lde_quality_self_evaluation_interval(const lde_params* params, lde_date at, int32_t* out_years) {
  return guard([&] {
    need(out_years, "out_years");
    *out_years = 0;
    const lde::Date day = to_date(at, "at");
    *out_years = static_cast<int32_t>(lde::self_evaluation_interval_years(day, params_or_default(params), nullptr));
  });
}

lde_status lde_quality_assessment_period(const lde_params* params, lde_date at, lde_date* out_first_day,
                                         lde_date* out_last_day) {
  return guard([&] {
    need(out_first_day, "out_first_day");
    need(out_last_day, "out_last_day");
    *out_first_day = no_date();
    *out_last_day = no_date();
    const lde::Date day = to_date(at, "at");
    const lde::Period p = lde::quality_assessment_period(day, params_or_default(params), nullptr);
    *out_first_day = from_date(p.first());
    *out_last_day = from_date(p.last());
  });
}

// --- batch ----------------------------------------------------------------------

lde_status lde_evaluate_workers(const lde_params* params, const lde_worker_columns* workers,
                                const lde_absence_columns* absences, int64_t at_days, uint32_t threads,
                                const lde_worker_outputs* outputs) {
  return guard([&] {
    const lde_worker_columns w = read_input_struct(workers, kWorkerColumnsV1, "workers");
    const lde_worker_outputs o = read_input_struct(outputs, kWorkerOutputsV1, "outputs");
    lde::population::WorkerColumns wc;
    wc.rows = w.rows;
    wc.birth_date = w.birth_date;
    wc.right_kind = w.right_kind;
    wc.right_granted = w.right_granted;
    wc.employment_first_day = w.employment_first_day;
    wc.employment_last_day = w.employment_last_day;
    wc.employer_recognised = w.employer_recognised;
    wc.employer_contingent_units = w.employer_contingent_units;
    wc.employer_in_brussels = w.employer_in_brussels;
    wc.competence_months = w.competence_months;
    wc.competence_approved = w.competence_approved;
    wc.doorstroom_first_day = w.doorstroom_first_day;
    wc.doorstroom_last_day = w.doorstroom_last_day;
    wc.external_job_found = w.external_job_found;
    lde::population::AbsenceColumns ac;
    if (absences != nullptr) {
      const lde_absence_columns a = read_input_struct(absences, kAbsenceColumnsV1, "absences");
      ac.rows = a.rows;
      ac.worker = a.worker;
      ac.first_day = a.first_day;
      ac.last_day = a.last_day;
      ac.reason = a.reason;
    }
    lde::population::WorkerResults r;
    r.right_kind = o.right_kind;
    r.right_valid = o.right_valid;
    r.right_last_day = o.right_last_day;
    r.hiring_eligible = o.hiring_eligible;
    r.trajectory_first_day = o.trajectory_first_day;
    r.trajectory_last_day = o.trajectory_last_day;
    r.absence_extension_days = o.absence_extension_days;
    r.competence_extension_months = o.competence_extension_months;
    r.continuation = o.continuation;
    r.in_trajectory = o.in_trajectory;
    r.in_continuation = o.in_continuation;
    r.compensated = o.compensated;
    r.reason = o.reason;
    (void)lde::Date::from_days_since_epoch(at_days, "at_days");
    lde::population::evaluate_workers(wc, ac, at_days, params_or_default(params), r, static_cast<unsigned>(threads));
  });
}

lde_status lde_reason_rule_of(uint32_t bit, lde_reason_rule* out) {
  return guard([&] {
    need(out, "out");
    const lde::population::ReasonRule rr = lde::population::reason_rule(bit);
    lde_reason_rule v{};
    v.struct_size = sizeof(lde_reason_rule);
    v.bit_name = rr.bit_name;
    v.rule = rr.rule;
    v.source = rr.source;
    v.interpretations = rr.interpretations;
    write_output_struct(out, v, kReasonRuleV1, "out");
  });
}

// --- test hooks (test builds only, see throw_injected_failure()) ---------------------

#ifdef LDE_C_TEST_HOOKS
LDE_API void lde_test_inject_failure(int kind);
void lde_test_inject_failure(int kind) { g_injected_failure = kind; }
#endif

// --- experimental -------------------------------------------------------------------

lde_status lde_x_decision_trace_text(const lde_decision* decision, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(decision, "decision").trace.to_text(), out, out_size, out_needed); });
}

lde_status lde_x_params_to_json(const lde_params* params, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(params, "params").set.to_json(), out, out_size, out_needed); });
}

}  // extern "C"

// The confidential section (lde.h "Confidential section").
#include "confidential.inc"
