/// @file caught.hpp
/// @brief The error a call throws, for the doctest suites (one copy for every test area).
#pragma once

#include "lde/core/error.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>

namespace lde::test {

/// The error a call throws (code, field, message), or a failed check when it throws none.
struct Caught {
  ErrorCode code = ErrorCode::internal;
  std::string field = "(no error)";
  std::string what;
};

/// Runs @p f and returns the lde::Error it throws; a call that throws nothing fails the check.
inline Caught catch_error(const std::function<void()>& f) {
  Caught c;
  try {
    f();
    FAIL_CHECK("expected an error, got none");
  } catch (const Error& e) {
    c.code = e.code();
    c.field = e.field();
    c.what = e.what();
  }
  return c;
}

}  // namespace lde::test
