// Private helpers for exact decimal text <-> scaled integers (money, FTE, percent).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lde::detail {

/// Parses an optionally signed decimal ("-12.5", "0.8000", "12600") into an
/// integer scaled by 10^decimals. More decimals than allowed, empty text,
/// exponents, separators or overflow are errors naming @p field.
std::int64_t parse_scaled(std::string_view text, int decimals, bool allow_negative, std::string_view field,
                          std::string_view what);

/// Formats value / 10^decimals with at least @p min_decimals decimals (trailing zeros trimmed beyond).
std::string format_scaled(std::int64_t value, int decimals, int min_decimals);

}  // namespace lde::detail
