// Sequences of C ABI calls on opaque handles. The input is a program: each operation is one byte
// (the call) followed by its arguments read from the next bytes (lde::fuzz::Bytes). Handles live in
// four slots per kind (parameter sets, workers, enterprises, decisions), which start empty (NULL), so
// NULL handles, _free(NULL), reuse after a failed call and freeing in any order are all exercised.
// After every call the documented contract is checked (fuzz_c_support.hpp): a known status, never
// LDE_STATUS_INTERNAL, a non-empty valid-UTF-8 message and field after a failure, *out NULL after a
// failure, copied strings NUL-terminated with the right *out_needed.
#define LDE_EXPERIMENTAL_API 1
#include "fuzz_c_support.hpp"

#include <array>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace {

using lde::fuzz::Bytes;
using lde::fuzz::check_copied;
using lde::fuzz::check_out;
using lde::fuzz::check_status;

constexpr std::size_t kSlots = 4;

/// Every lde_field value the library names (found once through lde_field_name).
const std::vector<lde_field>& fields() {
  static const std::vector<lde_field> all = [] {
    std::vector<lde_field> v;
    for (lde_field f = 0; f < 1000; ++f) {
      if (lde_field_name(f) != nullptr) v.push_back(f);
    }
    return v;
  }();
  return all;
}

/// Strings the setters meet in real use and at the edges: names, blank, invalid UTF-8, long.
const char* const kNames[] = {
    "LDE-0042", "W-1", "W-2", "", "   ", "\t", "Vzw De Kringwinkel", "\xc3\xa9\xc3\xa8", "\xff\xfe", "\xc3",
    "\xed\xa0\x80", "name\x01", nullptr};

/// JSON texts the readers meet: real dossiers, enterprises, reforms, and broken ones.
const char* const kJson[] = {
    R"({"birth_date": "1980-05-10", "rights": [{"kind": "lde", "granted": "2019-12-01"}],
        "employment": [{"employer": "LDE-1", "first_day": "2020-02-01"}],
        "absences": [{"first_day": "2021-01-04", "last_day": "2021-04-30", "reason": "illness"}]})",
    R"({"allocation_number": "LDE-0042", "legal_form": "vzw", "seat": "flanders", "allocation_date": "2015-04-01",
        "contingent": [{"from": "2015-04-01", "fte": "7.50"}], "hires": {"2026-01": "7.50", "2026-02": ["1.00", "0.50"]},
        "dmfa": {"2026-Q1": [{"worker": "W-1", "fraction": "0.80", "reference_wage_cost_positive": true}]}})",
    R"({"compensation.annual_rate_per_fte": [{"from": "2026-01-01", "value": "13400.00"}]})",
    R"({"format": "lde-reform/1", "name": "r", "changes": {"continuation.age_at_trajectory_end": 58}})",
    R"({"compensation.fixed_amount_last_year": 2017})",
    R"({"at": "2025-02-15", "worker": {"birth_date": "1980-05-10"}})",
    R"({"year": 2026, "enterprise": {"allocation_number": "LDE-1"}, "parameters": {"compensation.annual_rate_per_fte": 1e400}})",
    R"({"a": 1, "a": 2})",
    "{\"birth_date\": \"1980-05-10\", \"x\\u0000y\": 1}",
    "\xef\xbb\xbf{}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"birth_date\": \"1980-02-30\"}",
    "{",
    "",
    nullptr};

struct State {
  std::array<lde_params*, kSlots> params{};
  std::array<lde_worker*, kSlots> workers{};
  std::array<lde_enterprise*, kSlots> enterprises{};
  std::array<lde_decision*, kSlots> decisions{};
  std::string scratch;  // backing store of a fuzzer-chosen string

  ~State() {
    for (auto* p : params) lde_params_free(p);
    for (auto* w : workers) lde_worker_free(w);
    for (auto* e : enterprises) lde_enterprise_free(e);
    for (auto* d : decisions) lde_decision_free(d);
  }
};

lde_date date(Bytes& b) {
  const std::uint8_t how = b.u8();
  if (how < 200) {  // mostly real dates of the decree's years
    return lde_date{static_cast<int32_t>(b.range(2010, 2032)), static_cast<int32_t>(b.range(1, 12)),
                    static_cast<int32_t>(b.range(1, 28))};
  }
  if (how < 215) return lde_date{0, 0, 0};
  if (how < 225) return lde_date{static_cast<int32_t>(b.range(1395, 2205)), 2, 29};
  if (how < 235) return lde_date{static_cast<int32_t>(b.range(1940, 2000)), static_cast<int32_t>(b.range(1, 12)),
                                 static_cast<int32_t>(b.range(1, 31))};
  return lde_date{b.i32(), b.i32(), b.i32()};
}

std::int64_t days(Bytes& b) {
  const std::uint8_t how = b.u8();
  if (how < 200) return 16000 + b.range(-12000, 6000);  // ~1976 .. ~2060
  if (how < 230) return LDE_NO_DAYS;
  return b.i64();
}

std::int64_t fte(Bytes& b) {
  const std::uint8_t how = b.u8();
  if (how < 230) return b.range(0, 100000);
  return b.i64();
}

std::int32_t small(Bytes& b, std::int32_t lo, std::int32_t hi) {
  const std::uint8_t how = b.u8();
  if (how < 240) return static_cast<std::int32_t>(b.range(lo, hi));
  return b.i32();
}

const char* name(Bytes& b, State& st) {
  const std::uint8_t how = b.u8();
  constexpr std::size_t n = sizeof kNames / sizeof kNames[0];
  if (how < 224) return kNames[how % n];
  if (how < 254) {
    st.scratch = b.text(64);
    return st.scratch.c_str();
  }
  st.scratch.assign(static_cast<std::size_t>(b.range(256, 4096)), 'N');
  return st.scratch.c_str();
}

const char* json(Bytes& b, State& st) {
  const std::uint8_t how = b.u8();
  constexpr std::size_t n = sizeof kJson / sizeof kJson[0];
  if (how < 192) return kJson[how % n];
  st.scratch = b.text(255);
  return st.scratch.c_str();
}

std::size_t slot(Bytes& b) { return b.u8() % kSlots; }

/// A buffer size for copied strings: 0 (with NULL: a size query), tiny, or ample.
std::size_t buffer_size(Bytes& b) {
  switch (b.u8() % 4) {
    case 0: return 0;
    case 1: return static_cast<std::size_t>(b.range(1, 16));
    default: return 1 << 16;
  }
}

template <class F>
void copied(Bytes& b, const char* call, F&& f) {
  const std::size_t size = buffer_size(b);
  std::vector<char> buf(size == 0 ? 1 : size, 'z');
  std::size_t needed = 0;
  const bool ask = b.u8() % 4 != 0;
  const lde_status s = check_status(f(size == 0 ? nullptr : buf.data(), size, ask ? &needed : nullptr), call);
  if (ask) check_copied(s, size == 0 ? nullptr : buf.data(), size, needed, call);
}

void replace_decision(State& st, std::size_t k, lde_status s, lde_decision* d, const char* call) {
  check_status(s, call);
  check_out(s, d, call);
  if (s == LDE_OK) {
    lde_decision_free(st.decisions[k]);
    st.decisions[k] = d;
  }
}

void batch(Bytes& b, State& st) {
  const std::size_t rows = static_cast<std::size_t>(b.range(0, 12));
  const std::size_t n = rows == 0 ? 1 : rows;  // the arrays exist even for 0 rows
  std::vector<int64_t> birth(n), granted(n), first(n), last(n), contingent(n), approved(n), ds_first(n), ds_last(n),
      job(n);
  std::vector<int32_t> kind(n), months(n);
  std::vector<uint8_t> recognised(n), brussels(n);
  for (std::size_t i = 0; i < n; ++i) {
    birth[i] = days(b);
    granted[i] = days(b);
    first[i] = days(b);
    last[i] = days(b);
    kind[i] = small(b, 0, 4);
    recognised[i] = static_cast<uint8_t>(b.range(0, 2));
    brussels[i] = static_cast<uint8_t>(b.range(0, 1));
    contingent[i] = fte(b);
    months[i] = small(b, 0, 30);
    approved[i] = days(b);
    ds_first[i] = days(b);
    ds_last[i] = days(b);
    job[i] = days(b);
  }
  const std::uint8_t optional = b.u8();
  // The struct lies at the start of a zeroed buffer twice its size, so that a struct_size up to that
  // size (a newer caller's larger struct) stays inside the caller's memory, as the ABI requires.
  alignas(lde_worker_columns) unsigned char wbuf[2 * sizeof(lde_worker_columns)] = {};
  lde_worker_columns& w = *new (wbuf) lde_worker_columns{};
  w.struct_size = (optional & 0x80) && b.u8() < 16 ? static_cast<size_t>(b.range(0, 2 * sizeof w)) : sizeof w;
  w.rows = rows;
  w.birth_date = birth.data();
  w.right_granted = granted.data();
  w.employment_first_day = first.data();
  if (optional & 0x01) w.right_kind = kind.data();
  if (optional & 0x02) w.employment_last_day = last.data();
  if (optional & 0x04) {
    w.employer_recognised = recognised.data();
    w.employer_in_brussels = brussels.data();
  }
  if (optional & 0x08) w.employer_contingent_units = contingent.data();
  if (optional & 0x10) {
    w.competence_months = months.data();
    w.competence_approved = approved.data();
  }
  if (optional & 0x20) {
    w.doorstroom_first_day = ds_first.data();
    w.doorstroom_last_day = ds_last.data();
    w.external_job_found = job.data();
  }
  if (optional & 0x40 && rows > 0 && b.u8() < 32) w.birth_date = nullptr;  // a required column missing

  const std::size_t arows = static_cast<std::size_t>(b.range(0, 8));
  const std::size_t an = arows == 0 ? 1 : arows;
  std::vector<int64_t> aw(an), af(an), al(an);
  std::vector<int32_t> ar(an);
  for (std::size_t i = 0; i < an; ++i) {
    aw[i] = b.u8() < 240 ? b.range(0, static_cast<std::int64_t>(rows)) : b.i64();
    af[i] = days(b);
    // Wrapping on purpose (unsigned arithmetic): any 64-bit day number may reach the library.
    al[i] = b.u8() < 200 ? static_cast<int64_t>(static_cast<std::uint64_t>(af[i]) +
                                                static_cast<std::uint64_t>(b.range(-5, 400)))
                         : days(b);
    ar[i] = small(b, 0, 7);
  }
  lde_absence_columns a;
  std::memset(&a, 0, sizeof a);
  a.struct_size = sizeof a;
  a.rows = arows;
  a.worker = aw.data();
  a.first_day = af.data();
  a.last_day = al.data();
  a.reason = ar.data();

  std::vector<int32_t> o_kind(n), o_months(n), o_cont(n);
  std::vector<uint8_t> o_valid(n), o_elig(n), o_in_t(n), o_in_c(n), o_comp(n);
  std::vector<int64_t> o_last(n), o_tf(n), o_tl(n), o_ext(n);
  std::vector<uint32_t> o_reason(n);
  const std::uint8_t want = b.u8();
  lde_worker_outputs o;
  std::memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  if (want & 0x01) o.right_kind = o_kind.data();
  if (want & 0x02) o.right_valid = o_valid.data();
  if (want & 0x04) o.right_last_day = o_last.data();
  if (want & 0x08) o.hiring_eligible = o_elig.data();
  if (want & 0x10) {
    o.trajectory_first_day = o_tf.data();
    o.trajectory_last_day = o_tl.data();
    o.absence_extension_days = o_ext.data();
    o.competence_extension_months = o_months.data();
  }
  if (want & 0x20) {
    o.continuation = o_cont.data();
    o.in_trajectory = o_in_t.data();
    o.in_continuation = o_in_c.data();
  }
  if (want & 0x40) o.compensated = o_comp.data();
  if (want & 0x80) o.reason = o_reason.data();
  const std::uint8_t which = b.u8();
  const lde_params* params = which & 1 ? st.params[which / 2 % kSlots] : nullptr;
  const uint32_t threads = static_cast<uint32_t>(b.range(0, 3));
  const int64_t at = days(b);
  check_status(lde_evaluate_workers(params, (which & 0x40) ? nullptr : &w, arows == 0 && (which & 0x80) ? nullptr : &a,
                                    at, threads, (which & 0x20) && b.u8() < 32 ? nullptr : &o),
               "lde_evaluate_workers");
}

void decision_reads(Bytes& b, State& st) {
  const lde_decision* d = st.decisions[slot(b)];  // may be NULL
  const auto& all = fields();
  const lde_field f = b.u8() < 240 ? all[b.u8() % all.size()] : b.i32();
  const int32_t index = b.u8() < 240 ? static_cast<int32_t>(b.range(-1, 13)) : b.i32();
  switch (b.u8() % 12) {
    case 0: {
      lde_decision_kind k = 0;
      check_status(lde_decision_kind_of(d, &k), "lde_decision_kind_of");
      break;
    }
    case 1: {
      int32_t v = 0;
      check_status(lde_decision_has(d, f, index, &v), "lde_decision_has");
      break;
    }
    case 2: {
      int32_t v = 0;
      check_status(lde_decision_get_bool(d, f, index, b.u8() < 16 ? nullptr : &v), "lde_decision_get_bool");
      break;
    }
    case 3: {
      int64_t v = 0;
      check_status(lde_decision_get_int(d, f, index, &v), "lde_decision_get_int");
      break;
    }
    case 4: {
      lde_date v{};
      check_status(lde_decision_get_date(d, f, index, &v), "lde_decision_get_date");
      break;
    }
    case 5: {
      int64_t v = 0;
      check_status(lde_decision_get_cents(d, f, index, &v), "lde_decision_get_cents");
      check_status(lde_decision_get_fte_units(d, f, index, &v), "lde_decision_get_fte_units");
      check_status(lde_decision_get_percent_hundredths(d, f, index, &v), "lde_decision_get_percent_hundredths");
      break;
    }
    case 6:
      copied(b, "lde_decision_get_text",
             [&](char* out, size_t size, size_t* needed) { return lde_decision_get_text(d, f, index, out, size, needed); });
      break;
    case 7: {
      size_t n = 0;
      if (check_status(lde_decision_failing_count(d, &n), "lde_decision_failing_count") == LDE_OK) {
        const char* id = nullptr;
        const size_t i = static_cast<size_t>(b.range(0, static_cast<std::int64_t>(n) + 1));
        if (check_status(lde_decision_failing_id(d, i, &id), "lde_decision_failing_id") == LDE_OK &&
            !lde::fuzz::valid_utf8(id)) {
          lde::fuzz::violation("failing id is not valid UTF-8", id);
        }
      }
      break;
    }
    case 8: {
      size_t n = 0;
      if (check_status(lde_decision_step_count(d, &n), "lde_decision_step_count") != LDE_OK) break;
      const size_t s = static_cast<size_t>(b.range(0, static_cast<std::int64_t>(n)));
      lde_trace_step step;
      std::memset(&step, 0, sizeof step);
      step.struct_size = b.u8() < 16 ? static_cast<size_t>(b.range(0, 2 * sizeof step)) : sizeof step;
      if (check_status(lde_decision_step(d, s, &step), "lde_decision_step") != LDE_OK) break;
      const size_t i = static_cast<size_t>(b.range(0, 3));
      const char* t = nullptr;
      const char* v = nullptr;
      check_status(lde_decision_step_interpretation(d, s, i, &t), "lde_decision_step_interpretation");
      check_status(lde_decision_step_input(d, s, i, &t, &v), "lde_decision_step_input");
      check_status(lde_decision_step_note(d, s, i, &t), "lde_decision_step_note");
      lde_parameter_use use;
      std::memset(&use, 0, sizeof use);
      use.struct_size = sizeof use;
      check_status(lde_decision_step_parameter(d, s, i, &use), "lde_decision_step_parameter");
      break;
    }
    case 9: {
      size_t n = 0;
      if (check_status(lde_decision_right_period_count(d, &n), "lde_decision_right_period_count") == LDE_OK) {
        lde_right_period r;
        std::memset(&r, 0, sizeof r);
        r.struct_size = sizeof r;
        check_status(lde_decision_right_period(d, static_cast<size_t>(b.range(0, 3)), &r), "lde_decision_right_period");
      }
      if (check_status(lde_decision_absence_count(d, &n), "lde_decision_absence_count") == LDE_OK) {
        lde_absence_judgement j;
        std::memset(&j, 0, sizeof j);
        j.struct_size = sizeof j;
        const size_t i = static_cast<size_t>(b.range(0, 3));
        check_status(lde_decision_absence(d, i, &j), "lde_decision_absence");
        size_t src = 0;
        check_status(lde_decision_absence_source(d, i, static_cast<size_t>(b.range(0, 3)), &src),
                     "lde_decision_absence_source");
      }
      break;
    }
    case 10: {
      size_t n = 0;
      check_status(lde_decision_pop_worker_count(d, &n), "lde_decision_pop_worker_count");
      int32_t required = 0, mask = 0;
      const size_t i = static_cast<size_t>(b.range(0, 3));
      copied(b, "lde_decision_pop_worker", [&](char* out, size_t size, size_t* needed) {
        return lde_decision_pop_worker(d, i, out, size, needed, &required, &mask);
      });
      break;
    }
    default:
      copied(b, "lde_decision_json",
             [&](char* out, size_t size, size_t* needed) { return lde_decision_json(d, out, size, needed); });
      copied(b, "lde_x_decision_trace_text",
             [&](char* out, size_t size, size_t* needed) { return lde_x_decision_trace_text(d, out, size, needed); });
      break;
  }
}

void step(Bytes& b, State& st) {
  const std::uint8_t op = b.u8();
  switch (op % 40) {
    case 0: {
      const std::size_t k = slot(b);
      lde_params* p = nullptr;
      const lde_status s = check_status(lde_params_default(&p), "lde_params_default");
      check_out(s, p, "lde_params_default");
      if (s == LDE_OK) {
        lde_params_free(st.params[k]);
        st.params[k] = p;
      }
      break;
    }
    case 1: {
      const std::size_t k = slot(b);
      const lde_params* base = st.params[slot(b)];
      lde_params* p = nullptr;
      const lde_status s = check_status(lde_params_with_changes(base, json(b, st), &p), "lde_params_with_changes");
      check_out(s, p, "lde_params_with_changes");
      if (s == LDE_OK) {
        lde_params_free(st.params[k]);
        st.params[k] = p;
      }
      break;
    }
    case 2: {
      lde_params* p = nullptr;
      const lde_status s = check_status(lde_params_from_json(json(b, st), &p), "lde_params_from_json");
      check_out(s, p, "lde_params_from_json");
      lde_params_free(p);
      break;
    }
    case 3: {
      const lde_params* p = st.params[slot(b)];
      copied(b, "lde_params_fingerprint",
             [&](char* out, size_t size, size_t* needed) { return lde_params_fingerprint(p, out, size, needed); });
      copied(b, "lde_x_params_to_json",
             [&](char* out, size_t size, size_t* needed) { return lde_x_params_to_json(p, out, size, needed); });
      break;
    }
    case 4: {
      const std::size_t k = slot(b);
      lde_params_free(st.params[k]);
      st.params[k] = nullptr;
      break;
    }
    case 5: {
      const std::size_t k = slot(b);
      lde_worker* w = nullptr;
      const lde_status s = check_status(lde_worker_new(date(b), b.u8() < 8 ? nullptr : &w), "lde_worker_new");
      if (s == LDE_OK) {
        lde_worker_free(st.workers[k]);
        st.workers[k] = w;
      }
      break;
    }
    case 6: {
      const std::size_t k = slot(b);
      lde_worker* w = nullptr;
      const lde_status s = check_status(lde_worker_from_json(json(b, st), &w), "lde_worker_from_json");
      check_out(s, w, "lde_worker_from_json");
      if (s == LDE_OK) {
        lde_worker_free(st.workers[k]);
        st.workers[k] = w;
      }
      break;
    }
    case 7:
      check_status(lde_worker_add_right(st.workers[slot(b)], small(b, 0, 4), date(b)), "lde_worker_add_right");
      break;
    case 8: {
      lde_worker* w = st.workers[slot(b)];
      alignas(lde_employment) unsigned char ebuf[2 * sizeof(lde_employment)] = {};  // as wbuf above
      lde_employment& e = *new (ebuf) lde_employment{};
      e.struct_size = b.u8() < 16 ? static_cast<size_t>(b.range(0, 2 * sizeof e)) : sizeof e;
      e.employer = name(b, st);
      e.first_day = date(b);
      e.last_day = b.u8() < 160 ? lde_date{0, 0, 0} : date(b);
      e.employer_recognised = small(b, 0, 2);
      e.employer_in_brussels = small(b, 0, 1);
      e.employer_contingent_units = fte(b);
      check_status(lde_worker_add_employment(w, b.u8() < 8 ? nullptr : &e), "lde_worker_add_employment");
      break;
    }
    case 9: {
      lde_worker* w = st.workers[slot(b)];
      const lde_date first = date(b);
      const lde_date last = date(b);
      check_status(lde_worker_add_absence(w, first, last, small(b, 0, 7)), "lde_worker_add_absence");
      break;
    }
    case 10: {
      lde_worker* w = st.workers[slot(b)];
      const int32_t months = small(b, -2, 30);
      check_status(lde_worker_add_competence_extension(w, months, date(b)), "lde_worker_add_competence_extension");
      break;
    }
    case 11: {
      lde_worker* w = st.workers[slot(b)];
      const lde_date first = date(b);
      const lde_date last = date(b);
      check_status(lde_worker_set_doorstroom(w, first, last, date(b)), "lde_worker_set_doorstroom");
      break;
    }
    case 12: {
      lde_worker* w = st.workers[slot(b)];
      const lde_date first = date(b);
      check_status(lde_worker_add_non_cooperation(w, first, date(b)), "lde_worker_add_non_cooperation");
      break;
    }
    case 13:
      check_status(lde_worker_validate(st.workers[slot(b)]), "lde_worker_validate");
      break;
    case 14: {
      const lde_worker* w = st.workers[slot(b)];
      copied(b, "lde_worker_to_json",
             [&](char* out, size_t size, size_t* needed) { return lde_worker_to_json(w, out, size, needed); });
      break;
    }
    case 15: {
      const std::size_t k = slot(b);
      lde_worker_free(st.workers[k]);
      st.workers[k] = nullptr;
      break;
    }
    case 16: {
      const std::size_t k = slot(b);
      lde_enterprise* e = nullptr;
      const lde_status s = check_status(lde_enterprise_new(name(b, st), &e), "lde_enterprise_new");
      check_out(s, e, "lde_enterprise_new");
      if (s == LDE_OK) {
        lde_enterprise_free(st.enterprises[k]);
        st.enterprises[k] = e;
      }
      break;
    }
    case 17: {
      const std::size_t k = slot(b);
      lde_enterprise* e = nullptr;
      const lde_status s = check_status(lde_enterprise_from_json(json(b, st), &e), "lde_enterprise_from_json");
      check_out(s, e, "lde_enterprise_from_json");
      if (s == LDE_OK) {
        lde_enterprise_free(st.enterprises[k]);
        st.enterprises[k] = e;
      }
      break;
    }
    case 18:
      check_status(lde_enterprise_set_legal_form(st.enterprises[slot(b)], small(b, 0, 8)), "lde_enterprise_set_legal_form");
      break;
    case 19:
      check_status(lde_enterprise_set_seat(st.enterprises[slot(b)], small(b, 0, 3)), "lde_enterprise_set_seat");
      break;
    case 20:
      check_status(lde_enterprise_set_other_activities(st.enterprises[slot(b)], small(b, 0, 3)),
                   "lde_enterprise_set_other_activities");
      break;
    case 21: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t flag = small(b, 0, 6);
      check_status(lde_enterprise_set_flag(e, flag, small(b, 0, 2)), "lde_enterprise_set_flag");
      break;
    }
    case 22:
      check_status(lde_enterprise_set_allocation_date(st.enterprises[slot(b)], date(b)), "lde_enterprise_set_allocation_date");
      break;
    case 23: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const lde_date from = date(b);
      check_status(lde_enterprise_add_contingent(e, from, fte(b)), "lde_enterprise_add_contingent");
      break;
    }
    case 24: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t year = small(b, 2013, 2030);
      const int32_t month = small(b, 0, 13);
      check_status(lde_enterprise_set_hires(e, year, month, fte(b)), "lde_enterprise_set_hires");
      break;
    }
    case 25: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t year = small(b, 2013, 2030);
      const int32_t month = small(b, 0, 13);
      check_status(lde_enterprise_add_hire(e, year, month, b.u8() < 200 ? b.range(0, 10001) : b.i64()),
                   "lde_enterprise_add_hire");
      break;
    }
    case 26: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t year = small(b, 2013, 2030);
      const int32_t quarter = small(b, 0, 5);
      const char* worker = name(b, st);
      const int64_t fraction = b.u8() < 200 ? b.range(0, 10001) : b.i64();
      check_status(lde_enterprise_add_dmfa(e, year, quarter, worker, fraction, small(b, 0, 2)), "lde_enterprise_add_dmfa");
      break;
    }
    case 27: {
      lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t year = small(b, 2013, 2030);
      check_status(lde_enterprise_set_transition_amount(e, year, b.u8() < 200 ? b.range(-1, 2000000) : b.i64()),
                   "lde_enterprise_set_transition_amount");
      break;
    }
    case 28:
      check_status(lde_enterprise_validate(st.enterprises[slot(b)]), "lde_enterprise_validate");
      check_status(lde_enterprise_validate_with(st.params[slot(b)], st.enterprises[slot(b)]), "lde_enterprise_validate_with");
      break;
    case 29: {
      const lde_enterprise* e = st.enterprises[slot(b)];
      copied(b, "lde_enterprise_to_json",
             [&](char* out, size_t size, size_t* needed) { return lde_enterprise_to_json(e, out, size, needed); });
      break;
    }
    case 30: {
      const std::size_t k = slot(b);
      lde_enterprise_free(st.enterprises[k]);
      st.enterprises[k] = nullptr;
      break;
    }
    case 31: {
      const std::size_t k = slot(b);
      const lde_params* p = st.params[slot(b)];
      const lde_worker* w = st.workers[slot(b)];
      const lde_date at = date(b);
      const int flags = b.u8() < 240 ? static_cast<int>(b.range(0, 1)) : b.i32();
      lde_decision* d = nullptr;
      const lde_status s = lde_evaluate_worker(p, w, at, flags, &d);  // before d is read
      replace_decision(st, k, s, d, "lde_evaluate_worker");
      break;
    }
    case 32: {
      const std::size_t k = slot(b);
      const lde_params* p = st.params[slot(b)];
      const lde_enterprise* e = st.enterprises[slot(b)];
      const int32_t year = small(b, 2013, 2030);
      const int flags = b.u8() < 240 ? static_cast<int>(b.range(0, 1)) : b.i32();
      lde_decision* d = nullptr;
      const lde_status s = lde_evaluate_enterprise(p, e, year, flags, &d);  // before d is read
      replace_decision(st, k, s, d, "lde_evaluate_enterprise");
      break;
    }
    case 33: {
      const lde_params* p = st.params[slot(b)];
      const char* input = json(b, st);
      const int flags = static_cast<int>(b.range(0, 1));
      copied(b, "lde_evaluate_json", [&](char* out, size_t size, size_t* needed) {
        return lde_evaluate_json(p, input, flags, out, size, needed);
      });
      break;
    }
    case 34:
    case 35:
      decision_reads(b, st);
      break;
    case 36: {
      const std::size_t k = slot(b);
      lde_decision_free(st.decisions[k]);
      st.decisions[k] = nullptr;
      break;
    }
    case 37:
      batch(b, st);
      break;
    case 38: {
      const lde_date d = date(b);
      int64_t n = 0;
      lde_date back{};
      check_status(lde_date_check(d), "lde_date_check");
      check_status(lde_date_to_days(d, b.u8() < 8 ? nullptr : &n), "lde_date_to_days");
      check_status(lde_date_from_days(days(b), &back), "lde_date_from_days");
      int32_t years = 0;
      lde_date first{}, last{};
      const lde_params* p = st.params[slot(b)];
      check_status(lde_quality_self_evaluation_interval(p, date(b), &years), "lde_quality_self_evaluation_interval");
      check_status(lde_quality_assessment_period(p, date(b), &first, &last), "lde_quality_assessment_period");
      break;
    }
    default: {
      const int32_t f = b.i32();
      lde_value_type t = 0;
      const char* n = lde_field_name(f);
      if (n != nullptr && !lde::fuzz::valid_utf8(n)) lde::fuzz::violation("field name is not valid UTF-8", n);
      check_status(lde_field_type(f, &t), "lde_field_type");
      lde_reason_rule r;
      std::memset(&r, 0, sizeof r);
      r.struct_size = sizeof r;
      check_status(lde_reason_rule_of(b.u8() < 200 ? 1u << (b.u8() % 32) : b.u32(), &r), "lde_reason_rule_of");
      if (lde_status_string(b.i32()) == nullptr) lde::fuzz::violation("lde_status_string gave NULL", "");
      if (lde_version() != LDE_VERSION_NUMBER) lde::fuzz::violation("lde_version() differs from the header", "");
      break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Bytes b(data, size);
  State st;
  for (int ops = 0; ops < 64 && !b.empty(); ++ops) step(b, st);
  return 0;
}
