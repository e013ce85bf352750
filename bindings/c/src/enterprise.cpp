// The C ABI: enterprises and the quality calendar.
#include "internal.hpp"

#include "lde/enterprise/quality.hpp"
#include "lde/core/limits.hpp"
#include "lde/io/json.hpp"

#include <memory>

using namespace lde_c_impl;

extern "C" {

lde_status lde_enterprise_new(const char* allocation_number, lde_enterprise** out) {
  return guard([&] {
    start_out(out);
    auto e = std::make_unique<lde_enterprise>();
    e->enterprise.allocation_number = need_text(allocation_number, "allocation_number");
    lde::check_name(e->enterprise.allocation_number, "allocation_number");  // as validate(), lde/core/limits.hpp
    e->enterprise.legal_form_text = std::string(lde::to_string(e->enterprise.legal_form));
    *out = e.release();
  });
}

lde_status lde_enterprise_from_json(const char* json, lde_enterprise** out) {
  return guard([&] {
    start_out(out);
    *out = new lde_enterprise{lde::io::parse_enterprise(need_text(json, "json"), "json")};
  });
}

lde_status lde_enterprise_set_legal_form(lde_enterprise* enterprise, lde_legal_form form) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (form < LDE_LEGAL_FORM_VZW || form > LDE_LEGAL_FORM_OTHER)
      fail(LDE_STATUS_INVALID_ARGUMENT, "legal_form", "unknown legal form " + std::to_string(form) + " (1..7)");
    e.enterprise.legal_form = static_cast<lde::LegalForm>(form);
    e.enterprise.legal_form_text = std::string(lde::to_string(e.enterprise.legal_form));
  });
}

lde_status lde_enterprise_set_seat(lde_enterprise* enterprise, lde_seat seat) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (seat != LDE_SEAT_FLANDERS && seat != LDE_SEAT_BRUSSELS)
      fail(LDE_STATUS_INVALID_ARGUMENT, "seat", "unknown seat " + std::to_string(seat) + " (1 flanders, 2 brussels)");
    e.enterprise.seat = static_cast<lde::Seat>(seat);
  });
}

lde_status lde_enterprise_set_other_activities(lde_enterprise* enterprise, lde_other_activities activities) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (activities < LDE_OTHER_ACTIVITIES_NONE || activities > LDE_OTHER_ACTIVITIES_NON_COMMERCIAL)
      fail(LDE_STATUS_INVALID_ARGUMENT, "other_activities",
           "unknown value " + std::to_string(activities) + " (0 none, 1 commercial, 2 non_commercial)");
    e.enterprise.other_activities = static_cast<lde::OtherActivities>(activities);
  });
}

lde_status lde_enterprise_set_flag(lde_enterprise* enterprise, lde_enterprise_flag flag, int32_t value) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    bool* target = nullptr;
    const char* name = "";
    switch (flag) {
      case LDE_ENTERPRISE_SUI_GENERIS_DIVISION: target = &e.enterprise.sui_generis_division; name = "sui_generis_division"; break;
      case LDE_ENTERPRISE_SEPARATE_BOOKKEEPING: target = &e.enterprise.separate_bookkeeping; name = "separate_bookkeeping"; break;
      case LDE_ENTERPRISE_SUBCONTRACTING: target = &e.enterprise.subcontracting; name = "subcontracting"; break;
      case LDE_ENTERPRISE_ENCLAVE_WORK: target = &e.enterprise.enclave_work; name = "enclave_work"; break;
      case LDE_ENTERPRISE_CONVERTED: target = &e.enterprise.converted; name = "converted"; break;
      default: fail(LDE_STATUS_INVALID_ARGUMENT, "flag", "unknown enterprise flag " + std::to_string(flag) + " (1..5)");
    }
    *target = bool_of(value, name);
  });
}

lde_status lde_enterprise_set_allocation_date(lde_enterprise* enterprise, lde_date allocation_date) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    e.enterprise.allocation_date = to_optional_date(allocation_date, "allocation_date");
  });
}

lde_status lde_enterprise_add_contingent(lde_enterprise* enterprise, lde_date from, int64_t fte_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const std::size_t i = e.enterprise.contingent.size();
    e.enterprise.contingent.push_back(
        {to_date(from, indexed("contingent", i, "from")), lde::Fte::from_units(fte_units, indexed("contingent", i, "fte"))});
  });
}

lde_status lde_enterprise_set_hires(lde_enterprise* enterprise, int32_t year, int32_t month, int64_t fte_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Month m(static_cast<int>(year), static_cast<int>(month), "hires");
    const std::string field = "hires." + m.iso();
    const lde::Fte total = lde::Fte::from_units(fte_units, field);
    if (const auto list = e.enterprise.hire_fractions.find(m); list != e.enterprise.hire_fractions.end()) {
      fail(LDE_STATUS_CONFLICT, field,
           "the month already holds " + std::to_string(list->second.size()) +
               " hires (lde_enterprise_add_hire); a month is given either as a total or hire by hire (I-14)");
    }
    e.enterprise.hires[m] = total;
  });
}

lde_status lde_enterprise_add_hire(lde_enterprise* enterprise, int32_t year, int32_t month, int64_t fraction_units) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Month m(static_cast<int>(year), static_cast<int>(month), "hires");
    const std::string field = "hires." + m.iso();
    // Validate everything before touching the enterprise: a failed call leaves it unchanged.
    if (const auto total = e.enterprise.hires.find(m); total != e.enterprise.hires.end()) {
      fail(LDE_STATUS_CONFLICT, field,
           "the month already holds the total " + total->second.to_string() +
               " FTE (lde_enterprise_set_hires); a month is given either as a total or hire by hire (I-14)");
    }
    const auto existing = e.enterprise.hire_fractions.find(m);
    std::vector<lde::Fte> fractions;
    if (existing != e.enterprise.hire_fractions.end()) fractions = existing->second;
    const std::string item = field + "[" + std::to_string(fractions.size()) + "]";
    fractions.push_back(lde::Fte::from_units(fraction_units, item));
    (void)lde::sum_hire_fractions(fractions, field);  // fraction in [0, 1] (names item), sum within the bound
    e.enterprise.hire_fractions[m] = std::move(fractions);
  });
}

lde_status lde_enterprise_add_dmfa(lde_enterprise* enterprise, int32_t year, int32_t quarter, const char* worker,
                                   int64_t fraction_units, int32_t reference_wage_cost_positive) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde::Quarter q(static_cast<int>(year), static_cast<int>(quarter), "dmfa");
    // Validate everything before touching the enterprise: a failed call leaves it unchanged
    // (no empty quarter is created).
    const auto existing = e.enterprise.dmfa.find(q);
    const std::size_t index = existing == e.enterprise.dmfa.end() ? 0 : existing->second.size();
    const std::string base = "dmfa." + q.iso() + "[" + std::to_string(index) + "]";
    const char* id = need_text(worker, (base + ".worker").c_str());
    lde::check_name(id, base + ".worker");  // as validate(), lde/core/limits.hpp
    const lde::Fte fraction =
        lde::Fte::check_fraction(lde::Fte::from_units(fraction_units, base + ".fraction"), base + ".fraction");
    const bool positive = bool_of(reference_wage_cost_positive, base + ".reference_wage_cost_positive");
    lde::DmfaLine line{std::string(id), fraction, positive};
    if (existing != e.enterprise.dmfa.end()) {
      existing->second.push_back(std::move(line));
    } else {
      std::vector<lde::DmfaLine> lines;
      lines.push_back(std::move(line));
      e.enterprise.dmfa.emplace(q, std::move(lines));
    }
  });
}

lde_status lde_enterprise_set_transition_amount(lde_enterprise* enterprise, int32_t year, int64_t cents) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const std::string field = "transition_amounts." + std::to_string(year);
    if (year < 1400 || year > 9999)
      fail(LDE_STATUS_INVALID_DATE, field, "year " + std::to_string(year) + " is outside the years 1400 to 9999");
    if (cents < 0) fail(LDE_STATUS_INVALID_ARGUMENT, field, "must not be negative, got " + std::to_string(cents) + " cents");
    if (cents > lde::enterprise_limits::max_transition_amount_cents)
      fail(LDE_STATUS_OUT_OF_RANGE, field,
           "temporary fixed amount " + std::to_string(cents) + " cents is above the largest accepted " +
               std::to_string(lde::enterprise_limits::max_transition_amount_cents) + " cents (I-20)");
    // The year range of I-14 depends on the parameter set: checked by the rules and lde_enterprise_validate_with().
    e.enterprise.transition_amounts[static_cast<int>(year)] = lde::Money::from_cents(cents);
  });
}

lde_status lde_enterprise_validate(const lde_enterprise* enterprise) {
  return guard([&] { lde::validate(need(enterprise, "enterprise").enterprise); });
}

lde_status lde_enterprise_validate_with(const lde_params* params, const lde_enterprise* enterprise) {
  return guard([&] { lde::validate(need(enterprise, "enterprise").enterprise, params_or_default(params)); });
}

lde_status lde_enterprise_to_json(const lde_enterprise* enterprise, char* out, size_t out_size, size_t* out_needed) {
  return guard(
      [&] { copy_out(lde::io::to_json(need(enterprise, "enterprise").enterprise), out, out_size, out_needed); });
}

void lde_enterprise_free(lde_enterprise* enterprise) { delete enterprise; }

// --- quality calendar ---------------------------------------------------------------

lde_status lde_quality_self_evaluation_interval(const lde_params* params, lde_date at, int32_t* out_years) {
  return guard([&] {
    need(out_years, "out_years");
    *out_years = 0;
    const lde::Date day = to_date(at, "at");
    *out_years = static_cast<int32_t>(lde::self_evaluation_interval_years(day, params_or_default(params), nullptr));
  });
}

lde_status lde_quality_assessment_period(const lde_params* params, lde_date at, lde_date* out_first_day,
                                         lde_date* out_last_day) {
  return guard([&] {
    need(out_first_day, "out_first_day");
    need(out_last_day, "out_last_day");
    *out_first_day = no_date();
    *out_last_day = no_date();
    const lde::Date day = to_date(at, "at");
    const lde::Period p = lde::quality_assessment_period(day, params_or_default(params), nullptr);
    *out_first_day = from_date(p.first());
    *out_last_day = from_date(p.last());
  });
}

lde_status lde_enterprise_add_pop(lde_enterprise* enterprise, const lde_pop_record* pop) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    const lde_pop_record in = read_input_struct(pop, kPopRecordV1, "pop");
    const std::size_t i = e.enterprise.pops.size();
    const std::string field = "pops[" + std::to_string(i) + "]";
    lde::PopRecord r;
    r.worker = need_text(in.worker, indexed("pops", i, "worker").c_str());
    r.year = in.year;
    r.content = in.elements;
    r.transition = static_cast<lde::PopTransition>(in.transition);
    if (in.motivation) r.motivation = need_text(in.motivation, indexed("pops", i, "motivation").c_str());
    r.view = static_cast<lde::PopView>(in.view);
    r.refusal = static_cast<lde::PopRefusal>(in.refusal);
    r.registered_on = to_optional_date(in.registered_on, field + ".registered_on");
    r.uploaded_by = static_cast<lde::PopUploader>(in.uploaded_by);
    lde::validate(r, field);  // the checks of the JSON reader (E-16, E-17), the id's size and blankness
    e.enterprise.pops.push_back(std::move(r));
  });
}

lde_status lde_enterprise_set_label(lde_enterprise* enterprise, lde_label_level level, const char* enterprise_number,
                                    const char* establishment_unit_number) {
  return guard([&] {
    lde_enterprise& e = need(enterprise, "enterprise");
    if (level != LDE_LABEL_ENTERPRISE && level != LDE_LABEL_ESTABLISHMENT_UNIT)
      fail(LDE_STATUS_INVALID_ARGUMENT, "label.level",
           "unknown label level " + std::to_string(level) + " (1 enterprise, 2 establishment_unit)");
    lde::Label l;
    l.level = static_cast<lde::LabelLevel>(level);
    if (enterprise_number) {
      l.enterprise_number = lde::parse_kbo_number(need_text(enterprise_number, "label.enterprise_number"),
                                                  lde::KboKind::enterprise, "label.enterprise_number");
    }
    if (establishment_unit_number) {
      l.establishment_unit_number =
          lde::parse_kbo_number(need_text(establishment_unit_number, "label.establishment_unit_number"),
                                lde::KboKind::establishment_unit, "label.establishment_unit_number");
    }
    lde::validate(l);
    e.enterprise.label = std::move(l);
  });
}

}  // extern "C"
