// The C ABI: parameter sets.
#include "internal.hpp"

using namespace lde_c_impl;

extern "C" {

lde_status lde_params_default(lde_params** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_params{lde::ParameterSet::defaults()};
  });
}

lde_status lde_params_from_json(const char* json, lde_params** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_params{lde::ParameterSet::from_json(need_text(json, "json"), "json")};
  });
}

lde_status lde_params_with_changes(const lde_params* base, const char* changes_json, lde_params** out) {
  return guard([&] {
    start_out(out);
    const lde_params& b = need(base, "base");
    // Origin "parameters", as lde_evaluate_json() uses for an input's "parameters" and Python's
    // Parameters.with_changes(): a plain value's source reads "change in parameters", so the same
    // changes give the same fingerprint through every front end.
    *out = new lde_params{b.set.with_changes(need_text(changes_json, "changes_json"), "parameters")};
  });
}

lde_status lde_params_fingerprint(const lde_params* params, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(params, "params").set.fingerprint(), out, out_size, out_needed); });
}

void lde_params_free(lde_params* params) { delete params; }

// --- experimental -------------------------------------------------------------------

lde_status lde_x_params_to_json(const lde_params* params, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(need(params, "params").set.to_json(), out, out_size, out_needed); });
}

}  // extern "C"
