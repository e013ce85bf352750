// Private: SHA-256 (FIPS 180-4) for parameter-set fingerprints.
#pragma once

#include <string>
#include <string_view>

namespace lde::detail {

/// Lowercase hex SHA-256 digest of @p data.
std::string sha256_hex(std::string_view data);

}  // namespace lde::detail
