// The worker dossier: enum names and validation of impossible input.
#include "lde/worker/dossier.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"

#include "internal.hpp"

#include <string>

namespace lde {

namespace {

/// A dossier field named by its parts: `list`, `list[index]` or `list[index].leaf`
/// (`absences[2].last_day`), or `list.leaf` without an index. The text is built
/// only when an error names it, so validating a dossier that is fine allocates nothing.
struct Field {
  std::string_view list;
  std::size_t index = kNone;
  std::string_view leaf = {};
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::string str() const {
    std::string out(list);
    if (index != kNone) {
      out += '[';
      out += std::to_string(index);
      out += ']';
    }
    if (!leaf.empty()) {
      out += '.';
      out += leaf;
    }
    return out;
  }
  /// The same list and index with another leaf.
  Field with(std::string_view other_leaf) const { return Field{list, index, other_leaf}; }
};

std::string at_index(std::string_view list, std::size_t i, std::string_view field) {
  return Field{list, i, field}.str();
}

/// W-11: every date of a dossier lies in 1900-01-01 .. 2199-12-31. Outside
/// that range a date is a typing error (9999 for "open", 2205 for 2025), and
/// the rules would otherwise fail later, deep inside a computation, with an
/// error that does not name the input field (a right granted in 9997 ends
/// after 9999-12-31, the last day Date can hold).
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;
const std::int64_t kFirstDay = Date::from_ymd(kFirstYear, 1, 1).days_since_epoch();
const std::int64_t kLastDay = Date::from_ymd(kLastYear, 12, 31).days_since_epoch();

void check_range(Date d, const Field& field) {
  if (d.days_since_epoch() < kFirstDay || d.days_since_epoch() > kLastDay) {
    throw Error(ErrorCode::out_of_range, field.str(),
                d.iso() + " is outside the dates a dossier may hold (" + std::to_string(kFirstYear) + "-01-01 .. " +
                    std::to_string(kLastYear) + "-12-31, W-11)");
  }
}

/// A date of the dossier cannot lie before the worker's birth.
void check_not_before_birth(Date d, Date birth, const Field& field) {
  if (d < birth) {
    throw Error(ErrorCode::invalid_argument, field.str(),
                d.iso() + " is before the worker's birth date " + birth.iso());
  }
}

void check_employment(const Employment& e, Date birth, const Field& f) {
  // Too long, not UTF-8, a NUL or blank (names no employer, I-20): the one name check, lde/core/limits.hpp.
  // The field's name is built only when the check fails.
  if (!is_valid_name(e.employer)) check_name(e.employer, f.with("employer").str());
  if (e.employer_contingent_fte.units() > kMaxFteUnits) {  // the one FTE bound, lde/core/limits.hpp (E-15)
    throw Error(ErrorCode::out_of_range, f.with("employer_contingent_fte").str(),
                "the employer's contingent " + e.employer_contingent_fte.to_string() +
                    " FTE is above the largest accepted " + Fte::from_units(kMaxFteUnits).to_string() + " FTE (E-15)");
  }
  check_range(e.first_day, f.with("first_day"));
  if (e.last_day) check_range(*e.last_day, f.with("last_day"));
  check_not_before_birth(e.first_day, birth, f.with("first_day"));
  if (e.last_day && *e.last_day < e.first_day) {
    throw Error(ErrorCode::invalid_date, f.with("last_day").str(),
                "the employment ends (" + e.last_day->iso() + ") before it starts (" + e.first_day.iso() + ")");
  }
}

/// Largest approved competence extension accepted as input (lde/core/limits.hpp).
constexpr int kAbsurdCompetenceMonths = kMaxCompetenceMonths;

}  // namespace

void worker_detail::validate_employment(const Employment& e, Date birth, std::string_view path) {
  // @p path is a prefix ending in '.' (`employment.`, `employment[2].`).
  check_employment(e, birth, Field{path.substr(0, path.empty() ? 0 : path.size() - 1)});
}

std::string_view to_string(RightKind kind) noexcept {
  switch (kind) {
    case RightKind::lde: return "lde";
    case RightKind::maatwerk: return "maatwerk";
    case RightKind::vop: return "vop";
  }
  return "unknown";
}

RightKind parse_right_kind(std::string_view text, std::string_view field) {
  if (text == "lde") return RightKind::lde;
  if (text == "maatwerk") return RightKind::maatwerk;
  if (text == "vop") return RightKind::vop;
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown right kind \"" + std::string(text) + "\" (expected lde, maatwerk or vop)");
}

std::string_view to_string(AbsenceReason reason) noexcept {
  switch (reason) {
    case AbsenceReason::illness: return "illness";
    case AbsenceReason::accident: return "accident";
    case AbsenceReason::maternity_leave: return "maternity_leave";
    case AbsenceReason::paternity_leave: return "paternity_leave";
    case AbsenceReason::adoption_leave: return "adoption_leave";
    case AbsenceReason::other: return "other";
  }
  return "unknown";
}

AbsenceReason parse_absence_reason(std::string_view text, std::string_view field) {
  for (AbsenceReason r : {AbsenceReason::illness, AbsenceReason::accident, AbsenceReason::maternity_leave,
                          AbsenceReason::paternity_leave, AbsenceReason::adoption_leave, AbsenceReason::other}) {
    if (text == to_string(r)) return r;
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown absence reason \"" + std::string(text) +
                  "\" (expected illness, accident, maternity_leave, paternity_leave, adoption_leave or other)");
}

void validate(const WorkerDossier& dossier) {
  const Date birth = dossier.birth_date;
  check_range(birth, Field{"birth_date"});

  for (std::size_t i = 0; i < dossier.rights.size(); ++i) {
    const RightGrant& r = dossier.rights[i];
    if (to_string(r.kind) == "unknown") {
      throw Error(ErrorCode::invalid_argument, at_index("rights", i, "kind"),
                  "unknown right kind " + std::to_string(static_cast<int>(r.kind)) + " (expected 1 lde, 2 maatwerk, 3 vop)");
    }
    check_range(r.granted, Field{"rights", i, "granted"});
    check_not_before_birth(r.granted, birth, Field{"rights", i, "granted"});
  }

  for (std::size_t i = 0; i < dossier.employment.size(); ++i) {
    check_employment(dossier.employment[i], birth, Field{"employment", i});
  }
  // Overlapping employment with different employers: two enterprises would claim the same trajectory.
  for (std::size_t j = 0; j < dossier.employment.size(); ++j) {
    const Employment& b = dossier.employment[j];
    for (std::size_t i = 0; i < j; ++i) {
      const Employment& a = dossier.employment[i];
      if (a.employer == b.employer) continue;
      const bool overlap = (!a.last_day || b.first_day <= *a.last_day) && (!b.last_day || a.first_day <= *b.last_day);
      if (overlap) {
        throw Error(ErrorCode::conflict, at_index("employment", j, "first_day"),
                    "employment with \"" + b.employer + "\" from " + b.first_day.iso() +
                        " overlaps employment[" + std::to_string(i) + "] with \"" + a.employer + "\" (" +
                        a.first_day.iso() + " .. " + (a.last_day ? a.last_day->iso() : std::string("open")) +
                        "): two employers cannot claim the same trajectory");
      }
    }
  }

  for (std::size_t i = 0; i < dossier.absences.size(); ++i) {
    const Absence& a = dossier.absences[i];
    if (to_string(a.reason) == "unknown") {
      throw Error(ErrorCode::invalid_argument, at_index("absences", i, "reason"),
                  "unknown absence reason " + std::to_string(static_cast<int>(a.reason)) + " (expected 1 to 6)");
    }
    check_range(a.first_day, Field{"absences", i, "first_day"});
    check_range(a.last_day, Field{"absences", i, "last_day"});
    check_not_before_birth(a.first_day, birth, Field{"absences", i, "first_day"});
    if (a.last_day < a.first_day) {
      throw Error(ErrorCode::invalid_date, at_index("absences", i, "last_day"),
                  "the absence ends (" + a.last_day.iso() + ") before it starts (" + a.first_day.iso() + ")");
    }
  }

  for (std::size_t i = 0; i < dossier.competence_extensions.size(); ++i) {
    const CompetenceExtension& c = dossier.competence_extensions[i];
    if (c.months <= 0 || c.months > kAbsurdCompetenceMonths) {
      throw Error(ErrorCode::invalid_argument, at_index("competence_extensions", i, "months"),
                  std::to_string(c.months) + " months is not a possible extension (expected 1 to " +
                      std::to_string(kAbsurdCompetenceMonths) + ")");
    }
    check_range(c.approved, Field{"competence_extensions", i, "approved"});
    check_not_before_birth(c.approved, birth, Field{"competence_extensions", i, "approved"});
  }

  if (dossier.doorstroom) {
    const Doorstroom& d = *dossier.doorstroom;
    check_range(d.first_day, Field{"doorstroom.first_day"});
    check_range(d.last_day, Field{"doorstroom.last_day"});
    if (d.external_job_found) check_range(*d.external_job_found, Field{"doorstroom.external_job_found"});
    check_not_before_birth(d.first_day, birth, Field{"doorstroom.first_day"});
    if (d.last_day < d.first_day) {
      throw Error(ErrorCode::invalid_date, "doorstroom.last_day",
                  "the transition trajectory ends (" + d.last_day.iso() + ") before it starts (" + d.first_day.iso() + ")");
    }
    if (d.external_job_found && *d.external_job_found < d.first_day) {
      throw Error(ErrorCode::invalid_argument, "doorstroom.external_job_found",
                  "an external job found on " + d.external_job_found->iso() +
                      " is before the transition trajectory starts (" + d.first_day.iso() + ")");
    }
    for (std::size_t k = 0; k < d.non_cooperation.size(); ++k) {
      const Period& p = d.non_cooperation[k];
      check_range(p.first(), Field{"doorstroom.non_cooperation", k, "first_day"});
      check_range(p.last(), Field{"doorstroom.non_cooperation", k, "last_day"});
      if (p.first() < d.first_day) {
        throw Error(ErrorCode::invalid_argument, at_index("doorstroom.non_cooperation", k, "first_day"),
                    "non-cooperation from " + p.first().iso() + " is before the transition trajectory starts (" +
                        d.first_day.iso() + ")");
      }
    }
  }
  if (dossier.reconsideration) {
    const Reconsideration& r = *dossier.reconsideration;
    check_range(r.letter_sent, Field{"reconsideration.letter_sent"});
    if (r.filed) {
      check_range(*r.filed, Field{"reconsideration.filed"});
      if (*r.filed < r.letter_sent) {
        throw Error(ErrorCode::invalid_argument, "reconsideration.filed",
                    "filing date " + r.filed->iso() + " is before the letter was sent on " + r.letter_sent.iso());
      }
    }
  }
}

}  // namespace lde
