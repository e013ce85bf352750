// The C ABI: errors (thread-local last error, status names) and version.
#include "internal.hpp"

#include "lde/version.hpp"

#include <cstdio>

static_assert(LDE_VERSION_MAJOR == LDE_CPP_VERSION_MAJOR && LDE_VERSION_MINOR == LDE_CPP_VERSION_MINOR &&
                  LDE_VERSION_PATCH == LDE_CPP_VERSION_PATCH,
              "lde.h LDE_VERSION_* must match the project version in CMakeLists.txt");

namespace lde_c_impl {

LastError& last_error() noexcept {
  thread_local LastError e;
  return e;
}

namespace {

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


}  // namespace

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

}  // namespace lde_c_impl

using namespace lde_c_impl;

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

// --- test hooks (test builds only, see throw_injected_failure()) ---------------------

#ifdef LDE_C_TEST_HOOKS
LDE_API void lde_test_inject_failure(int kind);
void lde_test_inject_failure(int kind) { g_injected_failure = kind; }
#endif

}  // extern "C"
