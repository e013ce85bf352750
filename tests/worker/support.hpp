// Helpers shared by the worker test files: concrete dossiers in a few lines.
#pragma once

#include "lde/core/error.hpp"
#include "../caught.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/status.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>

namespace lde::worker_test {

inline Date d(const char* iso) { return Date::parse(iso); }
inline const ParameterSet& P() { return ParameterSet::defaults(); }

/// A worker with no right, no employment, no absences.
inline WorkerDossier person(const char* birth) { return WorkerDossier{d(birth), {}, {}, {}, {}, std::nullopt, std::nullopt}; }

/// An employment period at a recognised employer with a contingent of 10 FTE, outside Brussels.
inline Employment job(const char* first, const char* last = nullptr, std::string employer = "E1") {
  Employment e{std::move(employer), d(first), std::nullopt, true, Fte::parse("10"), false};
  if (last) e.last_day = d(last);
  return e;
}

/// The standard worker: born 1980-05-10, LDE right granted 2019-12-01, hired 2020-02-01
/// (trajectory 2020-02-01 .. 2025-01-31 before extensions).
inline WorkerDossier standard() {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2019-12-01")});
  w.employment.push_back(job("2020-02-01"));
  return w;
}

inline void absent(WorkerDossier& w, const char* first, const char* last, AbsenceReason r = AbsenceReason::illness) {
  w.absences.push_back({d(first), d(last), r});
}

using test::Caught;       // ../caught.hpp
using test::catch_error;

/// True when some step of @p t has rule @p rule and a text (outcome or note) containing @p text.
inline bool trace_says(const Trace& t, const std::string& rule, const std::string& text) {
  for (const auto& s : t.steps()) {
    if (s.rule != rule) continue;
    if (s.outcome.find(text) != std::string::npos) return true;
    for (const auto& n : s.notes)
      if (n.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace lde::worker_test
