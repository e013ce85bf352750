// The documented contract of the C ABI (lde.h, docs/c-api.md "Error handling"), checked by the C
// harnesses after every call, and a small reader of the fuzzer's bytes.
#pragma once

#include "fuzz_support.hpp"
#include "lde/lde.h"

#include <cstring>
#include <string>

namespace lde::fuzz {

/// The status is a known value and never LDE_STATUS_INTERNAL; lde_last_error_status() agrees; after a
/// success the message and field are ""; after a failure the message is non-empty, both are valid
/// UTF-8, and the field is non-empty (except for a parse error of a text as a whole, whose message
/// names the line and column).
inline lde_status check_status(lde_status s, const char* call) {
  if (s < LDE_OK || s > LDE_STATUS_BUFFER_TOO_SMALL) violation("unknown status from", call);
  if (s == LDE_STATUS_INTERNAL) violation(call, lde_last_error_message());
  if (lde_last_error_status() != s) violation("lde_last_error_status() differs from the returned status of", call);
  const char* message = lde_last_error_message();
  const char* field = lde_last_error_field();
  if (message == nullptr || field == nullptr) violation("NULL last error after", call);
  if (s == LDE_OK) {
    if (message[0] != '\0' || field[0] != '\0') violation("a success left an error message, after", call);
    return s;
  }
  if (message[0] == '\0') violation("empty error message after", call);
  if (!valid_utf8(message)) violation("error message is not valid UTF-8", message);
  if (!valid_utf8(field)) violation("error field is not valid UTF-8", field);
  if (field[0] == '\0' && s != LDE_STATUS_PARSE_ERROR) violation("error without a field", message);
  return s;
}

/// Handles come back only on success: after a failure *out is NULL.
template <class T>
void check_out(lde_status s, T* out, const char* call) {
  if (s == LDE_OK && out == nullptr) violation("success without a handle from", call);
  if (s != LDE_OK && out != nullptr) violation("failure left a handle in *out from", call);
}

/// A string copied into a caller buffer: NUL-terminated inside the buffer, valid UTF-8, and
/// *needed (when asked) its length + 1; too small gives "" and LDE_STATUS_BUFFER_TOO_SMALL.
inline void check_copied(lde_status s, const char* out, std::size_t out_size, std::size_t needed, const char* call) {
  if (s == LDE_OK && out != nullptr) {
    const std::size_t n = strnlen(out, out_size);
    if (n == out_size) violation("string not NUL-terminated in its buffer, from", call);
    if (needed != n + 1) violation("*out_needed is not the length + 1, from", call);
    if (!valid_utf8(std::string_view(out, n))) violation("returned text is not valid UTF-8, from", call);
  }
  if (s == LDE_STATUS_BUFFER_TOO_SMALL) {
    if (out != nullptr && out_size > 0 && out[0] != '\0') violation("too small a buffer was not left empty by", call);
    if (needed <= out_size) violation("BUFFER_TOO_SMALL but *out_needed fits, from", call);
  }
}

/// Reads the fuzzer's bytes front to back; past the end every read gives 0.
class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : p_(data), n_(size) {}
  bool empty() const { return n_ == 0; }
  std::uint8_t u8() {
    if (n_ == 0) return 0;
    --n_;
    return *p_++;
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | u8();
    return v;
  }
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  std::int64_t i64() {
    const std::uint64_t hi = u32();
    return static_cast<std::int64_t>((hi << 32) | u32());
  }
  /// A value in [lo, hi] from one or two bytes.
  std::int64_t range(std::int64_t lo, std::int64_t hi) {
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    const std::uint64_t v = span > 256 ? (static_cast<std::uint64_t>(u8()) << 8 | u8()) : u8();
    return lo + static_cast<std::int64_t>(v % span);
  }
  /// Up to @p max bytes, length-prefixed.
  std::string text(std::size_t max) {
    std::size_t len = u8();
    if (len > max) len = len % (max + 1);
    if (len > n_) len = n_;
    std::string s(reinterpret_cast<const char*>(p_), len);
    p_ += len;
    n_ -= len;
    return s;
  }

 private:
  const std::uint8_t* p_;
  std::size_t n_;
};

}  // namespace lde::fuzz
