// The C ABI: the batch (columnar) evaluation of a population and its reason bits.
#include "internal.hpp"

#include "lde/population/population.hpp"

using namespace lde_c_impl;

extern "C" {

// --- batch ----------------------------------------------------------------------

lde_status lde_evaluate_workers(const lde_params* params, const lde_worker_columns* workers,
                                const lde_absence_columns* absences, int64_t at_days, uint32_t threads,
                                const lde_worker_outputs* outputs) {
  return guard([&] {
    const lde_worker_columns w = read_input_struct(workers, kWorkerColumnsV1, "workers");
    const lde_worker_outputs o = read_input_struct(outputs, kWorkerOutputsV1, "outputs");
    // The 0.2 outputs need whole dossiers: lde_evaluate_population() fills them (never silently skipped).
    if (o.continuation_first_day != nullptr)
      fail(LDE_STATUS_INVALID_ARGUMENT, "outputs.continuation_first_day",
           "is filled by lde_evaluate_population() only; leave it NULL for lde_evaluate_workers()");
    if (o.right_ended != nullptr)
      fail(LDE_STATUS_INVALID_ARGUMENT, "outputs.right_ended",
           "is filled by lde_evaluate_population() only; leave it NULL for lde_evaluate_workers()");
    lde::population::WorkerColumns wc;
    wc.rows = w.rows;
    wc.birth_date = w.birth_date;
    wc.right_kind = w.right_kind;
    wc.right_granted = w.right_granted;
    wc.employment_first_day = w.employment_first_day;
    wc.employment_last_day = w.employment_last_day;
    wc.employer_recognised = w.employer_recognised;
    wc.employer_contingent_units = w.employer_contingent_units;
    wc.employer_in_brussels = w.employer_in_brussels;
    wc.competence_months = w.competence_months;
    wc.competence_approved = w.competence_approved;
    wc.doorstroom_first_day = w.doorstroom_first_day;
    wc.doorstroom_last_day = w.doorstroom_last_day;
    wc.external_job_found = w.external_job_found;
    lde::population::AbsenceColumns ac;
    if (absences != nullptr) {
      const lde_absence_columns a = read_input_struct(absences, kAbsenceColumnsV1, "absences");
      ac.rows = a.rows;
      ac.worker = a.worker;
      ac.first_day = a.first_day;
      ac.last_day = a.last_day;
      ac.reason = a.reason;
    }
    lde::population::WorkerResults r;
    r.right_kind = o.right_kind;
    r.right_valid = o.right_valid;
    r.right_last_day = o.right_last_day;
    r.hiring_eligible = o.hiring_eligible;
    r.trajectory_first_day = o.trajectory_first_day;
    r.trajectory_last_day = o.trajectory_last_day;
    r.absence_extension_days = o.absence_extension_days;
    r.competence_extension_months = o.competence_extension_months;
    r.continuation = o.continuation;
    r.in_trajectory = o.in_trajectory;
    r.in_continuation = o.in_continuation;
    r.compensated = o.compensated;
    r.reason = o.reason;
    (void)lde::Date::from_days_since_epoch(at_days, "at_days");
    lde::population::evaluate_workers(wc, ac, at_days, params_or_default(params), r, static_cast<unsigned>(threads));
  });
}

lde_status lde_reason_rule_of(uint32_t bit, lde_reason_rule* out) {
  return guard([&] {
    need(out, "out");
    const lde::population::ReasonRule rr = lde::population::reason_rule(bit);
    lde_reason_rule v{};
    v.struct_size = sizeof(lde_reason_rule);
    v.bit_name = rr.bit_name;
    v.rule = rr.rule;
    v.source = rr.source;
    v.interpretations = rr.interpretations;
    write_output_struct(out, v, kReasonRuleV1, "out");
  });
}

}  // extern "C"
