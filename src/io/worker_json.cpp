// The JSON document of a worker dossier and of a worker decision (docs/format.md,
// docs/schema/dossier.schema.json, decision.schema.json).
#include "lde/io/json.hpp"

#include "lde/core/error.hpp"
#include "lde/worker/status.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace lde::io {

using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

namespace detail {

WorkerDossier worker_from(const json& j, const std::string& root, std::string_view origin) {
  Reader r(j, root, origin, kWorkerKeys);
  WorkerDossier d{as_date(r.required("birth_date"), r.path("birth_date"), origin), {}, {}, {}, {}, std::nullopt, std::nullopt};

  if (const json* rights = r.optional_nonnull("rights")) {
    const std::string p = r.path("rights");
    const json& arr = as_array(*rights, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader g(arr[i], ip, origin, {"kind", "granted"});
      const std::string kind = as_name(g.required("kind"), g.path("kind"), origin);
      const RightKind k = relabel(g.path("kind"), origin, [&] { return parse_right_kind(kind, g.path("kind")); });
      d.rights.push_back({k, as_date(g.required("granted"), g.path("granted"), origin)});
    }
  }
  if (const json* employment = r.optional_nonnull("employment")) {
    const std::string p = r.path("employment");
    const json& arr = as_array(*employment, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader e(arr[i], ip, origin,
               {"employer", "first_day", "last_day", "employer_recognised", "employer_contingent_fte",
                "employer_in_brussels"});
      Employment emp{as_name(e.required("employer"), e.path("employer"), origin),
                     as_date(e.required("first_day"), e.path("first_day"), origin),
                     as_optional_date(e.optional("last_day"), e.path("last_day"), origin),
                     true,
                     Fte::from_units(Fte::kScale),
                     false};
      if (const json* v = e.optional_nonnull("employer_recognised")) {
        emp.employer_recognised = as_bool(*v, e.path("employer_recognised"), origin);
      }
      if (const json* v = e.optional_nonnull("employer_contingent_fte")) {
        emp.employer_contingent_fte = as_fte(*v, e.path("employer_contingent_fte"), origin);
      }
      if (const json* v = e.optional_nonnull("employer_in_brussels")) {
        emp.employer_in_brussels = as_bool(*v, e.path("employer_in_brussels"), origin);
      }
      d.employment.push_back(std::move(emp));
    }
  }
  if (const json* absences = r.optional_nonnull("absences")) {
    const std::string p = r.path("absences");
    const json& arr = as_array(*absences, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader a(arr[i], ip, origin, {"first_day", "last_day", "reason"});
      const Date first = as_date(a.required("first_day"), a.path("first_day"), origin);
      const Date last = as_date(a.required("last_day"), a.path("last_day"), origin);
      const std::string reason = as_name(a.required("reason"), a.path("reason"), origin);
      const AbsenceReason why =
          relabel(a.path("reason"), origin, [&] { return parse_absence_reason(reason, a.path("reason")); });
      d.absences.push_back({first, last, why});
    }
  }
  if (const json* ext = r.optional_nonnull("competence_extensions")) {
    const std::string p = r.path("competence_extensions");
    const json& arr = as_array(*ext, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader c(arr[i], ip, origin, {"months", "approved"});
      const int months = as_int(c.required("months"), c.path("months"), origin);
      d.competence_extensions.push_back({months, as_date(c.required("approved"), c.path("approved"), origin)});
    }
  }
  if (const json* ds = r.optional_nonnull("doorstroom")) {
    const std::string p = r.path("doorstroom");
    Reader t(*ds, p, origin, {"first_day", "last_day", "external_job_found", "non_cooperation"});
    Doorstroom door{as_date(t.required("first_day"), t.path("first_day"), origin),
                    as_date(t.required("last_day"), t.path("last_day"), origin),
                    as_optional_date(t.optional("external_job_found"), t.path("external_job_found"), origin),
                    {}};
    if (const json* nc = t.optional_nonnull("non_cooperation")) {
      const std::string np = t.path("non_cooperation");
      const json& arr = as_array(*nc, np, origin);
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ip = index(np, i);
        Reader q(arr[i], ip, origin, {"first_day", "last_day"});
        const Date first = as_date(q.required("first_day"), q.path("first_day"), origin);
        const Date last = as_date(q.required("last_day"), q.path("last_day"), origin);
        if (last < first) {
          fail(ErrorCode::invalid_date, q.path("last_day"), origin,
               "last day " + last.iso() + " is before the first day " + first.iso());
        }
        door.non_cooperation.emplace_back(first, last, ip);
      }
    }
    d.doorstroom = std::move(door);
  }
  if (const json* rc = r.optional_nonnull("reconsideration")) {
    Reader t(*rc, r.path("reconsideration"), origin, {"letter_sent", "filed"});
    d.reconsideration = Reconsideration{as_date(t.required("letter_sent"), t.path("letter_sent"), origin),
                                        as_optional_date(t.optional("filed"), t.path("filed"), origin)};
  }
  return d;
}

ojson worker_to(const WorkerDossier& d) {
  ojson out = ojson::object();
  out["birth_date"] = d.birth_date.iso();
  out["rights"] = ojson::array();
  for (const RightGrant& g : d.rights) out["rights"].push_back({{"kind", to_string(g.kind)}, {"granted", g.granted.iso()}});
  out["employment"] = ojson::array();
  for (const Employment& e : d.employment) {
    out["employment"].push_back({{"employer", e.employer},
                                 {"first_day", e.first_day.iso()},
                                 {"last_day", date_or_null(e.last_day)},
                                 {"employer_recognised", e.employer_recognised},
                                 {"employer_contingent_fte", e.employer_contingent_fte.to_string()},
                                 {"employer_in_brussels", e.employer_in_brussels}});
  }
  out["absences"] = ojson::array();
  for (const Absence& a : d.absences) {
    out["absences"].push_back(
        {{"first_day", a.first_day.iso()}, {"last_day", a.last_day.iso()}, {"reason", to_string(a.reason)}});
  }
  out["competence_extensions"] = ojson::array();
  for (const CompetenceExtension& c : d.competence_extensions) {
    out["competence_extensions"].push_back({{"months", c.months}, {"approved", c.approved.iso()}});
  }
  if (d.doorstroom) {
    ojson ds = ojson::object();
    ds["first_day"] = d.doorstroom->first_day.iso();
    ds["last_day"] = d.doorstroom->last_day.iso();
    ds["external_job_found"] = date_or_null(d.doorstroom->external_job_found);
    ds["non_cooperation"] = ojson::array();
    for (const Period& p : d.doorstroom->non_cooperation) {
      ds["non_cooperation"].push_back({{"first_day", p.first().iso()}, {"last_day", p.last().iso()}});
    }
    out["doorstroom"] = ds;
  } else {
    out["doorstroom"] = nullptr;
  }
  if (d.reconsideration) {
    out["reconsideration"] = {{"letter_sent", d.reconsideration->letter_sent.iso()},
                              {"filed", date_or_null(d.reconsideration->filed)}};
  }
  return out;
}

ojson worker_decision(const WorkerStatus& s) {
  ojson out = ojson::object();
  out["kind"] = "worker";
  out["at"] = s.at.iso();
  out["right"] = {{"kind", s.right.kind ? std::string(to_string(*s.right.kind)) : std::string("none")},
                  {"valid", s.right.valid},
                  {"granted", date_or_null(s.right.granted)},
                  {"last_day", date_or_null(s.right.last_day)},
                  {"ended", s.right.ended ? ojson(std::string(to_string(*s.right.ended))) : ojson(nullptr)}};
  if (s.hiring) {
    out["hiring"] = {{"eligible", s.hiring->eligible}, {"failing", s.hiring->failing}};
  } else {
    out["hiring"] = nullptr;
  }
  if (s.trajectory) {
    const Trajectory& t = *s.trajectory;
    ojson absences = ojson::array();
    for (const AbsenceJudgement& a : t.absences) {
      absences.push_back({{"first_day", a.period.first().iso()},
                          {"last_day", a.period.last().iso()},
                          {"qualifies", a.qualifies},
                          {"counted_days", a.counted_days},
                          {"reason", a.reason}});
    }
    out["trajectory"] = {{"first_day", t.first_day.iso()},
                         {"original_last_day", t.original_last_day.iso()},
                         {"last_day", t.last_day.iso()},
                         {"absence_extension_days", t.absence_extension_days},
                         {"competence_extension_months", t.competence_extension_months},
                         {"competence_requested_months", t.competence_requested_months},
                         {"absences", absences}};
  } else {
    out["trajectory"] = nullptr;
  }
  out["continuation"] = to_string(s.continuation.kind);
  out["continuation_detail"] = {
      {"from", date_or_null(s.continuation.from)},
      {"decisive_date", date_or_null(s.continuation.decisive_date)},
      {"age_at_decisive_date",
       s.continuation.age_at_decisive_date ? ojson(*s.continuation.age_at_decisive_date) : ojson(nullptr)}};
  if (s.appeal) {
    ojson moved = ojson::array();
    for (const auto& m : s.appeal->moved_over) moved.push_back(m);
    out["appeal"] = {{"letter_sent", s.appeal->letter_sent.iso()},
                     {"nominal_last_day", s.appeal->nominal_last_day.iso()},
                     {"last_day", s.appeal->last_day.iso()},
                     {"moved_over", moved},
                     {"filed", date_or_null(s.appeal->filed)},
                     {"in_time", s.appeal->in_time ? ojson(*s.appeal->in_time) : ojson(nullptr)}};
  } else {
    out["appeal"] = nullptr;
  }
  out["referral"] = {{"may_propose", s.referral.may_propose}, {"reason", s.referral.reason}};
  out["status"] = {{"in_trajectory", s.in_trajectory},
                   {"in_continuation", s.in_continuation},
                   {"compensated", s.compensated}};
  return out;
}

}  // namespace detail

WorkerDossier parse_worker(std::string_view json_text, std::string_view origin) {
  const json doc = detail::parse_document(json_text, origin);
  return detail::worker_from(doc, "", origin);
}

std::string to_json(const WorkerDossier& dossier) { return detail::worker_to(dossier).dump(); }

std::string decision_json(const WorkerStatus& status, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::worker_decision(status), trace, receipt).dump();
}

}  // namespace lde::io
