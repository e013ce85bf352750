// lde_evaluate_json through the C ABI, with and without a `parameters` part. The first byte chooses:
//   '0' (and any byte not below): the rest is the input, evaluated with the default parameters;
//   '1': the rest is the input, evaluated on top of a changed parameter set (a reform handle);
//   '2': the rest is PARAMETERS '\n' INPUT: PARAMETERS (one line) is spliced into the input object as
//        its "parameters" member, so the fuzzer mutates the changes and the input separately.
// The decision is asked into a small buffer first, then into one of the size *out_needed said.
#include "fuzz_c_support.hpp"

#include <string>
#include <vector>

namespace {

const lde_params* reform() {
  static lde_params* p = [] {
    lde_params* base = nullptr;
    lde_params* out = nullptr;
    if (lde_params_default(&base) != LDE_OK ||
        lde_params_with_changes(base, R"({"compensation.annual_rate_per_fte": [{"from": "2026-01-01", "value": "13400.00"}],
                                          "continuation.age_at_trajectory_end": 58})",
                                &out) != LDE_OK) {
      lde::fuzz::violation("the reform handle", lde_last_error_message());
    }
    lde_params_free(base);
    return out;
  }();
  return p;
}

void evaluate(const lde_params* params, const std::string& input, int flags) {
  char small[64];
  std::size_t needed = 0;
  lde_status s = lde_evaluate_json(params, input.c_str(), flags, small, sizeof small, &needed);
  lde::fuzz::check_status(s, "lde_evaluate_json");
  lde::fuzz::check_copied(s, small, sizeof small, needed, "lde_evaluate_json");
  if (s != LDE_STATUS_BUFFER_TOO_SMALL) return;
  std::vector<char> big(needed);
  std::size_t again = 0;
  s = lde_evaluate_json(params, input.c_str(), flags, big.data(), big.size(), &again);
  lde::fuzz::check_status(s, "lde_evaluate_json (second call)");
  if (s != LDE_OK) lde::fuzz::violation("the second call with the size asked for failed", lde_last_error_message());
  lde::fuzz::check_copied(s, big.data(), big.size(), again, "lde_evaluate_json (second call)");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char mode = static_cast<char>(data[0]);
  std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);  // a C string: cut at the first NUL
  rest.resize(std::strlen(rest.c_str()));
  const int flags = (data[0] & 0x80) ? 0 : LDE_FLAG_TRACE;
  if (mode == '1') {
    evaluate(reform(), rest, flags);
  } else if (mode == '2') {
    const std::size_t nl = rest.find('\n');
    const std::string params = nl == std::string::npos ? std::string("{}") : rest.substr(0, nl);
    std::string input = nl == std::string::npos ? rest : rest.substr(nl + 1);
    const std::size_t open = input.find('{');
    if (open != std::string::npos) {
      const std::size_t next = input.find_first_not_of(" \t\r\n", open + 1);
      const bool empty_object = next != std::string::npos && input[next] == '}';
      input.insert(open + 1, "\"parameters\": " + params + (empty_object ? "" : ","));
    }
    evaluate(nullptr, input, flags);
  } else {
    evaluate(nullptr, rest, flags);
  }
  return 0;
}
