/// @file limits.hpp
/// @brief The bounds that protect a service embedding lde from oversized input, in one place.
///
/// Every front end (C ABI, Python, the `lde` command, the C++ readers) refuses input beyond these
/// bounds with the same named error (docs/errors.md, "Limits"), before any work is done on it:
///  - a JSON text longer than kMaxJsonTextBytes: `out_of_range`, field `(text)`;
///  - a name (employer label, allocation number, DmfA worker id, legal form text) longer than
///    kMaxNameBytes, not valid UTF-8, holding a NUL or blank: `invalid_argument`, naming its field
///    (`employment[0].employer`), see check_name();
///  - the bounds of the batch calls (threads, contingents): lde/population/population.hpp.
/// Population CSV files of `lde simulate` and the batch calls are not bounded: their memory grows
/// linearly with the rows (docs/errors.md states the bytes per row).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lde {

/// The longest JSON text any reader accepts: 16 MiB (a large enterprise with ten years of DmfA
/// lines for a thousand workers is about 3 MiB).
inline constexpr std::size_t kMaxJsonTextBytes = std::size_t{16} * 1024 * 1024;

/// The longest name accepted, in bytes of UTF-8: 256 (names are labels and ids, not texts).
inline constexpr std::size_t kMaxNameBytes = 256;

/// The largest FTE figure any input may hold, in ten-thousandths: 100 000 FTE (E-15, I-20). It
/// bounds an enterprise's contingent and monthly filled FTE (enterprise_limits::max_fte_units)
/// and a worker's `employer_contingent_fte`, in a dossier, a population row
/// (`employer_contingent_units`) and every batch call alike (validate() checks it). It lies far
/// above any real figure (all of Flanders allocates a few thousand FTE) and keeps every product of
/// the rules inside 64-bit cents (I-12).
inline constexpr std::int64_t kMaxFteUnits = std::int64_t{100000} * 10000;

/// The largest approved competence extension a dossier may hold, in months: 120 (10 years). The
/// rule caps at trajectory.competence_max_months anyway (I-9); anything above is a typing error
/// (days or weeks entered as months), not a request. validate() and the population schema
/// (`competence_extensions.months`) share it.
inline constexpr int kMaxCompetenceMonths = 120;

/// The most threads a batch call may be asked for: 1024 (0 asks for every core). More is a typing
/// error, not a request: evaluate_workers() and evaluate_enterprises() refuse it, so the C batch
/// call, Python and `lde simulate --threads` agree.
inline constexpr std::int64_t kMaxThreads = 1024;

/// Throws Error(invalid_argument, @p field) when @p threads lies outside 0..kMaxThreads.
void check_threads(std::int64_t threads, const std::string& field = "threads");

/// The field named when a JSON text is too long (it is not about any one key).
inline constexpr std::string_view kTextField = "(text)";

/// Throws Error(out_of_range, "(text)") when @p size exceeds kMaxJsonTextBytes.
void check_text_size(std::size_t size);

/// Throws Error(invalid_argument, @p field) when @p name exceeds kMaxNameBytes.
void check_name_size(std::string_view name, const std::string& field);

/// The one check of a name (employer label, allocation number, DmfA worker id, legal form text),
/// used by validate(), the JSON reader and every C setter that takes a name, so each front end
/// refuses the same names with the same error. Throws Error(invalid_argument, @p field) when
/// @p name is longer than kMaxNameBytes, is not valid UTF-8, holds a NUL character (a C string
/// ends there) or is empty or only white space (it names nothing, I-20).
void check_name(std::string_view name, const std::string& field);

/// True when check_name() would accept @p name (no allocation): for callers that build the
/// field's name only when it fails.
bool is_valid_name(std::string_view name) noexcept;

}  // namespace lde
