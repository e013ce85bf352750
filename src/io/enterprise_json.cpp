// The JSON document of an enterprise and of an enterprise decision (docs/format.md,
// docs/schema/enterprise.schema.json, decision.schema.json).
#include "lde/io/json.hpp"

#include "lde/core/error.hpp"
#include "lde/enterprise/year.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace lde::io {

using json = nlohmann::ordered_json;
using ojson = nlohmann::ordered_json;

namespace detail {

Enterprise enterprise_from(const json& j, const std::string& root, std::string_view origin) {
  Reader r(j, root, origin, kEnterpriseKeys);
  Enterprise e;
  e.allocation_number = as_name(r.required("allocation_number"), r.path("allocation_number"), origin);
  e.legal_form_text = as_name(r.required("legal_form"), r.path("legal_form"), origin);
  e.legal_form = parse_legal_form(e.legal_form_text);
  if (const json* v = r.optional_nonnull("seat")) {
    const std::string seat = as_name(*v, r.path("seat"), origin);
    e.seat = relabel(r.path("seat"), origin, [&] { return parse_seat(seat, r.path("seat")); });
  }
  if (const json* v = r.optional_nonnull("other_activities")) {
    const std::string oa = as_name(*v, r.path("other_activities"), origin);
    e.other_activities =
        relabel(r.path("other_activities"), origin, [&] { return parse_other_activities(oa, r.path("other_activities")); });
  }
  auto flag = [&](std::string_view key, bool& out) {
    if (const json* v = r.optional_nonnull(key)) out = as_bool(*v, r.path(key), origin);
  };
  flag("sui_generis_division", e.sui_generis_division);
  flag("separate_bookkeeping", e.separate_bookkeeping);
  flag("subcontracting", e.subcontracting);
  flag("enclave_work", e.enclave_work);
  flag("converted", e.converted);
  e.allocation_date = as_optional_date(r.optional("allocation_date"), r.path("allocation_date"), origin);

  if (const json* c = r.optional_nonnull("contingent")) {
    const std::string p = r.path("contingent");
    const json& arr = as_array(*c, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader g(arr[i], ip, origin, {"from", "fte"});
      e.contingent.push_back({as_date(g.required("from"), g.path("from"), origin),
                              as_fte(g.required("fte"), g.path("fte"), origin)});
    }
  }
  if (const json* t = r.optional_nonnull("transition_amounts")) {
    const std::string p = r.path("transition_amounts");
    for (const auto& item : as_object(*t, p, origin).items()) {
      const std::string ip = join(p, item.key());
      const std::string& key = item.key();
      const bool digits = key.size() == 4 && std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits) fail(ErrorCode::parse_error, ip, origin, "expected a year \"YYYY\" as key, got \"" + key + "\"");
      e.transition_amounts[std::stoi(key)] = as_money(item.value(), ip, origin);
    }
  }
  if (const json* h = r.optional_nonnull("hires")) {
    const std::string p = r.path("hires");
    for (const auto& item : as_object(*h, p, origin).items()) {
      const std::string ip = join(p, item.key());
      const Month m = relabel(ip, origin, [&] { return Month::parse(item.key(), ip); });
      if (!item.value().is_array()) {
        e.hires[m] = as_fte(item.value(), ip, origin);
        continue;
      }
      // The month's hires one by one: their contractual fractions, in [0, 1] (I-14, I-20).
      const json& arr = item.value();
      std::vector<Fte> fractions;
      fractions.reserve(arr.size());
      for (std::size_t i = 0; i < arr.size(); ++i) fractions.push_back(as_fte(arr[i], index(ip, i), origin));
      try {
        (void)sum_hire_fractions(fractions, ip);  // names ip[i] for a fraction above 1, ip for the sum
      } catch (const Error& err) {
        fail(err.code(), err.field(), origin, err.message());
      }
      e.hire_fractions[m] = std::move(fractions);
    }
  }
  if (const json* dm = r.optional_nonnull("dmfa")) {
    const std::string p = r.path("dmfa");
    for (const auto& item : as_object(*dm, p, origin).items()) {
      const std::string qp = join(p, item.key());
      const Quarter q = relabel(qp, origin, [&] { return Quarter::parse(item.key(), qp); });
      const json& arr = as_array(item.value(), qp, origin);
      std::vector<DmfaLine> lines;
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string ip = index(qp, i);
        Reader l(arr[i], ip, origin, {"worker", "fraction", "reference_wage_cost_positive"});
        DmfaLine line{as_name(l.required("worker"), l.path("worker"), origin),
                      as_fte(l.required("fraction"), l.path("fraction"), origin), true};
        if (const json* v = l.optional_nonnull("reference_wage_cost_positive")) {
          line.reference_wage_cost_positive = as_bool(*v, l.path("reference_wage_cost_positive"), origin);
        }
        lines.push_back(std::move(line));
      }
      e.dmfa[q] = std::move(lines);
    }
  }
  if (const json* mw = r.optional_nonnull("maatwerk")) {
    Reader m(*mw, r.path("maatwerk"), origin, {"company", "division"});
    MaatwerkActivity a;
    if (const json* c = m.optional_nonnull("company")) {
      Reader cr(*c, m.path("company"), origin, {"maatwerk_right_fte", "lde_right_fte"});
      a.company = MaatwerkCompanyInput{as_fte(cr.required("maatwerk_right_fte"), cr.path("maatwerk_right_fte"), origin),
                                       as_fte(cr.required("lde_right_fte"), cr.path("lde_right_fte"), origin)};
    }
    if (const json* d = m.optional_nonnull("division")) {
      Reader dr(*d, m.path("division"), origin, {"site_fte"});
      a.division = MaatwerkDivisionInput{as_fte(dr.required("site_fte"), dr.path("site_fte"), origin)};
    }
    e.maatwerk = a;
  }
  if (const json* lb = r.optional_nonnull("label")) {
    Reader l(*lb, r.path("label"), origin, {"level", "enterprise_number", "establishment_unit_number"});
    if (const json* v = l.optional_nonnull("level")) {
      const std::string level = as_name(*v, l.path("level"), origin);
      e.label.level = relabel(l.path("level"), origin, [&] { return parse_label_level(level, l.path("level")); });
    }
    auto number = [&](std::string_view key, KboKind kind, std::optional<std::string>& out) {
      if (const json* v = l.optional_nonnull(key)) {
        const std::string text = as_name(*v, l.path(key), origin);
        out = relabel(l.path(key), origin, [&] { return parse_kbo_number(text, kind, l.path(key)); });
      }
    };
    number("enterprise_number", KboKind::enterprise, e.label.enterprise_number);
    number("establishment_unit_number", KboKind::establishment_unit, e.label.establishment_unit_number);
  }
  if (const json* ps = r.optional_nonnull("pops")) {
    const std::string p = r.path("pops");
    const json& arr = as_array(*ps, p, origin);
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string ip = index(p, i);
      Reader g(arr[i], ip, origin,
               {"worker", "year", "elements", "transition", "motivation", "view", "refusal", "registered_on",
                "uploaded_by"});
      PopRecord rec;
      rec.worker = as_name(g.required("worker"), g.path("worker"), origin);
      rec.year = as_int(g.required("year"), g.path("year"), origin);
      const std::string ep = g.path("elements");
      const json& elements = as_array(g.required("elements"), ep, origin);
      for (std::size_t k = 0; k < elements.size(); ++k) {
        const std::string kp = index(ep, k);
        const std::string name = as_name(elements[k], kp, origin);
        const std::optional<PopElement> el = pop_element_from(name);
        if (!el || static_cast<int>(*el) >= kPopContentElementCount) {
          fail(ErrorCode::invalid_argument, kp, origin,
               "unknown POP content element \"" + name +
                   "\"; expected one of personal_data, current_generic_competences, current_technical_competences, "
                   "future_generic_competences, future_technical_competences, generic_improvement_action, "
                   "technical_improvement_action (WSE-FAQ \"POP\" 6.1)");
        }
        const std::uint32_t bit = 1U << static_cast<int>(*el);
        if (rec.content & bit) fail(ErrorCode::conflict, kp, origin, "element \"" + name + "\" is listed twice");
        rec.content |= bit;
      }
      const std::string transition = as_name(g.required("transition"), g.path("transition"), origin);
      rec.transition =
          relabel(g.path("transition"), origin, [&] { return parse_pop_transition(transition, g.path("transition")); });
      if (const json* v = g.optional_nonnull("motivation")) rec.motivation = as_text(*v, g.path("motivation"), origin);
      if (const json* v = g.optional_nonnull("view")) {
        const std::string view = as_name(*v, g.path("view"), origin);
        rec.view = relabel(g.path("view"), origin, [&] { return parse_pop_view(view, g.path("view")); });
      }
      if (const json* v = g.optional_nonnull("refusal")) {
        const std::string refusal = as_name(*v, g.path("refusal"), origin);
        rec.refusal = relabel(g.path("refusal"), origin, [&] { return parse_pop_refusal(refusal, g.path("refusal")); });
      }
      rec.registered_on = as_optional_date(g.optional("registered_on"), g.path("registered_on"), origin);
      if (const json* v = g.optional_nonnull("uploaded_by")) {
        const std::string by = as_name(*v, g.path("uploaded_by"), origin);
        rec.uploaded_by =
            relabel(g.path("uploaded_by"), origin, [&] { return parse_pop_uploader(by, g.path("uploaded_by")); });
      }
      try {
        validate(rec, ip);  // names ip.motivation, ip.refusal, ...
      } catch (const Error& err) {
        fail(err.code(), err.field(), origin, err.message());
      }
      e.pops.push_back(std::move(rec));
    }
  }
  return e;
}

namespace {

ojson pop_elements(std::uint32_t content) {
  ojson out = ojson::array();
  for (int i = 0; i < kPopContentElementCount; ++i) {
    if ((content >> i) & 1U) out.push_back(std::string(to_string(static_cast<PopElement>(i))));
  }
  return out;
}

ojson label_json(const Label& l) {
  ojson out = ojson::object();
  out["level"] = std::string(to_string(l.level));
  out["enterprise_number"] = l.enterprise_number ? ojson(*l.enterprise_number) : ojson(nullptr);
  out["establishment_unit_number"] = l.establishment_unit_number ? ojson(*l.establishment_unit_number) : ojson(nullptr);
  return out;
}

}  // namespace

ojson enterprise_to(const Enterprise& e) {
  ojson out = ojson::object();
  out["allocation_number"] = e.allocation_number;
  out["legal_form"] = e.legal_form == LegalForm::other && !e.legal_form_text.empty() ? e.legal_form_text
                                                                                     : std::string(to_string(e.legal_form));
  out["seat"] = to_string(e.seat);
  out["other_activities"] = to_string(e.other_activities);
  out["sui_generis_division"] = e.sui_generis_division;
  out["separate_bookkeeping"] = e.separate_bookkeeping;
  out["subcontracting"] = e.subcontracting;
  out["enclave_work"] = e.enclave_work;
  out["converted"] = e.converted;
  out["allocation_date"] = date_or_null(e.allocation_date);
  out["contingent"] = ojson::array();
  for (const ContingentChange& c : e.contingent) {
    out["contingent"].push_back({{"from", c.from.iso()}, {"fte", c.fte.to_string()}});
  }
  out["transition_amounts"] = ojson::object();
  for (const auto& [year, amount] : e.transition_amounts) out["transition_amounts"][std::to_string(year)] = amount.to_string();
  out["hires"] = ojson::object();
  // Each month in the form it was given: a total, or the list of the hires' fractions. The two maps
  // are merged in month order.
  auto total = e.hires.begin();
  auto list = e.hire_fractions.begin();
  while (total != e.hires.end() || list != e.hire_fractions.end()) {
    if (list == e.hire_fractions.end() || (total != e.hires.end() && total->first < list->first)) {
      out["hires"][total->first.iso()] = total->second.to_string();
      ++total;
    } else {
      ojson arr = ojson::array();
      for (const Fte& f : list->second) arr.push_back(f.to_string());
      out["hires"][list->first.iso()] = arr;  // a month also given as a total (invalid) keeps the list
      if (total != e.hires.end() && total->first == list->first) ++total;
      ++list;
    }
  }
  out["dmfa"] = ojson::object();
  for (const auto& [quarter, lines] : e.dmfa) {
    ojson arr = ojson::array();
    for (const DmfaLine& l : lines) {
      arr.push_back({{"worker", l.worker},
                     {"fraction", l.fraction.to_string()},
                     {"reference_wage_cost_positive", l.reference_wage_cost_positive}});
    }
    out["dmfa"][quarter.iso()] = arr;
  }
  if (e.maatwerk) {
    ojson m = ojson::object();
    if (e.maatwerk->company) {
      m["company"] = {{"maatwerk_right_fte", e.maatwerk->company->maatwerk_right_fte.to_string()},
                      {"lde_right_fte", e.maatwerk->company->lde_right_fte.to_string()}};
    }
    if (e.maatwerk->division) m["division"] = {{"site_fte", e.maatwerk->division->site_fte.to_string()}};
    out["maatwerk"] = m;
  }
  out["label"] = label_json(e.label);
  out["pops"] = ojson::array();
  for (const PopRecord& r : e.pops) {
    ojson o = ojson::object();
    o["worker"] = r.worker;
    o["year"] = r.year;
    o["elements"] = pop_elements(r.content);
    o["transition"] = std::string(to_string(r.transition));
    if (r.transition == PopTransition::motivated) o["motivation"] = r.motivation;
    o["view"] = std::string(to_string(r.view));
    o["refusal"] = std::string(to_string(r.refusal));
    o["registered_on"] = date_or_null(r.registered_on);
    o["uploaded_by"] = std::string(to_string(r.uploaded_by));
    out["pops"].push_back(std::move(o));
  }
  return out;
}

ojson enterprise_decision(const EnterpriseYear& y) {
  ojson out = ojson::object();
  out["kind"] = "enterprise";
  out["year"] = y.year;
  ojson advances = ojson::object();
  ojson references = ojson::object();
  for (const MonthlyAdvance& a : y.schedule.advances) {
    advances[a.month.iso()] = a.amount.to_string();
    references[a.month.iso()] = a.payment_reference;
  }
  ojson rights = ojson::object();
  ojson settlements = ojson::object();
  for (const QuarterlySettlement& q : y.schedule.settlements) {
    rights[q.quarter.iso()] = q.right.to_string();
    settlements[q.quarter.iso()] = q.settlement.to_string();
    references[q.quarter.iso()] = q.payment_reference;
  }
  out["advances"] = advances;
  out["quarter_rights"] = rights;
  out["settlements"] = settlements;
  out["totals"] = {{"advances", y.schedule.total_advances.to_string()},
                   {"settlements", y.schedule.total_settlements.to_string()},
                   {"rights", y.schedule.total_rights.to_string()}};
  out["payment_references"] = references;
  ojson qfte = ojson::array();
  for (const Fte& f : y.scale.quarter_fte) qfte.push_back(f.to_string());
  out["scale"] = {{"average_fte", y.scale.average_fte.to_string()},
                  {"minimum", y.scale.minimum.to_string()},
                  {"compliant", y.scale.compliant},
                  {"applies", y.scale.applies},
                  {"must_comply_from", date_or_null(y.scale.must_comply_from)},
                  {"quarter_fte", qfte},
                  {"label_may_be_withdrawn", y.scale.label_may_be_withdrawn}};
  const OccupancyResult& o = y.occupancy;
  ojson qocc = ojson::array();
  for (const Percent& p : o.quarter_occupancy) qocc.push_back(p.to_string());
  out["occupancy"] = {{"measured_year", o.measured_year},
                      {"measured_in", o.measured_in.iso()},
                      {"rate", o.rate.to_string()},
                      {"minimum", o.minimum.to_string()},
                      {"quarter_occupancy", qocc},
                      {"quarters_counted", o.quarters_counted},
                      {"contingent_before", o.contingent_before.to_string()},
                      {"contingent_after", o.contingent_after.to_string()},
                      {"reduction", o.reduction.to_string()},
                      {"reduced", o.reduced},
                      {"measurable", o.measurable}};
  if (y.transition) {
    out["transition"] = {{"first_day", y.transition->first_day.iso()},
                         {"last_day", y.transition->last_day.iso()},
                         {"conditions_from", y.transition->conditions_from.iso()}};
  } else {
    out["transition"] = nullptr;
  }
  out["conditions"] = {{"met", y.conditions.met},
                       {"failing", y.conditions.failing},
                       {"applies", y.conditions.applies},
                       {"apply_from", date_or_null(y.conditions.apply_from)},
                       {"label_may_be_withdrawn", y.conditions.label_may_be_withdrawn}};
  if (y.report) {
    out["sustainability_report"] = {{"working_year", y.report->working_year}, {"due", y.report->due.iso()}};
  } else {
    out["sustainability_report"] = nullptr;
  }
  out["label"] = label_json(y.label);
  out["pop_required"] = y.pop_required;
  ojson pop_workers = ojson::array();
  for (const PopObligation& p : y.pop_workers) {
    ojson quarters = ojson::array();
    for (const Quarter& q : p.quarters) quarters.push_back(q.iso());
    ojson missing = ojson::array();
    for (PopElement m : p.check.missing) missing.push_back(std::string(to_string(m)));
    pop_workers.push_back({{"worker", p.worker},
                           {"quarters", quarters},
                           {"required", p.required},
                           {"pop", {{"status", std::string(to_string(p.check.status))},
                                    {"missing", missing},
                                    {"employer_view_only", p.check.employer_view_only}}}});
  }
  out["pop_workers"] = pop_workers;
  ojson changes = ojson::array();
  for (const ContractChange& c : y.contract_changes) {
    changes.push_back({{"worker", c.worker},
                       {"quarter", c.quarter.iso()},
                       {"fraction_before", c.fraction_before.to_string()},
                       {"fraction_after", c.fraction_after.to_string()},
                       {"change", c.extension ? "extension" : "reduction"},
                       {"new_vacancy", c.new_vacancy},
                       {"capped", c.capped}});
  }
  out["contract_changes"] = changes;
  // Decision completeness (3.1, 8.8): the quality planning and the payment dates.
  out["quality"] = {{"self_evaluation_every_years", y.self_evaluation_interval_years},
                    {"assessment_period",
                     {{"first_day", y.assessment_period.first().iso()}, {"last_day", y.assessment_period.last().iso()}}}};
  ojson payment_dates = ojson::object();
  for (const MonthlyAdvance& a : y.schedule.advances) payment_dates[a.month.iso()] = a.payment_around.iso();
  out["advance_payment_around"] = payment_dates;
  if (y.maatwerk.company || y.maatwerk.division) {
    ojson m = ojson::object();
    if (const auto& c = y.maatwerk.company) {
      m["company"] = {{"total_fte", c->total_fte.to_string()},     {"share_percent", c->share.to_string()},
                      {"minimum_fte", c->minimum_fte.to_string()}, {"minimum_share_percent", c->minimum_share.to_string()},
                      {"meets_fte", c->meets_fte},                 {"meets_share", c->meets_share},
                      {"met", c->met}};
    } else {
      m["company"] = nullptr;
    }
    if (const auto& d = y.maatwerk.division) {
      m["division"] = {{"site_fte", d->site_fte.to_string()}, {"minimum_fte", d->minimum_fte.to_string()},
                       {"meets_fte", d->meets_fte},           {"sui_generis_division", d->sui_generis},
                       {"allowed", d->allowed},               {"met", d->met}};
    } else {
      m["division"] = nullptr;
    }
    m["failing"] = y.maatwerk.failing;
    out["maatwerk"] = m;
  } else {
    out["maatwerk"] = nullptr;
  }
  return out;
}

}  // namespace detail

Enterprise parse_enterprise(std::string_view json_text, std::string_view origin) {
  const json doc = detail::parse_document(json_text, origin);
  return detail::enterprise_from(doc, "", origin);
}

std::string to_json(const Enterprise& enterprise) { return detail::enterprise_to(enterprise).dump(); }

std::string decision_json(const EnterpriseYear& year, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::enterprise_decision(year), trace, receipt).dump();
}

}  // namespace lde::io
