// The C ABI: argument checks and conversions shared by every area (internal.hpp), and the date functions.
#include "internal.hpp"

namespace lde_c_impl {

const char* need_text(const char* s, const char* name) {
  if (s == nullptr) fail(LDE_STATUS_INVALID_ARGUMENT, name, "must not be NULL");
  return s;
}

void copy_out(const std::string& text, char* out, std::size_t out_size, std::size_t* out_needed) {
  const std::size_t needed = text.size() + 1;
  if (out_needed != nullptr) *out_needed = needed;
  if (out == nullptr && out_size > 0) fail(LDE_STATUS_INVALID_ARGUMENT, "out", "is NULL but out_size is not 0");
  if (out_size < needed) {
    if (out != nullptr && out_size > 0) out[0] = '\0';
    fail(LDE_STATUS_BUFFER_TOO_SMALL, "out_size",
         "buffer of " + std::to_string(out_size) + " bytes is too small: " + std::to_string(needed) +
             " bytes needed (see out_needed)");
  }
  std::memcpy(out, text.c_str(), needed);
}

bool bool_of(int32_t v, const std::string& field) {
  if (v != 0 && v != 1) fail(LDE_STATUS_INVALID_ARGUMENT, field, "must be 0 or 1, got " + std::to_string(v));
  return v == 1;
}

void check_flags(int flags) {
  if ((flags & ~LDE_FLAG_TRACE) != 0)
    fail(LDE_STATUS_INVALID_ARGUMENT, "flags", "unknown flag bits in " + std::to_string(flags));
}
bool is_no_date(lde_date d) { return d.year == 0 && d.month == 0 && d.day == 0; }

lde::Date to_date(lde_date d, const std::string& field) {
  if (is_no_date(d)) fail(LDE_STATUS_INVALID_DATE, field, "is required, got the empty date {0, 0, 0}");
  return lde::Date::from_ymd(static_cast<int>(d.year), static_cast<int>(d.month), static_cast<int>(d.day), field);
}

std::optional<lde::Date> to_optional_date(lde_date d, const std::string& field) {
  if (is_no_date(d)) return std::nullopt;
  return to_date(d, field);
}

lde_date from_date(const lde::Date& d) {
  lde_date r;
  r.year = static_cast<decltype(r.year)>(d.year());
  r.month = static_cast<decltype(r.month)>(d.month());
  r.day = static_cast<decltype(r.day)>(d.day());
  return r;
}

lde_date no_date() {
  lde_date r;
  r.year = 0;
  r.month = 0;
  r.day = 0;
  return r;
}

const lde::ParameterSet& params_or_default(const lde_params* p) {
  return p == nullptr ? lde::ParameterSet::defaults() : p->set;
}

std::string indexed(const char* list, std::size_t i, const char* member) {
  return std::string(list) + "[" + std::to_string(i) + "]." + member;
}
void check_item(std::size_t index, std::size_t count, const char* what) {
  if (index >= count)
    fail(LDE_STATUS_OUT_OF_RANGE, "index",
         "index " + std::to_string(index) + " is past the end of the " + what + " (" + std::to_string(count) + ")");
}

}  // namespace lde_c_impl

using namespace lde_c_impl;

extern "C" {

// --- dates ------------------------------------------------------------------

lde_status lde_date_check(lde_date date) {
  return guard([&] { (void)to_date(date, "date"); });
}

lde_status lde_date_to_days(lde_date date, int64_t* out_days) {
  return guard([&] {
    need(out_days, "out_days");
    *out_days = to_date(date, "date").days_since_epoch();
  });
}

lde_status lde_date_from_days(int64_t days, lde_date* out) {
  return guard([&] {
    need(out, "out");
    *out = no_date();
    *out = from_date(lde::Date::from_days_since_epoch(days, "days"));
  });
}

}  // extern "C"
