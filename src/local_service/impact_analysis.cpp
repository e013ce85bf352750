// The impact analysis of a local service: content (4.15, 4.16), author (4.17, L-7), advice (4.16, 4.19, 4.20, L-8).
#include "lde/local_service/impact_analysis.hpp"

#include "lde/local_service/rules.hpp"

#include "internal.hpp"

#include <string>

namespace lde::local_service {

namespace detail {

namespace {

bool municipal(Authority a) { return a == Authority::college || a == Authority::municipal_council; }

/// 4.20, L-8: a local-klaverblad service organised in more than one municipality is advised by the regional
/// social consultation (4.19 and 4.20 speak of the local authority's choice of forum).
bool regional_required(const LocalService& s) { return s.klaverblad == Klaverblad::local && s.municipalities > 1; }

/// 4.17, L-7: who may draw up the impact analysis of @p s.
Check author_of(const LocalService& s, Authority by) {
  const std::string who = std::string(to_string(by));
  auto fail = [&](const std::string& why) {
    return Check{false, &kImpactAuthor, who + " may not draw up the impact analysis: " + why, {"impact_analysis_wrong_body"}};
  };
  if (s.klaverblad == Klaverblad::flemish) {
    if (is_flemish(by)) return Check{true, &kImpactAuthor, "drawn up by " + who + ", the Flemish commissioning authority", {}};
    return fail("within a Flemish klaverblad the Flemish commissioning authority draws it up");
  }
  if (by == Authority::intermunicipal_partnership) {
    if (s.municipalities > 1) {
      return Check{true, &kImpactAuthor,
                   "a coordinated impact analysis by the intermunicipal partnership for " +
                       std::to_string(s.municipalities) + " municipalities",
                   {}};
    }
    return fail("an intermunicipal partnership makes a coordinated analysis only when several local governments are "
                "involved; for one municipality the local government that defines the DAEB draws it up");
  }
  if (!(municipal(by) || by == Authority::provincial_council)) {
    return fail("the local government that defines the DAEB (college, municipal council or provincial council) draws "
                "it up, also when another body gives the assignment");
  }
  if (s.daeb_declared_by && (municipal(*s.daeb_declared_by) || *s.daeb_declared_by == Authority::provincial_council) &&
      municipal(*s.daeb_declared_by) != municipal(by)) {
    return fail("the DAEB was defined by " + std::string(to_string(*s.daeb_declared_by)) +
                ", a body of another local government");
  }
  return Check{true, &kImpactAuthor, "drawn up by " + who + ", of the local government that defines the DAEB", {}};
}

/// 4.16, 4.19, 4.20, L-8: the stakeholders' advice.
Check advice_of(const LocalService& s, const std::optional<Advice>& advice) {
  if (!advice) {
    return Check{false, &kAdvice,
                 "the impact analysis and the assignment were not yet submitted for advice to the stakeholders "
                 "(at least the trade unions and the employers' organisations)",
                 {"advice_missing"}};
  }
  std::vector<std::string> failing;
  std::vector<std::string> missing;
  if (!advice->trade_unions) missing.emplace_back("the trade unions");
  if (!advice->employers_organisations) missing.emplace_back("the employers' organisations");
  if (!missing.empty()) failing.emplace_back("advice_stakeholders_missing");
  const bool regional = regional_required(s);
  if (regional && !is_regional(advice->forum)) failing.emplace_back("advice_forum_not_regional");
  std::string detail = "advised in " + std::string(to_string(advice->forum));
  if (!missing.empty()) detail += "; not consulted: " + list_text(missing);
  if (regional) {
    detail += is_regional(advice->forum) ? "; the service spans " + std::to_string(s.municipalities) +
                                               " municipalities and the forum is of the regional social consultation"
                                         : "; the service spans " + std::to_string(s.municipalities) +
                                               " municipalities, so the regional social consultation advises, not a "
                                               "local forum";
  }
  return Check{failing.empty(), &kAdvice, detail, failing};
}

}  // namespace

ImpactAnalysisResult impact_of(const LocalService& s, Trace* trace) {
  ImpactAnalysisResult r;
  r.regional_forum_required = regional_required(s);
  if (!s.impact_analysis) {
    r.missing_parts.assign(std::begin(kImpactParts), std::end(kImpactParts));
    r.author = Check{false, &kImpactAuthor, "no impact analysis was drawn up", {}};
    r.advice = Check{false, &kAdvice, "no impact analysis to advise on", {}};
    r.check = Check{false, &kImpactContent,
                    "no impact analysis was drawn up: it replaces the department's test of complementarity and is "
                    "required",
                    {"impact_analysis_missing"}};
    trace_check(trace, r.check, {{"impact_analysis", "none"}});
    return r;
  }
  const ImpactAnalysis& ia = *s.impact_analysis;
  r.present = true;
  r.drawn_up_by = ia.drawn_up_by;
  for (ImpactPart p : kImpactParts) {
    bool present = false;
    for (ImpactPart g : ia.parts) present = present || g == p;
    if (!present) r.missing_parts.push_back(p);
  }
  r.author = author_of(s, ia.drawn_up_by);
  r.advice = advice_of(s, ia.advice);
  std::vector<std::string> failing;
  if (!r.missing_parts.empty()) failing.emplace_back("impact_analysis_incomplete");
  failing.insert(failing.end(), r.author.failing.begin(), r.author.failing.end());
  failing.insert(failing.end(), r.advice.failing.begin(), r.advice.failing.end());
  const Check content{r.missing_parts.empty(), &kImpactContent,
                      r.missing_parts.empty() ? "all eight parts present" : "missing: " + names_of(r.missing_parts),
                      r.missing_parts.empty() ? std::vector<std::string>{}
                                              : std::vector<std::string>{"impact_analysis_incomplete"}};
  trace_check(trace, content, {{"parts", names_of(ia.parts)}});
  trace_check(trace, r.author,
              {{"drawn_up_by", std::string(to_string(ia.drawn_up_by))},
               {"daeb_declared_by", s.daeb_declared_by ? std::string(to_string(*s.daeb_declared_by)) : "none"},
               {"municipalities", std::to_string(s.municipalities)}});
  trace_check(trace, r.advice,
              {{"forum", ia.advice ? std::string(to_string(ia.advice->forum)) : "none"},
               {"municipalities", std::to_string(s.municipalities)}});
  r.check = Check{failing.empty(), &kImpactContent,
                  content.detail + "; " + r.author.detail + "; " + r.advice.detail, failing};
  return r;
}

}  // namespace detail

ImpactAnalysisResult impact_analysis(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::impact_of(service, trace);
}

}  // namespace lde::local_service
