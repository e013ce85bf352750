/// @file limits.hpp
/// @brief The bounds that protect a service embedding lde from oversized input, in one place.
///
/// Every front end (C ABI, Python, the `lde` command, the C++ readers) refuses input beyond these
/// bounds with the same named error (docs/errors.md, "Limits"), before any work is done on it:
///  - a JSON text longer than kMaxJsonTextBytes: `out_of_range`, field `(text)`;
///  - a name (employer label, allocation number, DmfA worker id, legal form text) longer than
///    kMaxNameBytes: `invalid_argument`, naming its field (`employment[0].employer`).
/// Population CSV files of `lde simulate` and the batch calls are not bounded: their memory grows
/// linearly with the rows (docs/errors.md states the bytes per row).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lde {

/// The longest JSON text any reader accepts: 16 MiB (a large enterprise with ten years of DmfA
/// lines for a thousand workers is about 3 MiB).
inline constexpr std::size_t kMaxJsonTextBytes = std::size_t{16} * 1024 * 1024;

/// The longest name accepted, in bytes of UTF-8: 256 (names are labels and ids, not texts).
inline constexpr std::size_t kMaxNameBytes = 256;

/// The field named when a JSON text is too long (it is not about any one key).
inline constexpr std::string_view kTextField = "(text)";

/// Throws Error(out_of_range, "(text)") when @p size exceeds kMaxJsonTextBytes.
void check_text_size(std::size_t size);

/// Throws Error(invalid_argument, @p field) when @p name exceeds kMaxNameBytes.
void check_name_size(std::string_view name, const std::string& field);

}  // namespace lde
