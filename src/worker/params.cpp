// WorkerParams: the worker parameters resolved once per parameter set (params.hpp).
#include "params.hpp"

#include "lde/core/error.hpp"

namespace lde::worker_detail {

namespace {

/// The type each worker parameter must have (another type takes the by-name path, which names the error).
ParameterType expected_type(WorkerParam p) {
  switch (p) {
    case WorkerParam::trajectory_absence_count_from: return ParameterType::date;
    case WorkerParam::legal_new_hires_allowed: return ParameterType::boolean;
    default: return ParameterType::integer;
  }
}

}  // namespace

WorkerParams::WorkerParams(const ParameterSet& params) : params_(&params) {
  if (!params.definitions().empty()) rules_from_ = params.rules_from();
  for (unsigned k = 0; k < static_cast<unsigned>(WorkerParam::count); ++k)
    histories_[k] = detail::ParamHistory::resolve(params, kWorkerParamNames[k], expected_type(static_cast<WorkerParam>(k)));
}

}  // namespace lde::worker_detail
