/// @file lde.h
/// @brief The stable C ABI of lde (liblde_c): the rules of the Flemish decree on
/// the local services economy for programs that are not written in C++.
///
/// Conventions (see docs/c-api.md for the full contract):
///  - Every name starts with `lde_` / `LDE_`. Every function that can fail
///    returns an ::lde_status; `LDE_OK` (0) is success. Values come back through
///    out-pointers, which must not be NULL unless the function says so.
///  - Handles (::lde_params, ::lde_worker, ::lde_enterprise, ::lde_decision) are
///    opaque. The caller owns what a `_new`, `_from_json`, `_default`,
///    `_with_changes` or `lde_evaluate_*` call returns and releases it with the
///    matching `_free` (NULL is accepted by every `_free`).
///  - Strings returned as `const char*` through an out-pointer belong to the
///    handle they were read from and stay valid until that handle is freed.
///    Strings copied into caller buffers follow one rule: `out_size` is the
///    buffer size in bytes, `*out_needed` (optional) receives the size needed
///    including the terminating NUL; when the buffer is too small nothing but
///    an empty string is written and the call returns
///    `LDE_STATUS_BUFFER_TOO_SMALL`.
///  - After a failure, lde_last_error_message() and lde_last_error_field()
///    describe it. They are per thread, kept in fixed buffers (recording an
///    error never allocates; a message above 1023 bytes is cut and ends in "...").
///  - Dates are ::lde_date values `{year, month, day}`; `{0, 0, 0}` means
///    "no date". The batch call uses days since 1970-01-01 (numpy
///    `datetime64[D]`) with ::LDE_NO_DAYS for "no date".
///  - Enumerations are passed as `int32_t` with fixed values; a value the
///    library does not know is rejected with `LDE_STATUS_INVALID_ARGUMENT`.
///    Values the library *returns* (statuses, right kinds, continuation kinds,
///    field types) may grow in a minor version: treat a value your header does
///    not name as "unknown" (docs/c-api.md, "Forward compatibility").
///  - Structs that may grow start with `struct_size`: initialise them with their
///    `_INIT` macro (::LDE_EMPLOYMENT_INIT, ...), which sets `struct_size` to
///    `sizeof` the struct as your header declares it and every field to its default.
///  - FTE figures are integers in ten-thousandths (1.00 FTE = 10000), money
///    in euro-cents, percentages in hundredths of a percent (90.00 % = 9000).
#ifndef LDE_LDE_H
#define LDE_LDE_H

#include <stddef.h>
#include <stdint.h>

/// Major version of the C ABI: changes only when the ABI breaks; it is the SONAME's number.
#define LDE_VERSION_MAJOR 0
/// Minor version: compatible additions (new functions, new enumerators, grown structs).
#define LDE_VERSION_MINOR 2
/// Patch version: fixes only.
#define LDE_VERSION_PATCH 0
/// The version as one number, MAJOR * 10000 + MINOR * 100 + PATCH (compare with lde_version()).
#define LDE_VERSION_NUMBER (LDE_VERSION_MAJOR * 10000 + LDE_VERSION_MINOR * 100 + LDE_VERSION_PATCH)

#if defined(_WIN32) && defined(LDE_C_BUILDING)
/// Marks a function exported by liblde_c.
#define LDE_API __declspec(dllexport)
#elif defined(__GNUC__)
/// Marks a function exported by liblde_c.
#define LDE_API __attribute__((visibility("default")))
#else
/// Marks a function exported by liblde_c.
#define LDE_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ========================================================================= */
/* Status codes and errors                                                    */
/* ========================================================================= */

/// The result of every call that can fail: one of ::lde_status_code.
typedef int32_t lde_status;

/// Values of ::lde_status. Fixed: they never change meaning.
enum lde_status_code {
  LDE_OK = 0,                          ///< Success.
  LDE_STATUS_INVALID_ARGUMENT = 1,     ///< A value that is not allowed (NULL handle, unknown enum value, negative length, ...).
  LDE_STATUS_INVALID_DATE = 2,         ///< A date that does not exist, or a period that ends before it starts.
  LDE_STATUS_OUT_OF_RANGE = 3,         ///< A valid value outside what the rules cover: an index past the end, a date for which the parameter set has no value (a changed set whose value begins later), an amount beyond 64 bits. A date before the decree is *not* an error: the values of its entry into force answer for it (I-21).
  LDE_STATUS_CONFLICT = 4,             ///< Inputs that contradict each other (two rights in force on one day, I-6).
  LDE_STATUS_PARSE_ERROR = 5,          ///< Malformed text: JSON, dates, decimals.
  LDE_STATUS_NOT_FOUND = 6,            ///< A name that does not exist, or a decision value that is absent (no trajectory, ...).
  LDE_STATUS_OUT_OF_MEMORY = 7,        ///< Memory ran out.
  LDE_STATUS_INTERNAL = 8,             ///< A bug in lde; please report it with the message. No input provokes it.
  LDE_STATUS_BUFFER_TOO_SMALL = 9      ///< A caller buffer is too small; `*out_needed` says how large it must be.
};

/// The stable lowercase name of @p status ("ok", "invalid_argument", ...; "unknown" for any other value).
/// Never NULL; the string is static.
LDE_API const char* lde_status_string(lde_status status);

/// The message of the last failed call on the calling thread (one line that names the field
/// and the value), or "" when the last call succeeded. Thread-local: each thread sees only its
/// own errors. The string stays valid until the next lde_ call on the same thread. At most
/// 1023 bytes: a longer message is cut and ends in "..." (the field at 255 bytes likewise).
LDE_API const char* lde_last_error_message(void);

/// The input field of the last failed call on the calling thread (a JSON path such as
/// `absences[2].last_day`, or a parameter name), or "" when none. Thread-local, as
/// lde_last_error_message().
LDE_API const char* lde_last_error_field(void);

/// The status of the last call on the calling thread that returns ::lde_status (LDE_OK after a success).
LDE_API lde_status lde_last_error_status(void);

/* ========================================================================= */
/* Version                                                                    */
/* ========================================================================= */

/// The version of the loaded library as MAJOR * 10000 + MINOR * 100 + PATCH
/// (compare with ::LDE_VERSION_NUMBER of the header you compiled against).
LDE_API uint32_t lde_version(void);

/// The version of the loaded library as "MAJOR.MINOR.PATCH" (static string).
LDE_API const char* lde_version_string(void);

/* ========================================================================= */
/* Dates                                                                      */
/* ========================================================================= */

/// A calendar day of the proleptic Gregorian calendar, years 1400 to 9999.
/// `{0, 0, 0}` means "no date" where a function says so (an open end, an absent value).
typedef struct lde_date {
  int32_t year;   ///< Year, 1400 to 9999 (0 for "no date").
  int32_t month;  ///< Month, 1 to 12 (0 for "no date").
  int32_t day;    ///< Day of the month, 1 to 31 (0 for "no date").
} lde_date;

/// "No date" in the batch columns: the smallest int64 (numpy's NaT has the same bits).
#define LDE_NO_DAYS INT64_MIN

/// Checks that @p date exists (2026-02-29 does not). Returns LDE_OK or LDE_STATUS_INVALID_DATE.
LDE_API lde_status lde_date_check(lde_date date);

/// Converts @p date to days since 1970-01-01 into @p out_days.
/// @return LDE_STATUS_INVALID_DATE when the date does not exist
LDE_API lde_status lde_date_to_days(lde_date date, int64_t* out_days);

/// Converts @p days since 1970-01-01 into @p out.
/// @return LDE_STATUS_INVALID_DATE outside years 1400 to 9999
LDE_API lde_status lde_date_from_days(int64_t days, lde_date* out);

/* ========================================================================= */
/* Parameter sets                                                             */
/* ========================================================================= */

/// An immutable, effective-dated parameter set. Safe to share between threads.
typedef struct lde_params lde_params;

/// The default parameter set compiled into the library (data/parameters/default.json).
/// Free it with lde_params_free().
LDE_API lde_status lde_params_default(lde_params** out);

/// Parses a complete parameter file (`{"format": "lde-parameters/1", ...}`).
/// @return LDE_STATUS_PARSE_ERROR / LDE_STATUS_INVALID_ARGUMENT / LDE_STATUS_INVALID_DATE naming the JSON path
LDE_API lde_status lde_params_from_json(const char* json, lde_params** out);

/// A copy of @p base with changes applied: a reform file (`{"format": "lde-reform/1", ...}`)
/// or a bare changes object (`{"compensation.annual_rate_per_fte": [{"from": ..., "value": ...}]}`).
/// Plain values get the source "change in parameters", as the `"parameters"` of lde_evaluate_json()
/// do, so the same changes give the same fingerprint through either call.
/// @return LDE_STATUS_NOT_FOUND for an unknown parameter, LDE_STATUS_PARSE_ERROR for malformed JSON
LDE_API lde_status lde_params_with_changes(const lde_params* base, const char* changes_json, lde_params** out);

/// The SHA-256 fingerprint (64 hex characters) of the canonical parameter set, copied into
/// @p out (buffer rules in the file comment; 65 bytes always suffice).
LDE_API lde_status lde_params_fingerprint(const lde_params* params, char* out, size_t out_size, size_t* out_needed);

/// Releases a parameter set (NULL is accepted). Decisions made with it stay valid.
LDE_API void lde_params_free(lde_params* params);

/* ========================================================================= */
/* Worker dossier                                                             */
/* ========================================================================= */

/// A worker dossier being built field by field (or parsed from JSON). Not thread-safe
/// while it is being changed; evaluating it from many threads at once is safe.
typedef struct lde_worker lde_worker;

/// The kind of right VDAB grants (I-6): an `int32_t` holding one of these values.
typedef int32_t lde_right_kind;
/// Values of ::lde_right_kind (fixed).
enum lde_right_kind_values {
  LDE_RIGHT_NONE = 0,      ///< No right (only as an answer).
  LDE_RIGHT_LDE = 1,       ///< Right on the local services economy ("recht op lokale diensteneconomie").
  LDE_RIGHT_MAATWERK = 2,  ///< Right on custom work ("maatwerk").
  LDE_RIGHT_VOP = 3        ///< Flemish support premium ("Vlaamse ondersteuningspremie").
};

/// How a right no longer in force ended (I-25): an `int32_t` holding one of these values.
typedef int32_t lde_right_end;
/// Values of ::lde_right_end (fixed).
enum lde_right_end_values {
  LDE_RIGHT_END_EXPIRED = 1,  ///< Its 5 years of validity ran out (I-4).
  LDE_RIGHT_END_REPLACED = 2  ///< A later indication replaced it (I-6).
};

/// Why a worker was absent (I-8): an `int32_t` holding one of these values.
typedef int32_t lde_absence_reason;
/// Values of ::lde_absence_reason (fixed).
enum lde_absence_reason_values {
  LDE_ABSENCE_ILLNESS = 1,          ///< Illness ("ziekte").
  LDE_ABSENCE_ACCIDENT = 2,         ///< Accident ("ongeval").
  LDE_ABSENCE_MATERNITY_LEAVE = 3,  ///< Maternity leave ("moederschapsverlof").
  LDE_ABSENCE_PATERNITY_LEAVE = 4,  ///< Paternity leave ("vaderschapsverlof").
  LDE_ABSENCE_ADOPTION_LEAVE = 5,   ///< Adoption leave ("adoptieverlof").
  LDE_ABSENCE_OTHER = 6             ///< Any other reason; never extends the trajectory.
};

/// A period of employment in an LDE enterprise (may grow: set `struct_size`).
typedef struct lde_employment {
  size_t struct_size;                 ///< sizeof(lde_employment) as the caller's header declares it.
  const char* employer;               ///< Employer label (allocation number or name); copied; required: NULL, "" or only white space is LDE_STATUS_INVALID_ARGUMENT naming `employment[i].employer`.
  lde_date first_day;                 ///< First day of employment.
  lde_date last_day;                  ///< Last day, or {0, 0, 0} while the employment lasts.
  int32_t employer_recognised;        ///< 1 when the employer holds the LDE label on the first day (I-5), else 0.
  int32_t employer_in_brussels;       ///< 1 when the employer is established in Brussels (I-5: excluded), else 0.
  int64_t employer_contingent_units;  ///< The employer's contingent on the first day, in ten-thousandths of an FTE (>= 0).
} lde_employment;

/// Initialiser of an ::lde_employment with the defaults of the JSON format and the C++ API
/// (reading F-1): `struct_size` set, no employer yet, no dates, employer recognised, not in
/// Brussels, contingent 1.00 FTE. Use it instead of `memset` (which would say "not recognised,
/// contingent 0"): `lde_employment job = LDE_EMPLOYMENT_INIT;`
#define LDE_EMPLOYMENT_INIT {sizeof(lde_employment), NULL, {0, 0, 0}, {0, 0, 0}, 1, 0, 10000}

/// A new dossier for a worker born on @p birth_date. Free it with lde_worker_free().
LDE_API lde_status lde_worker_new(lde_date birth_date, lde_worker** out);

/// Parses a worker dossier in the JSON format of docs/format.md.
/// @return LDE_STATUS_PARSE_ERROR (malformed JSON, unknown key) or another code, naming the JSON path
LDE_API lde_status lde_worker_from_json(const char* json, lde_worker** out);

/// Adds a right of @p kind (not LDE_RIGHT_NONE) granted on @p granted (`rights[i]`).
LDE_API lde_status lde_worker_add_right(lde_worker* worker, lde_right_kind kind, lde_date granted);

/// Adds an employment period (`employment[i]`); the strings are copied.
LDE_API lde_status lde_worker_add_employment(lde_worker* worker, const lde_employment* employment);

/// Adds an absence from @p first_day to @p last_day, both included (I-1), for @p reason (`absences[i]`).
LDE_API lde_status lde_worker_add_absence(lde_worker* worker, lde_date first_day, lde_date last_day,
                                          lde_absence_reason reason);

/// Adds a VDAB-approved competence extension of @p months months (> 0), approved on @p approved (I-9).
LDE_API lde_status lde_worker_add_competence_extension(lde_worker* worker, int32_t months, lde_date approved);

/// Sets the transition trajectory ("doorstroomtraject") from @p first_day to @p last_day;
/// @p external_job_found is the day a regular job was found, or {0, 0, 0} for none.
/// Replaces an earlier doorstroom and its non-cooperation periods.
LDE_API lde_status lde_worker_set_doorstroom(lde_worker* worker, lde_date first_day, lde_date last_day,
                                             lde_date external_job_found);

/// Adds a period in which the worker did not cooperate with VDAB mediation (I-11).
/// @return LDE_STATUS_INVALID_ARGUMENT when no doorstroom was set
LDE_API lde_status lde_worker_add_non_cooperation(lde_worker* worker, lde_date first_day, lde_date last_day);

/// Checks the whole dossier for impossible input (absences before birth, overlapping employment, ...).
LDE_API lde_status lde_worker_validate(const lde_worker* worker);

/// The dossier as JSON (the format lde_worker_from_json() reads), copied into @p out.
LDE_API lde_status lde_worker_to_json(const lde_worker* worker, char* out, size_t out_size, size_t* out_needed);

/// Releases a worker dossier (NULL is accepted).
LDE_API void lde_worker_free(lde_worker* worker);

/* ========================================================================= */
/* Enterprise                                                                 */
/* ========================================================================= */

/// An LDE label (an enterprise or establishment unit with an allocation number).
typedef struct lde_enterprise lde_enterprise;

/// Legal form (WSE-FAQ "Organisatievoorwaarden" 2.7): an `int32_t` holding one of these values.
typedef int32_t lde_legal_form;
/// Values of ::lde_legal_form (fixed).
enum lde_legal_form_values {
  LDE_LEGAL_FORM_VZW = 1,                          ///< "vereniging zonder winstoogmerk".
  LDE_LEGAL_FORM_VSO = 2,                          ///< "vennootschap met sociaal oogmerk".
  LDE_LEGAL_FORM_PUBLIC_BODY = 3,                  ///< "publiekrechtelijke rechtspersoon".
  LDE_LEGAL_FORM_PROJECTVERENIGING = 4,            ///< "projectvereniging".
  LDE_LEGAL_FORM_DIENSTVERLENENDE_VERENIGING = 5,  ///< "dienstverlenende vereniging".
  LDE_LEGAL_FORM_OPDRACHTHOUDENDE_VERENIGING = 6,  ///< "opdrachthoudende vereniging".
  LDE_LEGAL_FORM_OTHER = 7                         ///< Any other form; fails the condition.
};

/// Where the enterprise is established: an `int32_t` holding one of these values.
typedef int32_t lde_seat;
/// Values of ::lde_seat (fixed).
enum lde_seat_values {
  LDE_SEAT_FLANDERS = 1,  ///< Flanders.
  LDE_SEAT_BRUSSELS = 2   ///< Brussels (WSE-FAQ 2.14: not eligible).
};

/// Activities besides LDE (WSE-FAQ 2.8, 2.9): an `int32_t` holding one of these values.
typedef int32_t lde_other_activities;
/// Values of ::lde_other_activities (fixed).
enum lde_other_activities_values {
  LDE_OTHER_ACTIVITIES_NONE = 0,           ///< None.
  LDE_OTHER_ACTIVITIES_COMMERCIAL = 1,     ///< Commercial: sui generis division with separate bookkeeping.
  LDE_OTHER_ACTIVITIES_NON_COMMERCIAL = 2  ///< Non-commercial: sui generis division.
};

/// Yes/no facts of an enterprise: an `int32_t` holding one of these values.
typedef int32_t lde_enterprise_flag;
/// Values of ::lde_enterprise_flag (fixed).
enum lde_enterprise_flag_values {
  LDE_ENTERPRISE_SUI_GENERIS_DIVISION = 1,  ///< Has a sui generis division for LDE.
  LDE_ENTERPRISE_SEPARATE_BOOKKEEPING = 2,  ///< Keeps separate bookkeeping for it.
  LDE_ENTERPRISE_SUBCONTRACTING = 3,        ///< Subcontracts local services (not allowed, 2.12).
  LDE_ENTERPRISE_ENCLAVE_WORK = 4,          ///< Runs enclave work (not allowed, 2.13).
  LDE_ENTERPRISE_CONVERTED = 5              ///< Converted from an earlier LDE initiative (2.5, I-17).
};

/// A new enterprise with allocation number @p allocation_number ("toekenningsnummer", copied; NULL,
/// empty or only white space is LDE_STATUS_INVALID_ARGUMENT naming `allocation_number`).
/// Defaults: legal form other, seat Flanders, no other activities, every flag 0.
LDE_API lde_status lde_enterprise_new(const char* allocation_number, lde_enterprise** out);

/// Parses an enterprise in the JSON format of docs/format.md.
LDE_API lde_status lde_enterprise_from_json(const char* json, lde_enterprise** out);

/// Sets the legal form.
LDE_API lde_status lde_enterprise_set_legal_form(lde_enterprise* enterprise, lde_legal_form form);

/// Sets the seat.
LDE_API lde_status lde_enterprise_set_seat(lde_enterprise* enterprise, lde_seat seat);

/// Sets the other activities.
LDE_API lde_status lde_enterprise_set_other_activities(lde_enterprise* enterprise, lde_other_activities activities);

/// Sets a yes/no fact; @p value must be 0 or 1.
LDE_API lde_status lde_enterprise_set_flag(lde_enterprise* enterprise, lde_enterprise_flag flag, int32_t value);

/// Sets the date trajectories were allocated (I-18); {0, 0, 0} clears it.
LDE_API lde_status lde_enterprise_set_allocation_date(lde_enterprise* enterprise, lde_date allocation_date);

/// Adds a contingent change: from @p from on, @p fte_units ten-thousandths of an FTE (>= 0).
LDE_API lde_status lde_enterprise_add_contingent(lde_enterprise* enterprise, lde_date from, int64_t fte_units);

/// Sets the filled FTE registered for month @p month (1-12) of @p year (MVAC), in ten-thousandths,
/// as one total (replacing an earlier total for the month).
/// @return LDE_STATUS_CONFLICT naming `hires.YYYY-MM` when the month already holds hires added
/// one by one with lde_enterprise_add_hire() (a month is given one way or the other)
LDE_API lde_status lde_enterprise_set_hires(lde_enterprise* enterprise, int32_t year, int32_t month, int64_t fte_units);

/// Adds one hire registered for month @p month (1-12) of @p year (MVAC, "aanwerving") with its
/// contractual fraction @p fraction_units ("contractuele tewerkstellingsbreuk") in ten-thousandths
/// (0..10000, I-20). The month's filled FTE is the exact sum of the fractions of its hires (I-14);
/// lde_enterprise_to_json() writes the month as the list `["1.00", "0.50"]`. Added in 0.1 after
/// the first baseline. A failed call leaves the enterprise unchanged.
/// @return LDE_STATUS_INVALID_ARGUMENT naming `hires.YYYY-MM[i]` for a negative fraction or one above
/// 10000 (i: the hire's index in the month), or naming `hires` for a month outside 1-12;
/// LDE_STATUS_CONFLICT naming `hires.YYYY-MM` when the month already holds a total
/// (lde_enterprise_set_hires()); LDE_STATUS_OUT_OF_RANGE naming `hires.YYYY-MM` when the sum
/// would exceed 100 000 FTE
LDE_API lde_status lde_enterprise_add_hire(lde_enterprise* enterprise, int32_t year, int32_t month,
                                           int64_t fraction_units);

/// Adds a DmfA line for quarter @p quarter (1-4) of @p year: worker id @p worker (copied; NULL, empty
/// or only white space is LDE_STATUS_INVALID_ARGUMENT naming `dmfa.YYYY-Qn[i].worker`), contractual fraction @p fraction_units in ten-thousandths (0..10000, I-20), and
/// whether the reference wage cost is above 0 (@p reference_wage_cost_positive 0 or 1, I-17).
LDE_API lde_status lde_enterprise_add_dmfa(lde_enterprise* enterprise, int32_t year, int32_t quarter, const char* worker,
                                           int64_t fraction_units, int32_t reference_wage_cost_positive);

/// Sets the yearly temporary fixed amount for @p year, in cents (0 .. 100 000 000 000, I-14, I-20;
/// LDE_STATUS_OUT_OF_RANGE above, and the enterprise is left unchanged). Which years may hold an
/// amount depends on the parameter set (`compensation.fixed_amount_first_year` .. `_last_year`):
/// that is checked by the rules and lde_enterprise_validate_with(), not here.
LDE_API lde_status lde_enterprise_set_transition_amount(lde_enterprise* enterprise, int32_t year, int64_t cents);

/// Checks the enterprise for impossible input (fractions above 1, a worker twice in a quarter, ...)
/// with the DEFAULT parameter set: a `transition_amounts` year outside the default
/// `compensation.fixed_amount_first_year` .. `_last_year` is refused (I-14). Same as
/// lde_enterprise_validate_with(NULL, enterprise). To check for a reform, use lde_enterprise_validate_with().
LDE_API lde_status lde_enterprise_validate(const lde_enterprise* enterprise);

/// Checks the enterprise as lde_enterprise_validate() does, but with the parameter set @p params
/// (NULL: the defaults), the one the rules will use: the I-14 year range of `transition_amounts`
/// is read from it. lde_evaluate_enterprise() performs the same check.
LDE_API lde_status lde_enterprise_validate_with(const lde_params* params, const lde_enterprise* enterprise);

/// The enterprise as JSON (the format lde_enterprise_from_json() reads), copied into @p out.
LDE_API lde_status lde_enterprise_to_json(const lde_enterprise* enterprise, char* out, size_t out_size,
                                          size_t* out_needed);

/// Releases an enterprise (NULL is accepted).
LDE_API void lde_enterprise_free(lde_enterprise* enterprise);

/* ========================================================================= */
/* Evaluation                                                                 */
/* ========================================================================= */

/// Bit of the `flags` argument of the evaluation calls: collect the trace.
#define LDE_FLAG_TRACE 1

/// A decision: the answer of one evaluation with its trace and receipt. Immutable; safe to
/// read from many threads.
typedef struct lde_decision lde_decision;

/// Evaluates every worker rule for @p worker on @p at (status.hpp: right, hiring, trajectory,
/// continuation, status flags). @p params NULL means the default set. @p flags: 0 or LDE_FLAG_TRACE.
/// Free the decision with lde_decision_free().
LDE_API lde_status lde_evaluate_worker(const lde_params* params, const lde_worker* worker, lde_date at, int flags,
                                       lde_decision** out);

/// Evaluates every enterprise rule for @p enterprise and calendar year @p year (advances,
/// quarterly rights and settlements, scale, occupancy, transition, conditions, quality).
/// @p params NULL means the default set. @p flags: 0 or LDE_FLAG_TRACE.
LDE_API lde_status lde_evaluate_enterprise(const lde_params* params, const lde_enterprise* enterprise, int32_t year,
                                           int flags, lde_decision** out);

/// Evaluates one input of the language-neutral format (docs/format.md):
/// `{"at": date, "worker": {...}}` or `{"year": Y, "enterprise": {...}}`, with optional
/// `"parameters"` changes applied to @p params, or `{"at": date, "confidential": {...}, "person"?: id,
/// "document"?: id}` (the confidential section, no parameters), or `{"at": date, "local_service": {...}}` with
/// optional `"parameters"` (a local service, lde_evaluate_local_service()), or `{"at": date, "ledger": {...},
/// "quarter"?, "from"?}` (a settlement ledger, lde_ledger_as_of()) (NULL: the default set). Writes the decision JSON
/// into @p out; with @p flags & LDE_FLAG_TRACE the trace is included.
/// @return LDE_STATUS_BUFFER_TOO_SMALL with `*out_needed` set when @p out_size is too small
LDE_API lde_status lde_evaluate_json(const lde_params* params, const char* input_json, int flags, char* out,
                                     size_t out_size, size_t* out_needed);

/// Releases a decision (NULL is accepted).
LDE_API void lde_decision_free(lde_decision* decision);

/* ========================================================================= */
/* Reading a decision                                                         */
/* ========================================================================= */

/// What a decision is about: an `int32_t` holding one of these values.
typedef int32_t lde_decision_kind;
/// Values of ::lde_decision_kind (fixed).
enum lde_decision_kind_values {
  LDE_DECISION_WORKER = 1,     ///< From lde_evaluate_worker().
  LDE_DECISION_ENTERPRISE = 2  ///< From lde_evaluate_enterprise().
};

/// Whether a worker is in a continuation after the trajectory: an `int32_t` holding one of these values.
typedef int32_t lde_continuation_kind;
/// Values of ::lde_continuation_kind (fixed).
enum lde_continuation_kind_values {
  LDE_CONTINUATION_NONE = 0,   ///< No continuation.
  LDE_CONTINUATION_AGE60 = 1,  ///< 60+ on the last day of the trajectory (I-10).
  LDE_CONTINUATION_AGE55 = 2   ///< 55+ at the start of the transition trajectory (I-11).
};

/// The type of a decision field's value: an `int32_t` holding one of these values.
typedef int32_t lde_value_type;
/// Values of ::lde_value_type (fixed).
enum lde_value_type_values {
  LDE_TYPE_BOOL = 1,     ///< 0 or 1; read with lde_decision_get_bool().
  LDE_TYPE_INT = 2,      ///< A whole number or an enumeration value; lde_decision_get_int().
  LDE_TYPE_DATE = 3,     ///< A date; lde_decision_get_date().
  LDE_TYPE_MONEY = 4,    ///< Euro-cents; lde_decision_get_cents().
  LDE_TYPE_FTE = 5,      ///< Ten-thousandths of an FTE; lde_decision_get_fte_units().
  LDE_TYPE_PERCENT = 6,  ///< Hundredths of a percent; lde_decision_get_percent_hundredths().
  LDE_TYPE_TEXT = 7      ///< Text only; lde_decision_get_text().
};

/// A value a decision can answer: an `int32_t` holding one of these values. Every field can also
/// be read as text with lde_decision_get_text() ("1234.56", "9.50", "2026-01-31", "true", "lde").
/// Fields marked "[month]" take index 1-12, "[quarter]" index 1-4; the others index 0.
/// Worker fields (1-99) need a worker decision, enterprise fields (100-199) an enterprise decision;
/// the receipt fields (900-) work on both. Names are the keys of docs/format.md (lde_field_name()).
typedef int32_t lde_field;
/// Values of ::lde_field (fixed; new fields get new numbers).
enum lde_field_values {
  LDE_FIELD_AT = 1,                                   ///< date: the evaluation date.
  LDE_FIELD_RIGHT_KIND = 2,                           ///< int (::lde_right_kind): the right in force; when none is, the last one in force before the date (I-25, valid false); LDE_RIGHT_NONE when none ever was.
  LDE_FIELD_RIGHT_VALID = 3,                          ///< bool: a right is in force (I-4, I-6).
  LDE_FIELD_RIGHT_GRANTED = 4,                        ///< date: grant date of that right (absent without one).
  LDE_FIELD_RIGHT_LAST_DAY = 5,                       ///< date: its last day of validity, the day it ended when not valid (absent without one).
  LDE_FIELD_HIRING_ELIGIBLE = 6,                      ///< bool: the first employment met the hiring conditions (I-5); absent without employment.
  LDE_FIELD_TRAJECTORY_FIRST_DAY = 7,                 ///< date: first day of the trajectory (absent without one).
  LDE_FIELD_TRAJECTORY_ORIGINAL_LAST_DAY = 8,         ///< date: last day before extensions (I-7).
  LDE_FIELD_TRAJECTORY_LAST_DAY = 9,                  ///< date: last day with every extension.
  LDE_FIELD_TRAJECTORY_DAYS = 10,                     ///< int: days in the trajectory, both ends included (I-1).
  LDE_FIELD_TRAJECTORY_ABSENCE_EXTENSION_DAYS = 11,   ///< int: days added for long absences (I-8).
  LDE_FIELD_TRAJECTORY_COMPETENCE_MONTHS = 12,        ///< int: months added for competence strengthening, capped (I-9).
  LDE_FIELD_TRAJECTORY_COMPETENCE_REQUESTED_MONTHS = 13,  ///< int: months approved by VDAB before the cap (I-9).
  LDE_FIELD_CONTINUATION_KIND = 14,                   ///< int (::lde_continuation_kind).
  LDE_FIELD_CONTINUATION_FROM = 15,                   ///< date: first day of the continuation (absent without one).
  LDE_FIELD_CONTINUATION_DECISIVE_DATE = 16,          ///< date: the day the age was measured on (absent without one).
  LDE_FIELD_CONTINUATION_AGE = 17,                    ///< int: the age on that day (I-3).
  LDE_FIELD_IN_TRAJECTORY = 18,                       ///< bool: employed and inside the (extended) trajectory.
  LDE_FIELD_IN_CONTINUATION = 19,                     ///< bool: employed and in a continuation.
  LDE_FIELD_COMPENSATED = 20,                         ///< bool: the employer earns compensation for this worker on the date.

  LDE_FIELD_YEAR = 100,                               ///< int: the evaluated year.
  LDE_FIELD_ADVANCE = 101,                            ///< money [month]: the monthly advance (I-14).
  LDE_FIELD_ADVANCE_FILLED_FTE = 102,                 ///< fte [month]: hires registered for the month.
  LDE_FIELD_ADVANCE_CONTINGENT = 103,                 ///< fte [month]: contingent applied as the cap.
  LDE_FIELD_ADVANCE_CAPPED_FTE = 104,                 ///< fte [month]: min(filled, contingent).
  LDE_FIELD_ADVANCE_TRANSITION_AMOUNT_USED = 105,     ///< bool [month]: a temporary fixed amount replaced rate × FTE (I-14).
  LDE_FIELD_ADVANCE_PAYMENT_REFERENCE = 106,          ///< text [month]: `Voorschot.LDE.<year>.<month>.<allocation number>` (I-16).
  LDE_FIELD_QUARTER_RIGHT = 110,                      ///< money [quarter]: the quarterly right (I-15).
  LDE_FIELD_QUARTER_ADVANCES = 111,                   ///< money [quarter]: the three advances of the quarter.
  LDE_FIELD_SETTLEMENT = 112,                         ///< money [quarter]: right − advances; negative: paid back (I-15).
  LDE_FIELD_QUARTER_DMFA_FTE = 113,                   ///< fte [quarter]: sum of DmfA fractions.
  LDE_FIELD_QUARTER_CONTINGENT = 114,                 ///< fte [quarter]: contingent applied as the cap.
  LDE_FIELD_QUARTER_CAPPED_FTE = 115,                 ///< fte [quarter]: min(DmfA, contingent).
  LDE_FIELD_QUARTER_TRANSITION_AMOUNT_USED = 116,     ///< bool [quarter]: a temporary fixed amount replaced rate × FTE.
  LDE_FIELD_SETTLEMENT_PAYMENT_REFERENCE = 117,       ///< text [quarter]: `Afrekening.<year>.<quarter>.<allocation number>` (I-16).
  LDE_FIELD_TOTAL_ADVANCES = 120,                     ///< money: sum of the 12 advances.
  LDE_FIELD_TOTAL_SETTLEMENTS = 121,                  ///< money: sum of the 4 settlements.
  LDE_FIELD_TOTAL_RIGHTS = 122,                       ///< money: sum of the 4 quarterly rights.
  LDE_FIELD_SCALE_QUARTER_FTE = 130,                  ///< fte [quarter]: quarterly FTE total for the scale (I-17).
  LDE_FIELD_SCALE_AVERAGE_FTE = 131,                  ///< fte: yearly average (I-17).
  LDE_FIELD_SCALE_MINIMUM = 132,                      ///< fte: the minimum in force (5.00).
  LDE_FIELD_SCALE_MUST_COMPLY_FROM = 133,             ///< date: when the label must comply (absent when unknown).
  LDE_FIELD_SCALE_APPLIES = 134,                      ///< bool: the year falls on or after that date.
  LDE_FIELD_SCALE_COMPLIANT = 135,                    ///< bool: average >= minimum.
  LDE_FIELD_OCCUPANCY_MEASURED_YEAR = 140,            ///< int: the year measured (Y − 1, measured in Y-Q3, I-19).
  LDE_FIELD_OCCUPANCY_QUARTER_RATE = 141,             ///< percent [quarter]: occupancy of each quarter.
  LDE_FIELD_OCCUPANCY_RATE = 142,                     ///< percent: yearly average occupancy.
  LDE_FIELD_OCCUPANCY_MINIMUM = 143,                  ///< percent: the minimum (90.00).
  LDE_FIELD_OCCUPANCY_CONTINGENT_BEFORE = 144,        ///< fte: contingent before the reduction.
  LDE_FIELD_OCCUPANCY_CONTINGENT_AFTER = 145,         ///< fte: contingent after the reduction.
  LDE_FIELD_OCCUPANCY_REDUCTION = 146,                ///< fte: the reduction.
  LDE_FIELD_OCCUPANCY_REDUCED = 147,                  ///< bool: the contingent is reduced.
  LDE_FIELD_OCCUPANCY_QUARTERS_COUNTED = 148,         ///< int: quarters in the average.
  LDE_FIELD_TRANSITION_FIRST_DAY = 150,               ///< date: first day of the start-up transition (absent without one, I-18).
  LDE_FIELD_TRANSITION_LAST_DAY = 151,                ///< date: its last day.
  LDE_FIELD_TRANSITION_CONDITIONS_FROM = 152,         ///< date: first day the organisation conditions apply.
  LDE_FIELD_CONDITIONS_MET = 160,                     ///< bool: every organisation condition is met on 1 January.
  LDE_FIELD_CONDITIONS_APPLY_FROM = 161,              ///< date: from when they are enforced (absent when unknown).
  LDE_FIELD_CONDITIONS_APPLY = 162,                   ///< bool: they are enforced on 1 January of the year.
  LDE_FIELD_REPORT_DUE = 170,                         ///< date: the sustainability report for the year is due (absent before 2016).
  LDE_FIELD_POP_REQUIRED = 171,                       ///< bool: a yearly POP is required in the year.

  LDE_FIELD_LIBRARY_VERSION = 900,                    ///< text: library version of the receipt.
  LDE_FIELD_PARAMETERS_FINGERPRINT = 901,             ///< text: parameter-set fingerprint of the receipt.

  /* Added after the first baseline (compatible additions: new numbers, nothing renumbered). */
  LDE_FIELD_ADVANCE_CONTINGENT_CHANGED = 107,         ///< bool [month]: the contingent changed during the month; the cap is applied day by day (E-1).
  LDE_FIELD_ADVANCE_PAYMENT_AROUND = 108,             ///< date [month]: the day around which the advance is paid ("Vergoeding" 8.8).
  LDE_FIELD_QUARTER_CONTINGENT_CHANGED = 118,         ///< bool [quarter]: the contingent changed during the quarter (E-1).
  LDE_FIELD_OCCUPANCY_MEASURED_IN = 149,              ///< text: the quarter the measurement is made in, `YYYY-Qn` (Q3 of the year, I-19).
  LDE_FIELD_OCCUPANCY_MEASURED_IN_YEAR = 180,         ///< int: the year of that quarter.
  LDE_FIELD_OCCUPANCY_MEASURED_IN_QUARTER = 181,      ///< int: the quarter number, 1-4.
  LDE_FIELD_OCCUPANCY_QUARTER_FTE = 182,              ///< fte [quarter]: DmfA FTE per quarter of the measured year, 2 decimals (I-19).
  LDE_FIELD_OCCUPANCY_QUARTER_CONTINGENT = 183,       ///< fte [quarter]: contingent per quarter (day-weighted average, E-1, E-2).
  LDE_FIELD_OCCUPANCY_QUARTER_COUNTED = 184,          ///< bool [quarter]: the quarter had a contingent above 0 and counts in the average (E-3).
  LDE_FIELD_OCCUPANCY_MEASURABLE = 185,               ///< bool: the occupancy can be measured (false when the measured year lies before the calendar's first year, E-12).
  LDE_FIELD_SCALE_LABEL_MAY_BE_WITHDRAWN = 186,       ///< bool: below the minimum scale while it applies: a ground to withdraw the label (2.4, E-14).
  LDE_FIELD_CONDITIONS_LABEL_MAY_BE_WITHDRAWN = 187,  ///< bool: an organisation condition fails while they apply: a ground to withdraw the label (2.4, 2.5, E-14).
  LDE_FIELD_RIGHT_ENDED = 21,                         ///< int (::lde_right_end): how the last right in force ended when none is in force on the date (I-25); absent otherwise.
  LDE_FIELD_APPEAL_LAST_DAY = 22,                     ///< date: last day to file at the labour court after the reconsideration (5.8, I-24); absent without one.
  LDE_FIELD_APPEAL_IN_TIME = 23,                      ///< bool: the filing date is on or before it; absent without a filing date.
  LDE_FIELD_REFERRAL_MAY_PROPOSE = 24,                ///< bool: an enterprise may propose the person for a vacancy on the date (5.6).
  LDE_FIELD_SELF_EVALUATION_EVERY_YEARS = 190,        ///< int: every how many years a self-evaluation is applied (3.1).
  LDE_FIELD_MAATWERK_COMPANY_MET = 191,               ///< bool: the maatwerkbedrijf thresholds are met (I-29); absent without one.
  LDE_FIELD_MAATWERK_DIVISION_MET = 192               ///< bool: the maatwerkafdeling conditions are met (I-29, 2.11); absent without one.
};

/// The key of @p field in docs/format.md ("right.kind", "advances", ...), or NULL for an unknown field.
LDE_API const char* lde_field_name(lde_field field);

/// The type of @p field into @p out.
LDE_API lde_status lde_field_type(lde_field field, lde_value_type* out);

/// What the decision is about.
LDE_API lde_status lde_decision_kind_of(const lde_decision* decision, lde_decision_kind* out);

/// Whether @p field (at @p index) has a value in this decision: 1 or 0 into @p out.
LDE_API lde_status lde_decision_has(const lde_decision* decision, lde_field field, int32_t index, int32_t* out);

/// Reads a bool field. An absent value gives LDE_STATUS_NOT_FOUND (and 0); a field of another
/// type, or of the other decision kind, LDE_STATUS_INVALID_ARGUMENT; a bad index LDE_STATUS_OUT_OF_RANGE.
LDE_API lde_status lde_decision_get_bool(const lde_decision* decision, lde_field field, int32_t index, int32_t* out);
/// Reads an int field; errors as lde_decision_get_bool().
LDE_API lde_status lde_decision_get_int(const lde_decision* decision, lde_field field, int32_t index, int64_t* out);
/// Reads a date field; errors as lde_decision_get_bool() (an absent date also writes {0, 0, 0}).
LDE_API lde_status lde_decision_get_date(const lde_decision* decision, lde_field field, int32_t index, lde_date* out);
/// Reads a money field in euro-cents; errors as lde_decision_get_bool().
LDE_API lde_status lde_decision_get_cents(const lde_decision* decision, lde_field field, int32_t index, int64_t* out);
/// Reads an FTE field in ten-thousandths; errors as lde_decision_get_bool().
LDE_API lde_status lde_decision_get_fte_units(const lde_decision* decision, lde_field field, int32_t index,
                                              int64_t* out);
/// Reads a percent field in hundredths of a percent; errors as lde_decision_get_bool().
LDE_API lde_status lde_decision_get_percent_hundredths(const lde_decision* decision, lde_field field, int32_t index,
                                                       int64_t* out);
/// Reads any field as text ("1234.56", "9.50", "2026-01-31", "true", "maatwerk") into @p out.
LDE_API lde_status lde_decision_get_text(const lde_decision* decision, lde_field field, int32_t index, char* out,
                                         size_t out_size, size_t* out_needed);

/// Number of failing condition ids: the hiring conditions (I-5) of a worker decision, the
/// organisation conditions of an enterprise decision.
LDE_API lde_status lde_decision_failing_count(const lde_decision* decision, size_t* out);
/// Failing condition id @p index ("right_valid", "legal_form", ...), owned by the decision.
LDE_API lde_status lde_decision_failing_id(const lde_decision* decision, size_t index, const char** out);

/// Number of target workers in the enterprise decision's `pop_workers` (every worker of the year's
/// DmfA lines, sorted by id, E-13).
/// @return LDE_STATUS_INVALID_ARGUMENT for a worker decision
LDE_API lde_status lde_decision_pop_worker_count(const lde_decision* decision, size_t* out);
/// POP worker @p index (0-based, < lde_decision_pop_worker_count()): the worker id copied into
/// @p worker (the string convention above: @p worker_size bytes, `*worker_needed` the size needed,
/// LDE_STATUS_BUFFER_TOO_SMALL when it does not fit; @p worker_needed may be NULL),
/// @p required 1 when a POP must be drawn up for the worker for the year, else 0, and
/// @p quarter_mask the quarters of the year with a DmfA line for the worker (bit q-1 for
/// quarter q: 0x1 = Q1 ... 0x8 = Q4). @p required and @p quarter_mask are written also when the
/// buffer is too small.
/// @return LDE_STATUS_OUT_OF_RANGE for an index past the end; LDE_STATUS_INVALID_ARGUMENT for a
/// worker decision or a NULL @p required / @p quarter_mask
LDE_API lde_status lde_decision_pop_worker(const lde_decision* decision, size_t index, char* worker,
                                           size_t worker_size, size_t* worker_needed, int32_t* required,
                                           int32_t* quarter_mask);

/// The decision as JSON with the stable keys of docs/format.md, plus `trace` and `receipt`.
LDE_API lde_status lde_decision_json(const lde_decision* decision, char* out, size_t out_size, size_t* out_needed);

/* ------------------------------------------------------------------------- */
/* Trace                                                                      */
/* ------------------------------------------------------------------------- */

/// One step of a trace: one rule applied once (may grow: set `struct_size`). The strings are
/// owned by the decision.
typedef struct lde_trace_step {
  size_t struct_size;           ///< sizeof(lde_trace_step) as the caller's header declares it.
  const char* rule;             ///< Stable rule id, e.g. `worker.trajectory.absence_extension`.
  const char* source;           ///< Seed passage, e.g. `WSE-LDE "Verlenging inschakelingstraject" 1.`.
  const char* outcome;          ///< What the rule decided, one sentence.
  size_t interpretation_count;  ///< Number of interpretation numbers (lde_decision_step_interpretation()).
  size_t input_count;           ///< Number of inputs (lde_decision_step_input()).
  size_t parameter_count;       ///< Number of parameter values used (lde_decision_step_parameter()).
  size_t note_count;            ///< Number of notes (lde_decision_step_note()).
} lde_trace_step;

/// Initialiser of an ::lde_trace_step to pass to lde_decision_step(): `struct_size` set, the rest empty.
#define LDE_TRACE_STEP_INIT {sizeof(lde_trace_step), NULL, NULL, NULL, 0, 0, 0, 0}

/// One parameter value a step used (may grow: set `struct_size`). Strings owned by the decision.
typedef struct lde_parameter_use {
  size_t struct_size;       ///< sizeof(lde_parameter_use) as the caller's header declares it.
  const char* name;         ///< Parameter name, e.g. `compensation.annual_rate_per_fte`.
  const char* value;        ///< The value as text ("12600.00", "30").
  lde_date effective_from;  ///< First day on which this value applies.
  const char* source;       ///< Source passage of the value.
} lde_parameter_use;

/// Initialiser of an ::lde_parameter_use to pass to lde_decision_step_parameter().
#define LDE_PARAMETER_USE_INIT {sizeof(lde_parameter_use), NULL, NULL, {0, 0, 0}, NULL}

/// Number of trace steps (0 when evaluated without LDE_FLAG_TRACE).
LDE_API lde_status lde_decision_step_count(const lde_decision* decision, size_t* out);
/// Step @p step into @p out (set out->struct_size first).
LDE_API lde_status lde_decision_step(const lde_decision* decision, size_t step, lde_trace_step* out);
/// Interpretation number @p index of step @p step ("I-8"), owned by the decision.
LDE_API lde_status lde_decision_step_interpretation(const lde_decision* decision, size_t step, size_t index,
                                                    const char** out);
/// Input @p index of step @p step as name and value text, owned by the decision.
LDE_API lde_status lde_decision_step_input(const lde_decision* decision, size_t step, size_t index,
                                           const char** out_name, const char** out_value);
/// Parameter use @p index of step @p step into @p out (set out->struct_size first).
LDE_API lde_status lde_decision_step_parameter(const lde_decision* decision, size_t step, size_t index,
                                               lde_parameter_use* out);
/// Note @p index of step @p step, owned by the decision.
LDE_API lde_status lde_decision_step_note(const lde_decision* decision, size_t step, size_t index, const char** out);

/* ------------------------------------------------------------------------- */
/* Worker details: right history and judged absences                          */
/* ------------------------------------------------------------------------- */

/// One grant of the right history (I-4, I-6), as the rules read it (may grow: set `struct_size`).
typedef struct lde_right_period {
  size_t struct_size;     ///< sizeof(lde_right_period) as the caller's header declares it.
  lde_right_kind kind;    ///< The right granted (never LDE_RIGHT_NONE).
  lde_date granted;       ///< Grant date.
  lde_date last_day;      ///< Last day of validity: 5 years (I-4), or the day before a replacing grant (I-6).
  int32_t replaced;       ///< 1 when a later grant replaced it (then `replaced_by` is meaningful), else 0.
  size_t grant_index;     ///< Index of this grant among the dossier's rights (in the order they were added).
  size_t replaced_by;     ///< Index among the dossier's rights of the grant that replaced it; 0 when `replaced` is 0.
} lde_right_period;

/// Initialiser of an ::lde_right_period to pass to lde_decision_right_period().
#define LDE_RIGHT_PERIOD_INIT {sizeof(lde_right_period), 0, {0, 0, 0}, {0, 0, 0}, 0, 0, 0}

/// Number of grants in the right history of a worker decision (sorted by grant date; 0 without rights).
/// @return LDE_STATUS_INVALID_ARGUMENT for an enterprise decision
LDE_API lde_status lde_decision_right_period_count(const lde_decision* decision, size_t* out);
/// Grant @p index of the right history into @p out (set out->struct_size first).
LDE_API lde_status lde_decision_right_period(const lde_decision* decision, size_t index, lde_right_period* out);

/// One absence as the absence extension judged it (I-8); may grow: set `struct_size`.
/// `reason` is owned by the decision.
typedef struct lde_absence_judgement {
  size_t struct_size;     ///< sizeof(lde_absence_judgement) as the caller's header declares it.
  lde_date first_day;     ///< First day of the uninterrupted absence (after merging adjacent qualifying absences).
  lde_date last_day;      ///< Its last day.
  int32_t qualifies;      ///< 1 when it extends the trajectory, else 0.
  int64_t counted_days;   ///< Days added to the trajectory (inside it, on or after 2015-04-01).
  const char* reason;     ///< Why it does or does not qualify, one sentence.
  size_t source_count;    ///< Number of dossier absences merged into it (lde_decision_absence_source()).
} lde_absence_judgement;

/// Initialiser of an ::lde_absence_judgement to pass to lde_decision_absence().
#define LDE_ABSENCE_JUDGEMENT_INIT {sizeof(lde_absence_judgement), {0, 0, 0}, {0, 0, 0}, 0, 0, NULL, 0}

/// Number of judged absences of a worker decision's trajectory (0 without a trajectory).
/// @return LDE_STATUS_INVALID_ARGUMENT for an enterprise decision
LDE_API lde_status lde_decision_absence_count(const lde_decision* decision, size_t* out);
/// Judged absence @p index into @p out (set out->struct_size first).
LDE_API lde_status lde_decision_absence(const lde_decision* decision, size_t index, lde_absence_judgement* out);
/// Source @p index of judged absence @p absence: the index of a dossier absence (`absences[i]`, in the
/// order they were added) merged into it.
LDE_API lde_status lde_decision_absence_source(const lde_decision* decision, size_t absence, size_t index,
                                               size_t* out);

/* ========================================================================= */
/* Quality calendar                                                           */
/* ========================================================================= */

/// Every how many years an LDE enterprise applies a self-evaluation (3), as in force on @p at
/// (WSE-FAQ "Kwaliteitsmanagement" 3.1). @p params NULL means the default set.
/// @return LDE_STATUS_OUT_OF_RANGE for a date before the parameter's first value
LDE_API lde_status lde_quality_self_evaluation_interval(const lde_params* params, lde_date at, int32_t* out_years);

/// The period (both ends included, I-1) within which every LDE enterprise has a quality
/// assessment, as in force on @p at (WSE-FAQ "Kwaliteitsmanagement" 3.1). @p params NULL means the default set.
/// @return LDE_STATUS_OUT_OF_RANGE for a date before the parameter's first value
LDE_API lde_status lde_quality_assessment_period(const lde_params* params, lde_date at, lde_date* out_first_day,
                                                 lde_date* out_last_day);

/* ========================================================================= */
/* Batch evaluation of many workers                                           */
/* ========================================================================= */

/// Input columns, one row per worker; the caller owns every array. Dates are days since
/// 1970-01-01 with ::LDE_NO_DAYS for none; FTE in ten-thousandths. Optional columns may be NULL
/// (the default stated applies to every row). May grow: set `struct_size`.
typedef struct lde_worker_columns {
  size_t struct_size;                         ///< sizeof(lde_worker_columns) as the caller's header declares it.
  size_t rows;                                ///< Number of workers.
  const int64_t* birth_date;                  ///< Required.
  const int32_t* right_kind;                  ///< Optional (default LDE_RIGHT_LDE); ::lde_right_kind values.
  const int64_t* right_granted;               ///< Required; LDE_NO_DAYS: no right.
  const int64_t* employment_first_day;        ///< Required; LDE_NO_DAYS: not employed.
  const int64_t* employment_last_day;         ///< Optional; LDE_NO_DAYS: still employed.
  const uint8_t* employer_recognised;         ///< Optional (default 1).
  const int64_t* employer_contingent_units;   ///< Optional (default 10000 = 1.00 FTE).
  const uint8_t* employer_in_brussels;        ///< Optional (default 0).
  const int32_t* competence_months;           ///< Optional (default 0).
  const int64_t* competence_approved;         ///< Optional; required where competence_months > 0.
  const int64_t* doorstroom_first_day;        ///< Optional; LDE_NO_DAYS: no transition trajectory.
  const int64_t* doorstroom_last_day;         ///< Optional; required where doorstroom_first_day is set.
  const int64_t* external_job_found;          ///< Optional; LDE_NO_DAYS: none found.
} lde_worker_columns;

/// Initialiser of an ::lde_worker_columns: `struct_size` set, no rows, every column NULL (the
/// optional columns then take the defaults stated above: right kind LDE, employer recognised,
/// contingent 1.00 FTE, not in Brussels, no competence extension; reading F-1).
#define LDE_WORKER_COLUMNS_INIT \
  {sizeof(lde_worker_columns), 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}

/// Absences in long format, one row per absence (may grow: set `struct_size`).
typedef struct lde_absence_columns {
  size_t struct_size;        ///< sizeof(lde_absence_columns) as the caller's header declares it.
  size_t rows;               ///< Number of absences.
  const int64_t* worker;     ///< Row of the worker in lde_worker_columns.
  const int64_t* first_day;  ///< First day absent.
  const int64_t* last_day;   ///< Last day absent.
  const int32_t* reason;     ///< ::lde_absence_reason values.
} lde_absence_columns;

/// Initialiser of an ::lde_absence_columns: `struct_size` set, no rows.
#define LDE_ABSENCE_COLUMNS_INIT {sizeof(lde_absence_columns), 0, NULL, NULL, NULL, NULL}

/// Output columns, one row per worker, allocated by the caller (length `rows`); any pointer may
/// be NULL to skip that output (may grow: set `struct_size`).
typedef struct lde_worker_outputs {
  size_t struct_size;                    ///< sizeof(lde_worker_outputs) as the caller's header declares it.
  int32_t* right_kind;                   ///< ::lde_right_kind, LDE_RIGHT_NONE when none.
  uint8_t* right_valid;                  ///< 1 when a right is in force.
  int64_t* right_last_day;               ///< LDE_NO_DAYS when none.
  uint8_t* hiring_eligible;              ///< 1 eligible, 0 not (0 when not employed).
  int64_t* trajectory_first_day;         ///< LDE_NO_DAYS when no trajectory.
  int64_t* trajectory_last_day;          ///< LDE_NO_DAYS when no trajectory.
  int64_t* absence_extension_days;       ///< Days added (I-8).
  int32_t* competence_extension_months;  ///< Months added (I-9).
  int32_t* continuation;                 ///< ::lde_continuation_kind.
  uint8_t* in_trajectory;                ///< Status flag.
  uint8_t* in_continuation;              ///< Status flag.
  uint8_t* compensated;                  ///< Status flag.
  uint32_t* reason;                      ///< Bit set: which rules decided the row (lde_reason_rule()).
  /* Added in 0.2 (filled by lde_evaluate_population() only; lde_evaluate_workers() refuses them). */
  int64_t* continuation_first_day;       ///< First day of the continuation (I-10, I-11), LDE_NO_DAYS when none.
  int32_t* right_ended;                  ///< When no right is in force: ::lde_right_end (1 expired, 2 replaced, I-25); 0 otherwise.
} lde_worker_outputs;

/// Initialiser of an ::lde_worker_outputs: `struct_size` set, every output NULL (skipped).
#define LDE_WORKER_OUTPUTS_INIT \
  {sizeof(lde_worker_outputs), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}

/// Evaluates every worker row on @p at_days (days since 1970-01-01) into @p outputs, on
/// @p threads threads (0: all cores). @p absences may be NULL (no absences). The answers
/// equal lde_evaluate_worker() row by row. On error nothing is guaranteed about the outputs,
/// and the message names the row (`rows[12].birth_date`).
///
/// Allocation: the caller allocates nothing per row (inputs and outputs are the caller's
/// arrays). Inside, the call allocates a constant number of blocks (an index of the absences
/// by worker, one scratch dossier per thread that is refilled for every row and keeps its
/// capacity, the threads themselves), and the batch layer allocates nothing per row. The
/// rules engine it runs for each row (the same code as lde_evaluate_worker()) still allocates
/// for its intermediate results: about 39 small blocks for a typical row (a right and an
/// employment, no absences), a few more per absence. CTest capi_malloc bounds that count.
LDE_API lde_status lde_evaluate_workers(const lde_params* params, const lde_worker_columns* workers,
                                        const lde_absence_columns* absences, int64_t at_days, uint32_t threads,
                                        const lde_worker_outputs* outputs);

/// The rule behind one bit of lde_worker_outputs::reason (may grow: set `struct_size`). Static strings.
typedef struct lde_reason_rule {
  size_t struct_size;           ///< sizeof(lde_reason_rule) as the caller's header declares it.
  const char* bit_name;         ///< e.g. "absence_extended".
  const char* rule;             ///< Rule id, e.g. "worker.trajectory.absence_extension".
  const char* source;           ///< Seed passage.
  const char* interpretations;  ///< e.g. "I-8".
} lde_reason_rule;

/// Initialiser of an ::lde_reason_rule to pass to lde_reason_rule_of().
#define LDE_REASON_RULE_INIT {sizeof(lde_reason_rule), NULL, NULL, NULL, NULL}

/// The rule behind @p bit (exactly one bit set). @return LDE_STATUS_INVALID_ARGUMENT for an unknown bit
LDE_API lde_status lde_reason_rule_of(uint32_t bit, lde_reason_rule* out);

/* ========================================================================= */
/* Batch evaluation of whole dossiers: the population tables                  */
/* ========================================================================= */
/* Added in 0.2 (compatible additions). A population as tables (docs/c-api.md, "The population
   tables"): one struct per table of the column schema (lde/population/schema.hpp), each `rows` and
   then one column pointer per schema column, named as the schema names it and in its order (CTest
   capi_population_schema checks it). Long tables reference workers by `worker`, the worker's ROW in
   lde_worker_table (0-based). Dates are days since 1970-01-01 with ::LDE_NO_DAYS for none, FTE in
   ten-thousandths, text NUL-terminated UTF-8. An optional column may be NULL: its default applies
   to every row. A required column that is NULL while its table has rows is
   LDE_STATUS_INVALID_ARGUMENT naming it (`employment.first_day`). Every struct may grow: set
   `struct_size` with its `_INIT` macro. */

/// `workers`: one row per worker.
typedef struct lde_worker_table {
  size_t struct_size;                           ///< sizeof(lde_worker_table) as the caller's header declares it.
  size_t rows;                                  ///< Number of workers.
  const int64_t* birth_date;                    ///< Required.
  const int64_t* reconsideration_letter_sent;   ///< Optional; LDE_NO_DAYS: no reconsideration (WSE-FAQ 5.8, I-24).
  const int64_t* reconsideration_filed;         ///< Optional; LDE_NO_DAYS: no petition filed (I-24).
} lde_worker_table;
/// Initialiser of an ::lde_worker_table: no rows, every column NULL.
#define LDE_WORKER_TABLE_INIT {sizeof(lde_worker_table), 0, NULL, NULL, NULL}

/// `rights`: one row per right granted (I-4, I-6).
typedef struct lde_right_table {
  size_t struct_size;       ///< sizeof(lde_right_table) as the caller's header declares it.
  size_t rows;              ///< Number of rights.
  const int64_t* worker;    ///< Required: row in lde_worker_table.
  const int32_t* kind;      ///< Optional (default LDE_RIGHT_LDE); ::lde_right_kind values.
  const int64_t* granted;   ///< Required.
} lde_right_table;
/// Initialiser of an ::lde_right_table: no rows, every column NULL.
#define LDE_RIGHT_TABLE_INIT {sizeof(lde_right_table), 0, NULL, NULL, NULL}

/// `employment`: one row per employment period (I-5, I-7).
typedef struct lde_employment_table {
  size_t struct_size;                    ///< sizeof(lde_employment_table) as the caller's header declares it.
  size_t rows;                           ///< Number of employment periods.
  const int64_t* worker;                 ///< Required: row in lde_worker_table.
  const char* const* employer;           ///< Optional; NULL: one employer per worker, labelled "worker N".
  const int64_t* first_day;              ///< Required.
  const int64_t* last_day;               ///< Optional; LDE_NO_DAYS: still employed.
  const uint8_t* employer_recognised;    ///< Optional (default 1).
  const int64_t* employer_contingent;    ///< Optional (default 10000 = 1.00 FTE, F-1); ten-thousandths.
  const uint8_t* employer_in_brussels;   ///< Optional (default 0).
} lde_employment_table;
/// Initialiser of an ::lde_employment_table: no rows, every column NULL.
#define LDE_EMPLOYMENT_TABLE_INIT {sizeof(lde_employment_table), 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL}

/// `absences`: one row per absence (I-8).
typedef struct lde_absence_table {
  size_t struct_size;         ///< sizeof(lde_absence_table) as the caller's header declares it.
  size_t rows;                ///< Number of absences.
  const int64_t* worker;      ///< Required: row in lde_worker_table.
  const int64_t* first_day;   ///< Required.
  const int64_t* last_day;    ///< Required.
  const int32_t* reason;      ///< Required; ::lde_absence_reason values.
} lde_absence_table;
/// Initialiser of an ::lde_absence_table: no rows, every column NULL.
#define LDE_ABSENCE_TABLE_INIT {sizeof(lde_absence_table), 0, NULL, NULL, NULL, NULL}

/// `competence_extensions`: one row per approved competence extension (I-9).
typedef struct lde_competence_table {
  size_t struct_size;         ///< sizeof(lde_competence_table) as the caller's header declares it.
  size_t rows;                ///< Number of approvals.
  const int64_t* worker;      ///< Required: row in lde_worker_table.
  const int32_t* months;      ///< Required; 1 .. 120.
  const int64_t* approved;    ///< Required.
} lde_competence_table;
/// Initialiser of an ::lde_competence_table: no rows, every column NULL.
#define LDE_COMPETENCE_TABLE_INIT {sizeof(lde_competence_table), 0, NULL, NULL, NULL}

/// `doorstroom`: at most one row per worker, the transition trajectory (I-11).
typedef struct lde_doorstroom_table {
  size_t struct_size;                  ///< sizeof(lde_doorstroom_table) as the caller's header declares it.
  size_t rows;                         ///< Number of transition trajectories.
  const int64_t* worker;               ///< Required: row in lde_worker_table.
  const int64_t* first_day;            ///< Required.
  const int64_t* last_day;             ///< Required.
  const int64_t* external_job_found;   ///< Optional; LDE_NO_DAYS: none found.
} lde_doorstroom_table;
/// Initialiser of an ::lde_doorstroom_table: no rows, every column NULL.
#define LDE_DOORSTROOM_TABLE_INIT {sizeof(lde_doorstroom_table), 0, NULL, NULL, NULL, NULL}

/// `non_cooperation`: periods of non-cooperation inside a transition trajectory (I-11).
typedef struct lde_non_cooperation_table {
  size_t struct_size;         ///< sizeof(lde_non_cooperation_table) as the caller's header declares it.
  size_t rows;                ///< Number of periods.
  const int64_t* worker;      ///< Required: row in lde_worker_table (which has a doorstroom row).
  const int64_t* first_day;   ///< Required.
  const int64_t* last_day;    ///< Required.
} lde_non_cooperation_table;
/// Initialiser of an ::lde_non_cooperation_table: no rows, every column NULL.
#define LDE_NON_COOPERATION_TABLE_INIT {sizeof(lde_non_cooperation_table), 0, NULL, NULL, NULL}

/// A population: the worker table and the six long tables, in schema order. A NULL table is empty.
typedef struct lde_population {
  size_t struct_size;                                  ///< sizeof(lde_population) as the caller's header declares it.
  const lde_worker_table* workers;                     ///< NULL: no workers.
  const lde_right_table* rights;                       ///< NULL: no rights.
  const lde_employment_table* employment;              ///< NULL: no employment.
  const lde_absence_table* absences;                   ///< NULL: no absences.
  const lde_competence_table* competence_extensions;   ///< NULL: none.
  const lde_doorstroom_table* doorstroom;              ///< NULL: none.
  const lde_non_cooperation_table* non_cooperation;    ///< NULL: none.
} lde_population;
/// Initialiser of an ::lde_population: every table NULL (empty).
#define LDE_POPULATION_INIT {sizeof(lde_population), NULL, NULL, NULL, NULL, NULL, NULL, NULL}

/// Evaluates every worker of @p population on @p at_days (days since 1970-01-01) into @p outputs
/// (one row per worker row; also continuation_first_day and right_ended), on @p threads threads
/// (0: all cores). Row i equals lde_evaluate_worker() of the dossier the tables hold for worker
/// row i (its rows of each long table, in table order). @p params NULL: the default set. Errors
/// name the table row and column (`employment[7].first_day`, `rights[2].worker`), as C++ and
/// Python do. Allocation: a constant number of blocks per call (the index of every long table by
/// worker, one scratch dossier per thread), nothing per row in the batch layer.
LDE_API lde_status lde_evaluate_population(const lde_params* params, const lde_population* population, int64_t at_days,
                                           uint32_t threads, const lde_worker_outputs* outputs);

/* ========================================================================= */
/* Confidential section ("vertrouwelijk luik")                                */
/* ========================================================================= */
/* Added in 0.1 after the first baseline (compatible additions). Who may see which document of a
   target worker's confidential section at VDAB, and when (WSE-LDE "Vertrouwelijk luik", WSE-FAQ
   6.9-6.13, I-28, C-1 .. C-7; docs/rules/confidential.md). The log is given as JSON in the format of
   docs/format.md "Confidential section"; every answer says which rule decided, with its source and
   readings. The one-sentence detail of an answer and the trace are in the decision JSON of
   lde_evaluate_json() (input `{"at", "confidential", "person"?, "document"?}`). */

/// A validated event log of one worker's confidential section. Immutable: safe to query from many threads.
typedef struct lde_confidential_log lde_confidential_log;

/// The kind of a document: an `int32_t` holding one of these values.
typedef int32_t lde_document_kind;
/// Values of ::lde_document_kind (fixed).
enum lde_document_kind_values {
  LDE_DOCUMENT_ICF = 1,         ///< The ICF screening, uploaded by the VDAB mediator only (C-5).
  LDE_DOCUMENT_POP = 2,         ///< Personal development plan ("persoonlijk ontwikkelingsplan").
  LDE_DOCUMENT_EVALUATION = 3,  ///< Evaluation file ("evaluatiedossier").
  LDE_DOCUMENT_OTHER = 4        ///< Any other confidential document.
};

/// Who a person of the log is: an `int32_t` holding one of these values.
typedef int32_t lde_person_role;
/// Values of ::lde_person_role (fixed).
enum lde_person_role_values {
  LDE_PERSON_STAFF = 1,     ///< A contact person of an employer.
  LDE_PERSON_MEDIATOR = 2,  ///< A VDAB mediator ("bemiddelaar").
  LDE_PERSON_WORKER = 3     ///< The target worker.
};

/// Why an answer is what it is: an `int32_t` holding one of these values (new values may be added;
/// lde_access_reason_name() names any value the library returns).
typedef int32_t lde_access_reason;
/// Values of ::lde_access_reason (fixed; the names are those of the decision JSON's `reason`).
enum lde_access_reason_values {
  LDE_ACCESS_CONSENT = 1,                  ///< "consent": access by the worker's consent.
  LDE_ACCESS_TRANSFER = 2,                 ///< "transfer": access by the employer's transfer form.
  LDE_ACCESS_MEDIATOR = 3,                 ///< "mediator": the worker's mediator on the date.
  LDE_ACCESS_WORKER = 4,                   ///< "worker": the worker may upload.
  LDE_ACCESS_NEVER_GRANTED = 5,            ///< "never_granted": no consent or transfer names the person for a running employment.
  LDE_ACCESS_ROLE_CHANGED = 6,             ///< "role_changed": access ended when the person changed function or job.
  LDE_ACCESS_REPLACED = 7,                 ///< "replaced": access passed to another person of the employer.
  LDE_ACCESS_EMPLOYMENT_ENDED = 8,         ///< "employment_ended": access ended with the employment.
  LDE_ACCESS_NOT_CURRENT_MEDIATOR = 9,     ///< "not_current_mediator".
  LDE_ACCESS_OWN_EMPLOYER_DOCUMENT = 10,   ///< "own_employer_document": uploaded by the person's own employer.
  LDE_ACCESS_LATEST_ICF = 11,              ///< "latest_icf".
  LDE_ACCESS_OTHER_EMPLOYER_DOCUMENT = 12, ///< "other_employer_document": never visible.
  LDE_ACCESS_NOT_EMPLOYER_DOCUMENT = 13,   ///< "not_employer_document": uploaded by VDAB (not the ICF) or the worker.
  LDE_ACCESS_OLDER_ICF = 14,               ///< "older_icf": kept, but a later ICF replaced it.
  LDE_ACCESS_NOT_YET_UPLOADED = 15,        ///< "not_yet_uploaded".
  LDE_ACCESS_WORKER_NO_DIRECT_VIEW = 16    ///< "worker_no_direct_view": the worker views documents with the mediator.
};

/// The stable name of @p reason ("consent", ...), or NULL for a value the library does not know. Static.
LDE_API const char* lde_access_reason_name(lde_access_reason reason);

/// A yes/no answer (may grow: set `struct_size`). The strings are static.
typedef struct lde_access_answer {
  size_t struct_size;        ///< sizeof(lde_access_answer) as the caller's header declares it.
  int32_t allowed;           ///< 1 yes, 0 no.
  lde_access_reason reason;  ///< Why.
  const char* rule;          ///< The deciding rule's id, e.g. "confidential.view.own_employer".
  const char* source;        ///< Its source passage.
  const char* readings;      ///< Its readings, space separated, e.g. "I-28 C-1".
} lde_access_answer;
/// An ::lde_access_answer ready to be filled: `lde_access_answer a = LDE_ACCESS_ANSWER_INIT;`
#define LDE_ACCESS_ANSWER_INIT {sizeof(lde_access_answer), 0, 0, NULL, NULL, NULL}

/// A person with access on a date (may grow: set `struct_size`). Strings owned by the log.
typedef struct lde_access_holder {
  size_t struct_size;      ///< sizeof(lde_access_holder) as the caller's header declares it.
  const char* person;      ///< The person's id.
  lde_person_role role;    ///< LDE_PERSON_STAFF or LDE_PERSON_MEDIATOR.
  const char* employer;    ///< The employer of a contact person; "" for the mediator.
  lde_date since;          ///< First day of this access.
  lde_access_reason via;   ///< LDE_ACCESS_CONSENT, LDE_ACCESS_TRANSFER or LDE_ACCESS_MEDIATOR.
  const char* event;       ///< The id of the granting event.
} lde_access_holder;
/// An ::lde_access_holder ready to be filled: `lde_access_holder h = LDE_ACCESS_HOLDER_INIT;`
#define LDE_ACCESS_HOLDER_INIT {sizeof(lde_access_holder), NULL, 0, NULL, {0, 0, 0}, 0, NULL}

/// One kept version of a document (may grow: set `struct_size`). Strings owned by the log.
typedef struct lde_document_version {
  size_t struct_size;             ///< sizeof(lde_document_version) as the caller's header declares it.
  const char* document;           ///< Document id.
  lde_document_kind kind;         ///< Its kind.
  int32_t version;                ///< Version number, 1 for the first.
  lde_date uploaded;              ///< Upload date.
  const char* person;             ///< Who uploaded it.
  lde_person_role uploader_role;  ///< Their role.
  const char* employer;           ///< The uploading employer for a contact person's upload; "" otherwise.
  const char* event;              ///< The id of the upload event.
} lde_document_version;
/// An ::lde_document_version ready to be filled: `lde_document_version v = LDE_DOCUMENT_VERSION_INIT;`
#define LDE_DOCUMENT_VERSION_INIT {sizeof(lde_document_version), NULL, 0, 0, {0, 0, 0}, NULL, 0, NULL, NULL}

/// Parses a confidential-section log (docs/format.md "Confidential section") and validates it:
/// a consent before the employment starts, events out of order, an upload by a person who never had
/// access, an unknown document kind, ... are refused with the status and the field
/// (`events[3].date`) of the JSON path. Free the log with lde_confidential_log_free().
LDE_API lde_status lde_confidential_log_from_json(const char* json, lde_confidential_log** out);

/// The log as JSON (the format lde_confidential_log_from_json() reads), copied into @p out.
LDE_API lde_status lde_confidential_log_to_json(const lde_confidential_log* log, char* out, size_t out_size,
                                                size_t* out_needed);

/// Releases a log (NULL is accepted).
LDE_API void lde_confidential_log_free(lde_confidential_log* log);

/// Whether @p person has access on @p at (the contact person of their employer, or the mediator).
/// @return LDE_STATUS_NOT_FOUND naming `person` for a person the log does not name
LDE_API lde_status lde_confidential_access(const lde_confidential_log* log, const char* person, lde_date at,
                                           lde_access_answer* out);

/// Whether @p person may upload a document on @p at (I-28, C-4, C-5).
/// @return LDE_STATUS_NOT_FOUND naming `person` for a person the log does not name
LDE_API lde_status lde_confidential_may_upload(const lde_confidential_log* log, const char* person, lde_date at,
                                               lde_access_answer* out);

/// Whether @p person may view @p document on @p at (for the ICF: its latest version, C-5).
/// @return LDE_STATUS_NOT_FOUND naming `person` or `document` when the log names no such person or document
LDE_API lde_status lde_confidential_may_view(const lde_confidential_log* log, const char* person, const char* document,
                                             lde_date at, lde_access_answer* out);

/// Number of persons with access on @p at (at most one per employer, then the mediator).
LDE_API lde_status lde_confidential_holder_count(const lde_confidential_log* log, lde_date at, size_t* out);
/// Holder @p index on @p at into @p out (set out->struct_size first), sorted by employer, the mediator last.
/// @return LDE_STATUS_OUT_OF_RANGE for an index past the end
LDE_API lde_status lde_confidential_holder(const lde_confidential_log* log, lde_date at, size_t index,
                                           lde_access_holder* out);

/// Number of versions @p person can see on @p at (the latest ICF and their employer's uploads; all for
/// the mediator; none without access).
/// @return LDE_STATUS_NOT_FOUND naming `person` for a person the log does not name
LDE_API lde_status lde_confidential_visible_count(const lde_confidential_log* log, const char* person, lde_date at,
                                                  size_t* out);
/// Visible version @p index into @p out (set out->struct_size first), sorted by upload date, document, version.
LDE_API lde_status lde_confidential_visible(const lde_confidential_log* log, const char* person, lde_date at,
                                            size_t index, lde_document_version* out);

/// Number of versions kept on @p at (uploaded on or before it; nothing is ever deleted, WSE-FAQ 6.12).
LDE_API lde_status lde_confidential_history_count(const lde_confidential_log* log, lde_date at, size_t* out);
/// Kept version @p index into @p out (set out->struct_size first), in the order of lde_confidential_visible().
LDE_API lde_status lde_confidential_history(const lde_confidential_log* log, lde_date at, size_t index,
                                            lde_document_version* out);

/* ========================================================================= */
/* POP and label of an enterprise                                             */
/* ========================================================================= */
/* Added in 0.1 after the first baseline (compatible additions). The yearly POP of each target
   worker (WSE-FAQ "POP" 6.1, 6.5, 6.6, 6.8, 6.9; E-13, E-16 .. E-18) and the label an enterprise
   input is (2.1, 2.2; E-19): docs/format.md "Enterprise" (`pops`, `label`), docs/rules/enterprise.md. */

/// A content element of a POP, or one of the three further things a POP must show: bit
/// `1 << value` in the masks below (values fixed, as lde::PopElement).
typedef int32_t lde_pop_element;
/// Values of ::lde_pop_element (fixed).
enum lde_pop_element_values {
  LDE_POP_PERSONAL_DATA = 0,                  ///< "zijn persoonsgegevens" (6.1).
  LDE_POP_CURRENT_GENERIC_COMPETENCES = 1,    ///< Current generic competences (6.1).
  LDE_POP_CURRENT_TECHNICAL_COMPETENCES = 2,  ///< Current technical competences (6.1).
  LDE_POP_FUTURE_GENERIC_COMPETENCES = 3,     ///< Future generic competences (6.1).
  LDE_POP_FUTURE_TECHNICAL_COMPETENCES = 4,   ///< Future technical competences (6.1).
  LDE_POP_GENERIC_IMPROVEMENT_ACTION = 5,     ///< An improvement action for the generic competences (6.1).
  LDE_POP_TECHNICAL_IMPROVEMENT_ACTION = 6,   ///< An improvement action for the technical competences (6.1).
  LDE_POP_TRANSITION_FOCUS = 7,               ///< Transition actions marked, or their absence motivated (6.1); verdicts only.
  LDE_POP_WORKER_INVOLVEMENT = 8,             ///< Made with the worker, or the employer's view for a reason of 6.9; verdicts only.
  LDE_POP_REGISTRATION = 9                    ///< Registered in VDAB's database (6.6, 6.8); verdicts only.
};
/// The seven content elements of 6.1 (bits 0 .. 6): a POP holding them all.
#define LDE_POP_ALL_CONTENT 0x7Fu

/// Whether a POP marks actions aimed at transition (6.1): an `int32_t` holding one of these values.
typedef int32_t lde_pop_transition;
/// Values of ::lde_pop_transition (fixed).
enum lde_pop_transition_values {
  LDE_POP_TRANSITION_ACTIONS = 1,    ///< Actions aimed at transition are marked.
  LDE_POP_TRANSITION_MOTIVATED = 2,  ///< None, with a motivation (e.g. 60+): set `motivation`.
  LDE_POP_TRANSITION_NONE = 3        ///< Neither (the POP then lacks LDE_POP_TRANSITION_FOCUS).
};

/// Whose view a POP gives (6.9): an `int32_t` holding one of these values.
typedef int32_t lde_pop_view;
/// Values of ::lde_pop_view (fixed).
enum lde_pop_view_values {
  LDE_POP_VIEW_JOINT = 1,         ///< Drawn up with the worker.
  LDE_POP_VIEW_EMPLOYER_ONLY = 2  ///< Marked as the employer's view alone.
};

/// Why a POP gives the employer's view alone (6.9): an `int32_t` holding one of these values.
typedef int32_t lde_pop_refusal;
/// Values of ::lde_pop_refusal (fixed).
enum lde_pop_refusal_values {
  LDE_POP_REFUSAL_NONE = 0,           ///< No reason (a joint POP; an employer-only POP then lacks worker involvement).
  LDE_POP_REFUSAL_REFUSED_TALK = 1,   ///< The worker refuses the POP talk.
  LDE_POP_REFUSAL_REFUSED_ACCESS = 2  ///< The worker gives the employer no access to the confidential section.
};

/// Who registered a POP (6.6, 6.9): an `int32_t` holding one of these values.
typedef int32_t lde_pop_uploader;
/// Values of ::lde_pop_uploader (fixed).
enum lde_pop_uploader_values {
  LDE_POP_UPLOADER_EMPLOYER = 1,  ///< The employer.
  LDE_POP_UPLOADER_WORKER = 2     ///< The worker himself, in his confidential section.
};

/// One target worker's POP for one year (may grow: set `struct_size`). JSON `pops[i]`.
typedef struct lde_pop_record {
  size_t struct_size;              ///< sizeof(lde_pop_record) as the caller's header declares it.
  const char* worker;              ///< Worker id as in the DmfA lines; copied; required.
  int32_t year;                    ///< The year the POP is for (1400 .. 9998).
  uint32_t elements;               ///< Content elements present: bits 0 .. 6 (::LDE_POP_ALL_CONTENT).
  lde_pop_transition transition;   ///< Transition focus.
  const char* motivation;          ///< With LDE_POP_TRANSITION_MOTIVATED: why (copied, required); otherwise NULL.
  lde_pop_view view;               ///< Whose view.
  lde_pop_refusal refusal;         ///< Why the employer's view alone; LDE_POP_REFUSAL_NONE for a joint POP.
  lde_date registered_on;          ///< Day registered in VDAB's database, or {0, 0, 0}: not registered.
  lde_pop_uploader uploaded_by;    ///< Who registered it.
} lde_pop_record;

/// Initialiser of an ::lde_pop_record with the defaults of the JSON format: `struct_size` set, no
/// worker, year 0, no elements, transition none, joint, no refusal, not registered, by the employer.
#define LDE_POP_RECORD_INIT                                                                              \
  {sizeof(lde_pop_record), NULL, 0, 0, LDE_POP_TRANSITION_NONE, NULL, LDE_POP_VIEW_JOINT, LDE_POP_REFUSAL_NONE, \
   {0, 0, 0}, LDE_POP_UPLOADER_EMPLOYER}

/// Adds a POP (copied). Checks what the JSON reader checks (E-16, E-17): a motivation exactly with
/// LDE_POP_TRANSITION_MOTIVATED, a refusal only with LDE_POP_VIEW_EMPLOYER_ONLY, elements within
/// bits 0 .. 6, known enum values, a valid date. That the worker has a DmfA line in the year and
/// has no other POP for it is checked by lde_enterprise_validate() and the evaluation.
/// @return LDE_STATUS_INVALID_ARGUMENT or LDE_STATUS_CONFLICT naming `pops[i].<field>`; the
/// enterprise is then unchanged
LDE_API lde_status lde_enterprise_add_pop(lde_enterprise* enterprise, const lde_pop_record* pop);

/// The level at which a label is held (2.1): an `int32_t` holding one of these values.
typedef int32_t lde_label_level;
/// Values of ::lde_label_level (fixed).
enum lde_label_level_values {
  LDE_LABEL_ENTERPRISE = 1,         ///< At enterprise level (the default).
  LDE_LABEL_ESTABLISHMENT_UNIT = 2  ///< At the level of an establishment unit.
};

/// Sets which label the enterprise input is (2.1, 2.2, E-19): its level and its KBO numbers (NULL:
/// none), ten digits with dots or spaces allowed, checked (first digit, check digits) and stored
/// in canonical form. An establishment-unit label needs @p establishment_unit_number; an
/// enterprise-level label takes none.
/// @return LDE_STATUS_INVALID_ARGUMENT or LDE_STATUS_CONFLICT naming `label.<field>`; the
/// enterprise is then unchanged
LDE_API lde_status lde_enterprise_set_label(lde_enterprise* enterprise, lde_label_level level,
                                            const char* enterprise_number, const char* establishment_unit_number);

/// A POP's verdict: an `int32_t` holding one of these values.
typedef int32_t lde_pop_status;
/// Values of ::lde_pop_status (fixed).
enum lde_pop_status_values {
  LDE_POP_NOT_REQUIRED = 0,  ///< No POP obligation for the worker in the year (E-13).
  LDE_POP_COMPLIANT = 1,     ///< A POP holding every element.
  LDE_POP_INCOMPLETE = 2,    ///< A POP lacking at least one element.
  LDE_POP_MISSING = 3        ///< Required, and none reported.
};

/// The verdict on the POP of POP worker @p index (as lde_decision_pop_worker()): @p status, and in
/// @p missing the missing elements as bits `1 << ::lde_pop_element` (0 unless incomplete), and
/// @p employer_view_only 1 for an employer-only POP with a reason of 6.9. NULL out-pointers are
/// LDE_STATUS_INVALID_ARGUMENT.
/// @return LDE_STATUS_OUT_OF_RANGE for an index past the end; LDE_STATUS_INVALID_ARGUMENT for a
/// worker decision
LDE_API lde_status lde_decision_pop_check(const lde_decision* decision, size_t index, lde_pop_status* status,
                                          uint32_t* missing, int32_t* employer_view_only);

/// The label of an enterprise decision: @p level, and its KBO numbers in canonical form, owned by
/// the decision (NULL when the input named none). NULL out-pointers are LDE_STATUS_INVALID_ARGUMENT.
/// @return LDE_STATUS_INVALID_ARGUMENT for a worker decision
LDE_API lde_status lde_decision_label(const lde_decision* decision, lde_label_level* level,
                                      const char** enterprise_number, const char** establishment_unit_number);

/// A change of a target worker's contractual fraction at this label (WSE-FAQ "Vacatures" 7.5, E-20);
/// may grow: set `struct_size`. `worker` is owned by the decision.
typedef struct lde_contract_change {
  size_t struct_size;             ///< sizeof(lde_contract_change) as the caller's header declares it.
  const char* worker;             ///< Worker id of the DmfA lines.
  int32_t year;                   ///< Year of the quarter whose DmfA line shows the new fraction.
  int32_t quarter;                ///< That quarter, 1-4 (compared with the quarter before; Q4 of the year before for Q1).
  int64_t fraction_before_units;  ///< The fraction of the quarter before, ten-thousandths.
  int64_t fraction_after_units;   ///< The new fraction, ten-thousandths.
  int32_t extension;              ///< 1: more hours; 0: fewer hours.
  int32_t new_vacancy;            ///< 1 when a new vacancy in MVAC is needed: always 0 at the same label (7.5).
  int32_t capped;                 ///< 1 when the quarter's settlement caps the DmfA FTE at the contingent.
} lde_contract_change;

/// Initialiser of an ::lde_contract_change to pass to lde_decision_contract_change().
#define LDE_CONTRACT_CHANGE_INIT {sizeof(lde_contract_change), NULL, 0, 0, 0, 0, 0, 0, 0}

/// Number of contract changes of an enterprise decision (workers whose DmfA fraction differs from
/// the quarter before, E-20; sorted by quarter, then worker id).
/// @return LDE_STATUS_INVALID_ARGUMENT for a worker decision
LDE_API lde_status lde_decision_contract_change_count(const lde_decision* decision, size_t* out);
/// Contract change @p index into @p out (set out->struct_size first, e.g. with ::LDE_CONTRACT_CHANGE_INIT).
/// @return LDE_STATUS_OUT_OF_RANGE for an index past the end; LDE_STATUS_INVALID_ARGUMENT for a
/// worker decision or a NULL @p out
LDE_API lde_status lde_decision_contract_change(const lde_decision* decision, size_t index, lde_contract_change* out);

/* ========================================================================= */
/* Local services and the DAEB rules ("lokale diensten")                      */
/* ========================================================================= */
/* Added in 0.1 after the first baseline (compatible additions). Whether target workers in an insertion
   trajectory may execute a local service, and the DAEB rules on its assignment, compensation and impact
   analysis (WSE-FAQ 4.1 .. 4.20, I-26, I-27, L-1 .. L-9; docs/rules/local-services.md). The service is
   given as JSON in the format of docs/format.md "Local service"; the evaluation is a separate decision
   handle, ::lde_local_service_decision, read through typed accessors or as JSON (the same JSON as
   lde_evaluate_json() gives for `{"at", "local_service"}`). */

/// A validated local service. Immutable: safe to evaluate from many threads.
typedef struct lde_local_service lde_local_service;
/// The decision on one local service (lde_evaluate_local_service()). Immutable.
typedef struct lde_local_service_decision lde_local_service_decision;

/// The klaverblad of a local service: an `int32_t` holding one of these values.
typedef int32_t lde_klaverblad;
/// Values of ::lde_klaverblad (fixed).
enum lde_klaverblad_values {
  LDE_KLAVERBLAD_FLEMISH = 1,  ///< A Flemish klaverblad: a competent Flemish minister commissions the service.
  LDE_KLAVERBLAD_LOCAL = 2     ///< A local klaverblad: a local government commissions it.
};

/// One condition of the decision: an `int32_t` holding one of these values (new values may be added).
typedef int32_t lde_local_check;
/// Values of ::lde_local_check (fixed; the names are the keys of the decision JSON).
enum lde_local_check_values {
  LDE_LOCAL_CHECK_ASSIGNMENT = 1,           ///< `assignment`: an assignment submitted to the department (4.2, 4.3).
  LDE_LOCAL_CHECK_TRAJECTORIES = 2,         ///< `trajectories`: the klaverblad of the trajectories (4.4).
  LDE_LOCAL_CHECK_DAEB_DECLARATION = 3,     ///< `daeb_declaration`: who declared the DAEB (4.5).
  LDE_LOCAL_CHECK_ASSIGNING_AUTHORITY = 4,  ///< `assigning_authority`: who gave the assignment (4.6).
  LDE_LOCAL_CHECK_DECISION = 5,             ///< `decision`: binding, with the eight elements (4.7, 4.8).
  LDE_LOCAL_CHECK_MARKET_TEST = 6,          ///< `market_test` (4.11).
  LDE_LOCAL_CHECK_IMPACT_ANALYSIS = 7,      ///< `impact_analysis`: the whole analysis (4.15 .. 4.20).
  LDE_LOCAL_CHECK_IMPACT_AUTHOR = 8,        ///< `impact_analysis.author` (4.17).
  LDE_LOCAL_CHECK_ADVICE = 9,               ///< `impact_analysis.advice` (4.16, 4.19, 4.20).
  LDE_LOCAL_CHECK_ALLOCATION_CALL = 10,     ///< `allocation_call` (4.14).
  LDE_LOCAL_CHECK_COMPENSATION = 11,        ///< `compensation`: the cap (4.9, I-26); absent without amounts.
  LDE_LOCAL_CHECK_CO_FUNDING = 12           ///< `co_funding`: the deduction (4.10, I-27); absent without amounts.
};

/// A list of names the decision holds: an `int32_t` holding one of these values.
typedef int32_t lde_local_list;
/// Values of ::lde_local_list (fixed).
enum lde_local_list_values {
  LDE_LOCAL_LIST_FAILING = 1,          ///< `failing`: every failing id ("assignment_missing", ...).
  LDE_LOCAL_LIST_MISSING_ELEMENTS = 2, ///< `decision.missing`: elements of 4.8 the decision lacks ("duration", ...).
  LDE_LOCAL_LIST_MISSING_PARTS = 3     ///< `impact_analysis.missing_parts`: parts of 4.16 the analysis lacks.
};

/// The summary of a decision (may grow: set `struct_size`).
typedef struct lde_local_service_summary {
  size_t struct_size;          ///< sizeof(lde_local_service_summary) as the caller's header declares it.
  lde_date at;                 ///< The evaluation date.
  lde_klaverblad klaverblad;   ///< The service's klaverblad.
  int32_t may_execute;         ///< 1 when target workers in a trajectory may execute the service (L-9).
  int32_t overcompensated;     ///< 1 when the compensation or the co-funding overcompensates.
  size_t failing_count;        ///< Number of names in LDE_LOCAL_LIST_FAILING.
  size_t missing_elements_count;  ///< Number of names in LDE_LOCAL_LIST_MISSING_ELEMENTS.
  size_t missing_parts_count;  ///< Number of names in LDE_LOCAL_LIST_MISSING_PARTS.
} lde_local_service_summary;
/// An ::lde_local_service_summary ready to be filled.
#define LDE_LOCAL_SERVICE_SUMMARY_INIT {sizeof(lde_local_service_summary), {0, 0, 0}, 0, 0, 0, 0, 0, 0}

/// One condition's answer (may grow: set `struct_size`). The strings are static.
typedef struct lde_local_check_answer {
  size_t struct_size;   ///< sizeof(lde_local_check_answer) as the caller's header declares it.
  int32_t present;      ///< 0 only for LDE_LOCAL_CHECK_COMPENSATION / _CO_FUNDING without amounts (then nothing else is set).
  int32_t met;          ///< 1 when the condition holds.
  const char* rule;     ///< The deciding rule's id, e.g. "local_service.daeb.declared_by".
  const char* source;   ///< Its source passage.
  const char* readings; ///< Its readings, space separated; may be "".
} lde_local_check_answer;
/// An ::lde_local_check_answer ready to be filled.
#define LDE_LOCAL_CHECK_ANSWER_INIT {sizeof(lde_local_check_answer), 0, 0, NULL, NULL, NULL}

/// The compensation against its cap (4.9, I-26; may grow: set `struct_size`). Money in cents, rates in
/// ten-thousandths of a percent (3.50 % = 35000).
typedef struct lde_local_compensation {
  size_t struct_size;              ///< sizeof(lde_local_compensation) as the caller's header declares it.
  int32_t present;                 ///< 0 when the service has no compensation amounts (nothing else is set).
  lde_date first_day;              ///< The period.
  lde_date last_day;               ///< The period (included).
  int64_t net_cost_cents;          ///< costs - revenues (may be negative).
  int64_t premium_ten_thousandths; ///< The premium on the SWAP rate (parameter daeb.reasonable_profit_premium_percent).
  int64_t profit_rate_ten_thousandths;  ///< max(0, SWAP rate + premium) (L-6).
  int64_t capital_employed_cents;  ///< Input.
  int64_t max_profit_cents;        ///< The reasonable profit at most, rounded once (I-12).
  int64_t cap_cents;               ///< max(0, net cost + max profit).
  int64_t compensation_cents;      ///< Input.
  int64_t overcompensation_cents;  ///< compensation - cap when positive, else 0.
} lde_local_compensation;
/// An ::lde_local_compensation ready to be filled.
#define LDE_LOCAL_COMPENSATION_INIT {sizeof(lde_local_compensation), 0, {0, 0, 0}, {0, 0, 0}, 0, 0, 0, 0, 0, 0, 0, 0}

/// Insertion and guidance against their net cost (4.10, I-27; may grow: set `struct_size`). Money in cents.
typedef struct lde_local_co_funding {
  size_t struct_size;                       ///< sizeof(lde_local_co_funding) as the caller's header declares it.
  int32_t present;                          ///< 0 when the service has no co-funding amounts (nothing else is set).
  lde_date first_day;                       ///< The period.
  lde_date last_day;                        ///< The period (included).
  int64_t trajectory_compensation_cents;    ///< Input.
  int64_t local_co_funding_cents;           ///< Input.
  int64_t total_received_cents;             ///< Trajectory compensation + local co-funding.
  int64_t net_cost_cents;                   ///< Input.
  int64_t overcompensation_cents;           ///< Total received - net cost when positive, else 0.
  int64_t deduction_cents;                  ///< min(overcompensation, local co-funding).
  int64_t trajectory_compensation_after_cents;  ///< Trajectory compensation - deduction.
} lde_local_co_funding;
/// An ::lde_local_co_funding ready to be filled.
#define LDE_LOCAL_CO_FUNDING_INIT {sizeof(lde_local_co_funding), 0, {0, 0, 0}, {0, 0, 0}, 0, 0, 0, 0, 0, 0, 0}

/// Parses a local service (docs/format.md "Local service") and validates it: a negative amount, a SWAP rate
/// below -5 %, an unknown authority kind, a period that ends before it starts, ... are refused with the status
/// and the field of the JSON path (`compensation.costs`). Free it with lde_local_service_free().
LDE_API lde_status lde_local_service_from_json(const char* json, lde_local_service** out);
/// The service as JSON (the format lde_local_service_from_json() reads), copied into @p out.
LDE_API lde_status lde_local_service_to_json(const lde_local_service* service, char* out, size_t out_size,
                                             size_t* out_needed);
/// Releases a service (NULL is accepted).
LDE_API void lde_local_service_free(lde_local_service* service);

/// Evaluates every rule of the family on @p service with the parameters in force on @p at (@p params NULL: the
/// default set). @p flags: 0 or LDE_FLAG_TRACE. Free the decision with lde_local_service_decision_free().
LDE_API lde_status lde_evaluate_local_service(const lde_params* params, const lde_local_service* service, lde_date at,
                                              int flags, lde_local_service_decision** out);
/// Releases a decision (NULL is accepted).
LDE_API void lde_local_service_decision_free(lde_local_service_decision* decision);
/// The decision JSON (docs/format.md "Local service"), with the trace when evaluated with LDE_FLAG_TRACE.
LDE_API lde_status lde_local_service_decision_json(const lde_local_service_decision* decision, char* out,
                                                   size_t out_size, size_t* out_needed);
/// The summary into @p out (set out->struct_size first).
LDE_API lde_status lde_local_service_decision_summary(const lde_local_service_decision* decision,
                                                      lde_local_service_summary* out);
/// Name @p index of @p list (static, or owned by the decision).
/// @return LDE_STATUS_OUT_OF_RANGE for an index past the end; LDE_STATUS_INVALID_ARGUMENT for an unknown list
LDE_API lde_status lde_local_service_decision_name(const lde_local_service_decision* decision, lde_local_list list,
                                                   size_t index, const char** out);
/// The answer of @p check into @p out (set out->struct_size first).
/// @return LDE_STATUS_INVALID_ARGUMENT naming `check` for a value the library does not know
LDE_API lde_status lde_local_service_decision_check(const lde_local_service_decision* decision, lde_local_check check,
                                                    lde_local_check_answer* out);
/// The compensation against its cap into @p out (set out->struct_size first; `present` 0 without amounts).
LDE_API lde_status lde_local_service_decision_compensation(const lde_local_service_decision* decision,
                                                           lde_local_compensation* out);
/// The co-funding and its deduction into @p out (set out->struct_size first; `present` 0 without amounts).
LDE_API lde_status lde_local_service_decision_co_funding(const lde_local_service_decision* decision,
                                                         lde_local_co_funding* out);

/* ========================================================================= */
/* Settlement ledger                                                          */
/* ========================================================================= */
/* Added in 0.1 after the first baseline (compatible additions). What is due, paid and to regularise
   per month and quarter of one allocation as known on a date, from a log of facts that each carry the
   date they became known (WSE-FAQ "Vergoeding" 8.5 .. 8.9, "Vacatures" 7.5; I-14, I-15, I-16, I-19,
   S-1 .. S-7; docs/rules/ledger.md). The log is given as JSON in the format lde-ledger/1 (docs/format.md
   "Settlement ledger"); a statement is a separate handle, ::lde_ledger_statement, read through typed
   accessors or as JSON. The history and the explanation of a quarter are in the decision JSON of
   lde_evaluate_json() (input `{"at", "ledger", "quarter"?, "from"?}`). */

/// A validated settlement ledger. Immutable: safe to query from many threads.
typedef struct lde_ledger lde_ledger;
/// The statement of a ledger as known on a date (lde_ledger_as_of()). Immutable.
typedef struct lde_ledger_statement lde_ledger_statement;

/// The period of a statement line: an `int32_t` holding one of these values.
typedef int32_t lde_ledger_period;
/// Values of ::lde_ledger_period (fixed).
enum lde_ledger_period_values {
  LDE_LEDGER_MONTH = 1,   ///< A month: the line of its advance (I-14).
  LDE_LEDGER_QUARTER = 2  ///< A quarter: the line of its settlement (I-15).
};

/// The totals of a statement (may grow: set `struct_size`). Strings owned by the statement.
typedef struct lde_ledger_totals {
  size_t struct_size;                  ///< sizeof(lde_ledger_totals) as the caller's header declares it.
  lde_date as_of;                      ///< The date K.
  size_t month_count;                  ///< Number of month lines.
  size_t quarter_count;                ///< Number of quarter lines.
  int64_t due_cents;                   ///< Sum of every line's due.
  int64_t paid_cents;                  ///< Every payment dated on or before K.
  int64_t balance_cents;               ///< due - paid.
  const char* library_version;         ///< Receipt: the lde version.
  const char* parameters_fingerprint;  ///< Receipt: SHA-256 of the parameter set.
  const char* facts_fingerprint;       ///< Receipt: SHA-256 of the facts known on K (in any listing order, S-3).
} lde_ledger_totals;
/// An ::lde_ledger_totals ready to be filled.
#define LDE_LEDGER_TOTALS_INIT {sizeof(lde_ledger_totals), {0, 0, 0}, 0, 0, 0, 0, 0, NULL, NULL, NULL}

/// One line of a statement (may grow: set `struct_size`). Strings owned by the statement.
typedef struct lde_ledger_line {
  size_t struct_size;             ///< sizeof(lde_ledger_line) as the caller's header declares it.
  lde_ledger_period period;       ///< LDE_LEDGER_MONTH or LDE_LEDGER_QUARTER.
  int32_t year;                   ///< The period's year.
  int32_t number;                 ///< Month 1 .. 12 or quarter 1 .. 4.
  int32_t settled;                ///< A quarter: 1 when a DmfA fact for it is known (S-4); a month: 1.
  int64_t fte_units;              ///< The capped FTE of the amount, in ten-thousandths.
  int64_t right_cents;            ///< A quarter's right, a month's advance.
  int64_t due_cents;              ///< The advance, or the settlement (right - advances; 0 while not settled).
  int64_t paid_cents;             ///< Paid for this line by K.
  int64_t balance_cents;          ///< due - paid: to pay (positive) or claim back (negative).
  const char* payment_reference;  ///< The regularisation's reference (S-5); "" when the balance is 0.
  const char* facts_fingerprint;  ///< Receipt: SHA-256 of the facts this line used.
} lde_ledger_line;
/// An ::lde_ledger_line ready to be filled.
#define LDE_LEDGER_LINE_INIT {sizeof(lde_ledger_line), 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL}

/// Parses a ledger (docs/format.md "Settlement ledger") and validates it with @p params (NULL: the
/// default set): a payment for a period that does not exist, a known_from before the period's facts
/// could exist, a correction for a worker never declared, a duplicate payment reference, ... are refused
/// with the status and the field (`facts[3].known_from`). Free it with lde_ledger_free().
LDE_API lde_status lde_ledger_from_json(const lde_params* params, const char* json, lde_ledger** out);
/// The log as JSON (lde-ledger/1), copied into @p out.
LDE_API lde_status lde_ledger_to_json(const lde_ledger* ledger, char* out, size_t out_size, size_t* out_needed);
/// Releases a ledger (NULL is accepted).
LDE_API void lde_ledger_free(lde_ledger* ledger);

/// The statement as known on @p as_of with @p params (NULL: the default set; use the set the ledger was
/// validated with). @p flags: 0 or LDE_FLAG_TRACE. Free it with lde_ledger_statement_free().
LDE_API lde_status lde_ledger_as_of(const lde_params* params, const lde_ledger* ledger, lde_date as_of, int flags,
                                    lde_ledger_statement** out);
/// Releases a statement (NULL is accepted).
LDE_API void lde_ledger_statement_free(lde_ledger_statement* statement);
/// The totals into @p out (set out->struct_size first).
LDE_API lde_status lde_ledger_statement_totals(const lde_ledger_statement* statement, lde_ledger_totals* out);
/// Line @p index into @p out (set out->struct_size first): the months in order, then the quarters.
/// @return LDE_STATUS_OUT_OF_RANGE for an index past month_count + quarter_count
LDE_API lde_status lde_ledger_statement_line(const lde_ledger_statement* statement, size_t index, lde_ledger_line* out);
/// The statement as the decision JSON of docs/format.md "Settlement ledger" (history and explain null).
LDE_API lde_status lde_ledger_statement_json(const lde_ledger_statement* statement, char* out, size_t out_size,
                                             size_t* out_needed);

/* ========================================================================= */
/* Experimental: not covered by the ABI promise                               */
/* ========================================================================= */

#if defined(LDE_EXPERIMENTAL_API) || defined(LDE_DOXYGEN)
/// Experimental (define LDE_EXPERIMENTAL_API): the trace as readable text, one block per step.
/// May change or disappear in any minor version; the ABI check ignores `lde_x_` functions.
LDE_API lde_status lde_x_decision_trace_text(const lde_decision* decision, char* out, size_t out_size,
                                             size_t* out_needed);
/// Experimental (define LDE_EXPERIMENTAL_API): the canonical JSON of a parameter set.
LDE_API lde_status lde_x_params_to_json(const lde_params* params, char* out, size_t out_size, size_t* out_needed);
#endif

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // LDE_LDE_H
