// The C ABI: the batch evaluation of a population held as tables (lde.h "Batch evaluation of whole
// dossiers"): each C table struct is copied into its C++ twin (lde/population/tables.hpp), whose
// columns have the same names and order (the one column schema, lde/population/schema.hpp).
#include "internal.hpp"

#include "lde/population/tables.hpp"

using namespace lde_c_impl;

namespace {

namespace pop = lde::population;

/// The C table @p in (NULL: empty) read up to its struct_size; @p name for errors (`population.rights`).
template <class S>
S table_of(const S* in, std::size_t v1, const char* name) {
  if (in == nullptr) {
    S empty{};
    empty.struct_size = sizeof(S);
    return empty;
  }
  return read_input_struct(in, v1, name);
}

}  // namespace

extern "C" {

lde_status lde_evaluate_population(const lde_params* params, const lde_population* population, int64_t at_days,
                                   uint32_t threads, const lde_worker_outputs* outputs) {
  return guard([&] {
    const lde_population p = read_input_struct(population, kPopulationV1, "population");
    const lde_worker_outputs o = read_input_struct(outputs, kWorkerOutputsV1, "outputs");
    const lde_worker_table w = table_of(p.workers, kWorkerTableV1, "population.workers");
    const lde_right_table r = table_of(p.rights, kRightTableV1, "population.rights");
    const lde_employment_table e = table_of(p.employment, kEmploymentTableV1, "population.employment");
    const lde_absence_table a = table_of(p.absences, kAbsenceTableV1, "population.absences");
    const lde_competence_table c = table_of(p.competence_extensions, kCompetenceTableV1, "population.competence_extensions");
    const lde_doorstroom_table d = table_of(p.doorstroom, kDoorstroomTableV1, "population.doorstroom");
    const lde_non_cooperation_table n = table_of(p.non_cooperation, kNonCooperationTableV1, "population.non_cooperation");

    pop::Population t;
    t.workers = {w.rows, w.birth_date, w.reconsideration_letter_sent, w.reconsideration_filed};
    t.rights = {r.rows, r.worker, r.kind, r.granted};
    t.employment = {e.rows,     e.worker,   e.employer, e.first_day, e.last_day, e.employer_recognised,
                    e.employer_contingent, e.employer_in_brussels};
    t.absences = {a.rows, a.worker, a.first_day, a.last_day, a.reason};
    t.competence_extensions = {c.rows, c.worker, c.months, c.approved};
    t.doorstroom = {d.rows, d.worker, d.first_day, d.last_day, d.external_job_found};
    t.non_cooperation = {n.rows, n.worker, n.first_day, n.last_day};
    // A NULL required column of a table with rows is the engine's error (`employment.first_day`), as in C++ and Python.

    pop::PopulationResults res;
    res.right_kind = o.right_kind;
    res.right_valid = o.right_valid;
    res.right_last_day = o.right_last_day;
    res.hiring_eligible = o.hiring_eligible;
    res.trajectory_first_day = o.trajectory_first_day;
    res.trajectory_last_day = o.trajectory_last_day;
    res.absence_extension_days = o.absence_extension_days;
    res.competence_extension_months = o.competence_extension_months;
    res.continuation = o.continuation;
    res.in_trajectory = o.in_trajectory;
    res.in_continuation = o.in_continuation;
    res.compensated = o.compensated;
    res.reason = o.reason;
    res.continuation_first_day = o.continuation_first_day;
    res.right_ended = o.right_ended;
    (void)lde::Date::from_days_since_epoch(at_days, "at_days");
    pop::evaluate_population(t, at_days, params_or_default(params), res, static_cast<unsigned>(threads));
  });
}

}  // extern "C"
