// The C ABI: worker dossiers.
#include "internal.hpp"

#include "lde/core/limits.hpp"
#include "lde/io/json.hpp"

#include <memory>

using namespace lde_c_impl;

extern "C" {

lde_status lde_worker_new(lde_date birth_date, lde_worker** out) {
  return guard([&] {
    start_out(out);
    lde::WorkerDossier dossier{to_date(birth_date, "birth_date"), {}, {}, {}, {}, std::nullopt, std::nullopt};
    *out = new lde_worker{std::move(dossier)};
  });
}

lde_status lde_worker_from_json(const char* json, lde_worker** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_worker{lde::io::parse_worker(need_text(json, "json"), "json")};
  });
}

lde_status lde_worker_add_right(lde_worker* worker, lde_right_kind kind, lde_date granted) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.rights.size();
    if (kind < LDE_RIGHT_LDE || kind > LDE_RIGHT_VOP)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("rights", i, "kind"),
           "unknown right kind " + std::to_string(kind) + " (1 lde, 2 maatwerk, 3 vop)");
    const lde::Date day = named({"rights", i, "granted"}, [&] { return to_date(granted, std::string()); });
    w.dossier.rights.push_back({static_cast<lde::RightKind>(kind), day});
  });
}

lde_status lde_worker_add_employment(lde_worker* worker, const lde_employment* employment) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const lde_employment e = read_input_struct(employment, kEmploymentV1, "employment");
    const std::size_t i = w.dossier.employment.size();
    // Every check names its field, built only when it fails (named()).
    const char* employer = named({"employment", i, "employer"}, [&] { return need_text(e.employer, ""); });
    lde::Employment out{std::string(employer),
                        named({"employment", i, "first_day"}, [&] { return to_date(e.first_day, std::string()); }),
                        named({"employment", i, "last_day"}, [&] { return to_optional_date(e.last_day, std::string()); }),
                        named({"employment", i, "employer_recognised"},
                              [&] { return bool_of(e.employer_recognised, std::string()); }),
                        named({"employment", i, "employer_contingent_fte"},
                              [&] { return lde::Fte::from_units(e.employer_contingent_units, ""); }),
                        named({"employment", i, "employer_in_brussels"},
                              [&] { return bool_of(e.employer_in_brussels, std::string()); })};
    if (out.last_day)
      named({"employment", i, "last_day"}, [&] { (void)lde::Period(out.first_day, *out.last_day, ""); });
    // The check of validate() and the reader (lde/core/limits.hpp).
    named({"employment", i, "employer"}, [&] { lde::check_name(out.employer, std::string()); });
    w.dossier.employment.push_back(std::move(out));
  });
}

lde_status lde_worker_add_absence(lde_worker* worker, lde_date first_day, lde_date last_day,
                                  lde_absence_reason reason) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.absences.size();
    if (reason < LDE_ABSENCE_ILLNESS || reason > LDE_ABSENCE_OTHER)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("absences", i, "reason"),
           "unknown absence reason " + std::to_string(reason) + " (1..6)");
    const lde::Date first = named({"absences", i, "first_day"}, [&] { return to_date(first_day, std::string()); });
    const lde::Date last = named({"absences", i, "last_day"}, [&] { return to_date(last_day, std::string()); });
    named({"absences", i, "last_day"}, [&] { (void)lde::Period(first, last, ""); });
    w.dossier.absences.push_back({first, last, static_cast<lde::AbsenceReason>(reason)});
  });
}

lde_status lde_worker_add_competence_extension(lde_worker* worker, int32_t months, lde_date approved) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const std::size_t i = w.dossier.competence_extensions.size();
    if (months <= 0)
      fail(LDE_STATUS_INVALID_ARGUMENT, indexed("competence_extensions", i, "months"),
           "must be above 0, got " + std::to_string(months));
    w.dossier.competence_extensions.push_back(
        {static_cast<int>(months),
         named({"competence_extensions", i, "approved"}, [&] { return to_date(approved, std::string()); })});
  });
}

lde_status lde_worker_set_doorstroom(lde_worker* worker, lde_date first_day, lde_date last_day,
                                     lde_date external_job_found) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    const lde::Date first = to_date(first_day, "doorstroom.first_day");
    const lde::Date last = to_date(last_day, "doorstroom.last_day");
    (void)lde::Period(first, last, "doorstroom.last_day");
    w.dossier.doorstroom =
        lde::Doorstroom{first, last, to_optional_date(external_job_found, "doorstroom.external_job_found"), {}};
  });
}

lde_status lde_worker_add_non_cooperation(lde_worker* worker, lde_date first_day, lde_date last_day) {
  return guard([&] {
    lde_worker& w = need(worker, "worker");
    if (!w.dossier.doorstroom)
      fail(LDE_STATUS_INVALID_ARGUMENT, "doorstroom.non_cooperation",
           "set the doorstroom with lde_worker_set_doorstroom() first");
    auto& list = w.dossier.doorstroom->non_cooperation;
    const std::string base = "doorstroom.non_cooperation[" + std::to_string(list.size()) + "]";
    list.emplace_back(to_date(first_day, base + ".first_day"), to_date(last_day, base + ".last_day"),
                      base + ".last_day");
  });
}

lde_status lde_worker_validate(const lde_worker* worker) {
  return guard([&] { lde::validate(need(worker, "worker").dossier); });
}

lde_status lde_worker_to_json(const lde_worker* worker, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(lde::io::to_json(need(worker, "worker").dossier), out, out_size, out_needed); });
}

void lde_worker_free(lde_worker* worker) { delete worker; }

}  // extern "C"
