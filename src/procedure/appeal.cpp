// Appeal deadline after VDAB's reconsideration (WSE-FAQ 5.8, I-24) and referral (5.6).
#include "lde/procedure/appeal.hpp"

#include "lde/core/error.hpp"
#include "lde/core/holidays.hpp"
#include "lde/procedure/rules.hpp"
#include "lde/worker/dossier.hpp"

#include <string>

namespace lde {

namespace {

constexpr int kFirstYear = 1900;  // W-11: the dates a dossier may hold
constexpr int kLastYear = 2199;

void check_range(Date d, const char* field) {
  if (d.year() < kFirstYear || d.year() > kLastYear) {
    throw Error(ErrorCode::out_of_range, field,
                d.iso() + " is outside the dates a dossier may hold (1900-01-01 .. 2199-12-31, W-11)");
  }
}

const char* weekday_name(Date d) {
  static constexpr const char* kNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return kNames[d.weekday()];
}

}  // namespace

AppealDeadline appeal_deadline(Date letter_sent, std::optional<Date> filed, const ParameterSet& params, Trace* trace) {
  check_range(letter_sent, "letter_sent");
  if (filed) {
    check_range(*filed, "filed");
    if (*filed < letter_sent) {
      throw Error(ErrorCode::invalid_argument, "filed",
                  "filing date " + filed->iso() + " is before the letter was sent on " + letter_sent.iso());
    }
  }
  TraceStep* s = begin_step(trace, procedure::kAppealDeadline);
  const Date lookup = rules_date(letter_sent, params, s);
  const std::int64_t months = params.integer("appeal.period_months", lookup, s);
  if (months < 1 || months > 120) {
    throw Error(ErrorCode::invalid_argument, "appeal.period_months",
                "appeal.period_months = " + std::to_string(months) + " (in force on " + lookup.iso() +
                    ") is outside 1..120 (W-12)");
  }
  AppealDeadline out{letter_sent, add_months(letter_sent, static_cast<int>(months)), letter_sent, {}, filed,
                     std::nullopt};
  Date d = out.nominal_last_day;
  while (!is_working_day(d)) {
    const auto h = belgian_public_holiday(d);
    out.moved_over.push_back(d.iso() + " " + weekday_name(d) +
                             (h ? std::string(", ") + std::string(h->name) + " (" + std::string(h->dutch) + ")" : ""));
    d = d.next_day();
  }
  out.last_day = d;
  if (filed) out.in_time = *filed <= out.last_day;
  if (s) {
    s->input("letter_sent", letter_sent.iso());
    if (filed) s->input("filed", filed->iso());
    s->note(letter_sent.iso() + " + " + std::to_string(months) + " months = " + out.nominal_last_day.iso() +
            " (I-2 for months)");
    for (const auto& m : out.moved_over) {
      s->note(m + " is not a working day: the deadline moves to the next day (Judicial Code art. 53, I-24)");
    }
    std::string result = "last day to file at the labour court: " + out.last_day.iso() + " (" +
                         weekday_name(out.last_day) + ")";
    if (filed) {
      result += *out.in_time ? "; filed " + filed->iso() + ": in time (W-15)"
                             : "; filed " + filed->iso() + ": too late";
    }
    s->result(result);
  }
  return out;
}

ReferralDecision referral_proposal(const RightOnDate& right, Date at, Trace* trace) {
  TraceStep* s = begin_step(trace, procedure::kReferral);
  ReferralDecision out;
  if (right.valid && right.kind == RightKind::lde) {
    out.may_propose = true;
    out.reason = "holds an LDE right in force on " + at.iso() + " (valid until " + right.last_day->iso() +
                 "): the enterprise may propose the person to VDAB for the vacancy (5.6)";
  } else if (right.valid) {
    out.reason = "holds a " + std::string(to_string(*right.kind)) + " right, not an LDE right: VDAB must first " +
                 "indicate the person before they can start an insertion trajectory (5.6, 5.12)";
  } else if (right.kind) {
    out.reason = "no right in force on " + at.iso() + " (the " + std::string(to_string(*right.kind)) +
                 " right ended on " + right.last_day->iso() + ", I-25): VDAB must first indicate the person (5.6)";
  } else {
    out.reason = "no LDE right: VDAB must first indicate the person before they can start an insertion "
                 "trajectory and the enterprise can receive compensation (5.6)";
  }
  if (s) {
    s->input("date", at.iso()).input("right.valid", right.valid ? "true" : "false");
    s->result(std::string(out.may_propose ? "may propose: " : "may not propose: ") + out.reason);
  }
  return out;
}

}  // namespace lde
