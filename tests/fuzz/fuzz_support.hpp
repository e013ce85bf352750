// Shared by every harness of tests/fuzz: the contract each harness checks after a call, and
// LDE_FUZZ_TEXT_TARGET, which turns a harness into one function body over the input text.
//
// The same sources build two ways (tests/fuzz/tests.cmake):
//  - with clang and -fsanitize=fuzzer,address,undefined (LDE_BUILD_FUZZ=ON): a libFuzzer binary;
//  - with any compiler, linked with replay_main.cpp: a plain program that runs every file of the
//    committed corpus and of tests/fuzz/regressions/ once (CTest fuzz_replay_<name>, every build).
// A contract violation prints what was wrong and calls std::abort(), which libFuzzer reports as a
// crash (and saves the input) and which fails the replay test.
#pragma once

#include "lde/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace lde::fuzz {

/// True when @p s is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07u;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // the continuation bytes i+1 .. i+n must exist
    for (std::size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

/// Reports a broken contract and aborts (a finding).
[[noreturn]] inline void violation(const char* what, std::string_view detail) {
  std::fprintf(stderr, "lde fuzz: contract violated: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

/// The error contract of every front end: a known code that is not `internal`, a message that is
/// not empty, message and field valid UTF-8 (so that every front end can show them), and a field
/// that names the input: it may be empty only for a parse_error of the text as a whole (malformed
/// JSON or CSV, which the message locates by line and column).
inline void check_error(ErrorCode code, std::string_view field, std::string_view message) {
  if (code == ErrorCode::internal) violation("an input reached the internal status", message);
  if (message.empty()) violation("empty error message for field", field);
  if (!valid_utf8(message)) violation("error message is not valid UTF-8", message);
  if (!valid_utf8(field)) violation("error field is not valid UTF-8", field);
  if (field.empty() && code != ErrorCode::parse_error) violation("error without a field", message);
}

inline void check_error(const Error& e) { check_error(e.code(), e.field(), e.message()); }

}  // namespace lde::fuzz

/// Defines the libFuzzer entry point around a body that receives the input as `std::string_view text`.
/// An lde::Error thrown by the body is checked with lde::fuzz::check_error(); any other exception
/// escapes and ends the program (a finding: no input may raise anything but lde::Error).
#define LDE_FUZZ_TEXT_TARGET(text)                                                     \
  static void lde_fuzz_body(std::string_view text);                                   \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    try {                                                                              \
      lde_fuzz_body(std::string_view(reinterpret_cast<const char*>(data), size));      \
    } catch (const lde::Error& e) {                                                    \
      lde::fuzz::check_error(e);                                                       \
    }                                                                                  \
    return 0;                                                                          \
  }                                                                                    \
  static void lde_fuzz_body(std::string_view text)
