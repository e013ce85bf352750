// WorkerParams: the worker parameters resolved once per parameter set (params.hpp).
#include "params.hpp"

#include "lde/core/error.hpp"

namespace lde::worker_detail {

namespace {

/// The type each worker parameter must have (another type takes the by-name path, which names the error).
constexpr ParameterType kTypes[] = {
    ParameterType::integer,  // right.validity_years
    ParameterType::integer,  // trajectory.length_years
    ParameterType::integer,  // trajectory.absence_min_days
    ParameterType::date,     // trajectory.absence_count_from
    ParameterType::integer,  // trajectory.competence_max_months
    ParameterType::integer,  // continuation.age_at_trajectory_end
    ParameterType::integer,  // continuation.age_at_doorstroom_start
    ParameterType::boolean,  // legal.new_hires_allowed
};
static_assert(sizeof kTypes / sizeof kTypes[0] == static_cast<unsigned>(WorkerParam::count));

}  // namespace

WorkerParams::WorkerParams(const ParameterSet& params)
    : params_(&params),
      resolved_(&detail::resolved_once(params, detail::ParamFamily::worker, kWorkerParamNames, kTypes)) {}

}  // namespace lde::worker_detail
