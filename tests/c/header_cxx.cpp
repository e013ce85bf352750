// lde.h compiled as C++ (the suite itself is C): the header must be valid
// C++ too (built as C++11, the oldest the header promises), with extern "C"
// linkage, and link against liblde_c.
#include "lde/lde.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <type_traits>

static_assert(std::is_same<lde_status, std::int32_t>::value, "lde_status is a fixed-width int32_t");
static_assert(std::is_trivially_copyable<lde_date>::value && sizeof(lde_date) == 12, "lde_date is three int32_t");
static_assert(std::is_standard_layout<lde_employment>::value, "structs are plain C layouts");

int main() {
  lde_params* p = nullptr;
  lde_date at{2026, 1, 31};
  std::int64_t days = 0;
  int failures = 0;
  if (lde_params_default(&p) != LDE_OK) ++failures;
  if (lde_date_to_days(at, &days) != LDE_OK || days != 20484) ++failures;
  if (lde_date_check(lde_date{2026, 2, 29}) != LDE_STATUS_INVALID_DATE) ++failures;
  if (std::strcmp(lde_status_string(LDE_STATUS_CONFLICT), "conflict") != 0) ++failures;
  lde_params_free(p);
  std::printf("header compiled as C++: %s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}
