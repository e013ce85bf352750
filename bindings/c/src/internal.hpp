// Internal header of the C ABI (bindings/c/src/*.cpp): the handles behind the
// opaque pointers of lde.h, guard() (every exception becomes an lde_status and a
// thread-local message naming the field), argument checks, conversions and the
// first-version sizes of the structs that may grow. Not installed.
#pragma once

#define LDE_EXPERIMENTAL_API 1
#include "lde/lde.h"

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/status.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
  /// The parameter set decided with (shared, not copied): the receipt is made from it when asked
  /// (receipt()), so an evaluation allocates no receipt text.
  std::optional<lde::ParameterSet> params;
  lde::Receipt receipt() const { return lde::Receipt::of(*params); }
};

namespace lde_c_impl {

// ---------------------------------------------------------------------------
// Errors: thread-local last error (errors.cpp), guard()
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


/// The calling thread's last error (fixed buffers, errors.cpp).
LastError& last_error() noexcept;

/// A failure of the C layer itself (NULL argument, buffer too small, bad enum value).
struct CFailure {
  lde_status status;
  std::string field;
  std::string message;
};

[[noreturn]] inline void fail(lde_status status, std::string field, std::string message) {
  throw CFailure{status, std::move(field), std::move(message)};
}

/// Records a failure; @p prefix_field puts "field: " before the message. Never allocates, never throws.
lde_status record(lde_status status, std::string_view field, std::string_view prefix, std::string_view message,
                  bool prefix_field) noexcept;

/// The C status of a library error code.
lde_status map_code(lde::ErrorCode code) noexcept;

#ifdef LDE_C_TEST_HOOKS
/// Test builds only (errors.cpp): throws what lde_test_inject_failure() asked for, once.
void throw_injected_failure();
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

/// @p s, or LDE_STATUS_INVALID_ARGUMENT naming @p name when it is NULL.
const char* need_text(const char* s, const char* name);
/// Copies @p text (with its NUL) to the caller's buffer, or fails with LDE_STATUS_BUFFER_TOO_SMALL.
void copy_out(const std::string& text, char* out, std::size_t out_size, std::size_t* out_needed);
/// 0 or 1, else LDE_STATUS_INVALID_ARGUMENT naming @p field.
bool bool_of(int32_t v, const std::string& field);
/// Only LDE_FLAG_* bits.
void check_flags(int flags);


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
// Dates and small conversions (support.cpp)
// ---------------------------------------------------------------------------

bool is_no_date(lde_date d);
lde::Date to_date(lde_date d, const std::string& field);
std::optional<lde::Date> to_optional_date(lde_date d, const std::string& field);
lde_date from_date(const lde::Date& d);
lde_date no_date();
const lde::ParameterSet& params_or_default(const lde_params* p);
/// `list[i].member`.
std::string indexed(const char* list, std::size_t i, const char* member);
/// A field `list[i].member` whose text is made only when an error names it: the setters of a
/// dossier call a check through named(), so a value that is fine costs no string.
struct Item {
  const char* list;
  std::size_t index;
  const char* member;
};
/// Runs @p f (which names no field, or the empty one) and renames the field of a failure it
/// throws to @p item; the text is built only then.
template <class F>
decltype(auto) named(const Item& item, F&& f) {
  try {
    return f();
  } catch (const CFailure& x) {
    throw CFailure{x.status, indexed(item.list, item.index, item.member), x.message};
  } catch (const lde::Error& x) {
    throw lde::Error(x.code(), indexed(item.list, item.index, item.member), x.message());
  }
}
/// LDE_STATUS_OUT_OF_RANGE naming "index" when @p index is not below @p count.
void check_item(std::size_t index, std::size_t count, const char* what);

// ---------------------------------------------------------------------------
// First published size of each struct that may grow
// ---------------------------------------------------------------------------

constexpr std::size_t kEmploymentV1 = offsetof(lde_employment, employer_contingent_units) + sizeof(int64_t);
constexpr std::size_t kTraceStepV1 = offsetof(lde_trace_step, note_count) + sizeof(size_t);
constexpr std::size_t kParameterUseV1 = offsetof(lde_parameter_use, source) + sizeof(const char*);
constexpr std::size_t kWorkerColumnsV1 = offsetof(lde_worker_columns, external_job_found) + sizeof(const int64_t*);
constexpr std::size_t kAbsenceColumnsV1 = offsetof(lde_absence_columns, reason) + sizeof(const int32_t*);
constexpr std::size_t kWorkerOutputsV1 = offsetof(lde_worker_outputs, reason) + sizeof(uint32_t*);
constexpr std::size_t kWorkerTableV1 = sizeof(lde_worker_table);          // 0.2
constexpr std::size_t kRightTableV1 = sizeof(lde_right_table);            // 0.2
constexpr std::size_t kEmploymentTableV1 = sizeof(lde_employment_table);  // 0.2
constexpr std::size_t kAbsenceTableV1 = sizeof(lde_absence_table);        // 0.2
constexpr std::size_t kCompetenceTableV1 = sizeof(lde_competence_table);  // 0.2
constexpr std::size_t kDoorstroomTableV1 = sizeof(lde_doorstroom_table);  // 0.2
constexpr std::size_t kNonCooperationTableV1 = sizeof(lde_non_cooperation_table);  // 0.2
constexpr std::size_t kPopulationV1 = sizeof(lde_population);             // 0.2
constexpr std::size_t kReasonRuleV1 = offsetof(lde_reason_rule, interpretations) + sizeof(const char*);
constexpr std::size_t kRightPeriodV1 = offsetof(lde_right_period, replaced_by) + sizeof(size_t);
constexpr std::size_t kAbsenceJudgementV1 = offsetof(lde_absence_judgement, source_count) + sizeof(size_t);
constexpr std::size_t kContractChangeV1 = offsetof(lde_contract_change, capped) + sizeof(int32_t);
constexpr std::size_t kPopRecordV1 = offsetof(lde_pop_record, uploaded_by) + sizeof(lde_pop_uploader);

}  // namespace lde_c_impl
