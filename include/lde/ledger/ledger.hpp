/// @file ledger.hpp
/// @brief The settlement ledger of one allocation: a bitemporal log of the facts the
/// compensation depends on, and what is due, paid and to regularise as known on a date.
///
/// Each fact carries the period it is about (a day on, a month, a quarter, a year) and
/// the date it became known (`known_from`). Facts are never overwritten: a correction is
/// a new fact that replaces an earlier one from its own `known_from` on (S-1, S-2). The
/// amounts are the enterprise rules applied to the facts known on a date — the monthly
/// advance (I-14), the quarterly right and settlement (I-15), the rate day by day (I-23),
/// exact cents rounded once (I-12) — never a second implementation of them.
///
/// Sources: WSE-FAQ "Vergoeding" 8.5 .. 8.9, "Vacatures" 7.5 (docs/sources.md); readings
/// I-12, I-14, I-15, I-16, I-19, I-23 and the ledger's own S-1 .. S-7 (docs/readings.md,
/// "Settlement ledger"). Field names follow the JSON format `lde-ledger/1` of
/// docs/format.md one to one, so an error's field such as `facts[3].known_from` names the
/// same thing in every front end.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::ledger {

/// What a fact is about (values fixed: JSON and the C ABI use them).
enum class FactKind {
  contingent = 1,    ///< A contingent decision: the allocated FTE from a day on (JSON "contingent"; I-19 reductions too).
  hires = 2,         ///< The MVAC hire registrations of a month: one contractual fraction per hire (JSON "hires"; I-14).
  dmfa = 3,          ///< One worker's DmfA line for a quarter: declaration, correction or withdrawal (JSON "dmfa"; I-15).
  fixed_amount = 4,  ///< A yearly temporary fixed amount of a converted enterprise (JSON "fixed_amount"; I-14).
  payment = 5        ///< A payment actually made: advance, settlement or regularisation (JSON "payment").
};
/// "contingent", "hires", "dmfa", "fixed_amount", "payment" ("unknown" outside the enumeration).
std::string_view to_string(FactKind kind) noexcept;
/// @throws Error (invalid_argument) naming @p field
FactKind parse_fact_kind(std::string_view text, std::string_view field = "kind");

/// What a DmfA fact does to the line of its quarter and worker (S-2).
enum class DmfaAction {
  declaration = 1,  ///< The first line of the worker for the quarter (JSON "declaration").
  correction = 2,   ///< Replaces the line from its known_from on (JSON "correction").
  withdrawal = 3    ///< Removes the line from its known_from on (JSON "withdrawal").
};
/// "declaration", "correction", "withdrawal" ("unknown" outside the enumeration).
std::string_view to_string(DmfaAction action) noexcept;
/// @throws Error (invalid_argument) naming @p field
DmfaAction parse_dmfa_action(std::string_view text, std::string_view field = "action");

/// What a payment pays (S-5).
enum class PaymentKind {
  advance = 1,        ///< A monthly advance, for a month (JSON "advance"; reference `Voorschot.LDE.…`, I-16).
  settlement = 2,     ///< A quarterly settlement, for a quarter (JSON "settlement"; reference `Afrekening.…`, I-16).
  regularisation = 3  ///< A regularisation of a month or a quarter (JSON "regularisation"; reference S-5).
};
/// "advance", "settlement", "regularisation" ("unknown" outside the enumeration).
std::string_view to_string(PaymentKind kind) noexcept;
/// @throws Error (invalid_argument) naming @p field
PaymentKind parse_payment_kind(std::string_view text, std::string_view field = "payment");

/// A period of the statement: a month (an advance) or a quarter (a settlement).
struct PeriodRef {
  bool is_quarter = false;      ///< A quarter, else a month.
  Month month{2015, 4};         ///< The month (when !is_quarter).
  Quarter quarter{2015, 2};     ///< The quarter (when is_quarter).
  /// `YYYY-MM` or `YYYY-Qn`.
  std::string iso() const;
  /// First day of the period.
  Date first_day() const;
  /// Last day of the period.
  Date last_day() const;
  /// Parses `YYYY-MM` or `YYYY-Qn`. @throws Error (parse_error) naming @p field
  static PeriodRef parse(std::string_view text, std::string_view field = "period");
  /// Equality.
  friend bool operator==(const PeriodRef& a, const PeriodRef& b) { return a.iso() == b.iso(); }
};

/// One fact of the log. Which members matter depends on `kind` (docs/format.md "Settlement ledger"):
/// - contingent: `from`, `fte`;
/// - hires: `month`, `fractions`;
/// - dmfa: `quarter`, `worker`, `action`, and for a declaration or correction `fraction`,
///   `reference_wage_cost_positive`;
/// - fixed_amount: `year`, `amount`;
/// - payment: `payment`, `period`, `amount` (negative: paid back), `reference`; its
///   `known_from` is the payment date (JSON "date").
struct Fact {
  FactKind kind = FactKind::contingent;      ///< What the fact is about.
  Date known_from = Date::from_ymd(2015, 4, 1);  ///< The day it became known (a payment: the day it was made).
  Date from = Date::from_ymd(2015, 4, 1);    ///< contingent: first day the contingent applies.
  Fte fte;                                   ///< contingent: the allocated FTE.
  Month month{2015, 4};                      ///< hires: the month.
  std::vector<Fte> fractions;                ///< hires: one contractual fraction per hire (I-14, I-20).
  Quarter quarter{2015, 2};                  ///< dmfa: the quarter.
  std::string worker;                        ///< dmfa: the worker id.
  DmfaAction action = DmfaAction::declaration;  ///< dmfa: declaration, correction or withdrawal.
  Fte fraction;                              ///< dmfa: the contractual performance fraction (I-20).
  bool reference_wage_cost_positive = true;  ///< dmfa: reference wage cost above 0 (I-17).
  int year = 2015;                           ///< fixed_amount: the year.
  Money amount;                              ///< fixed_amount: the yearly amount; payment: the amount paid.
  PaymentKind payment = PaymentKind::advance;  ///< payment: what it pays.
  PeriodRef period;                          ///< payment: the month or quarter it pays.
  std::string reference;                     ///< payment: the payment reference (unique in the log).
};

/// The log of one allocation. Facts may be listed in any order (S-3).
struct Log {
  std::string allocation_number;  ///< "toekenningsnummer", used in the payment references (I-16, S-5).
  std::vector<Fact> facts;        ///< Every fact ever recorded; never overwritten.
};

/// Checks the log and throws the first problem as an Error naming the field
/// (`facts[3].known_from`): a blank allocation number; a fraction above 1 or an FTE above
/// the limits (the enterprise checks, I-20); a fixed amount outside the transition years
/// (I-14, with @p params); a DmfA fact known before its quarter ended, hires known before
/// their month began, a settlement paid before its quarter ended, an advance paid before its
/// month (invalid_date, S-1); a correction or withdrawal for a worker never declared
/// earlier (not_found, S-2); a second declaration; two facts about the same thing known on
/// the same day (conflict, S-3); a payment for a period that does not exist — of the wrong
/// kind or before the first contingent of the log (not_found, S-4); a blank or duplicate
/// payment reference (conflict, S-5).
/// @throws Error (invalid_argument, invalid_date, out_of_range, conflict, not_found)
void validate(const Log& log, const ParameterSet& params);

/// Fingerprints of a computed amount, so that a stored result can be checked later.
struct LedgerReceipt {
  std::string library_version;         ///< lde version.
  std::string parameters_fingerprint;  ///< SHA-256 of the canonical parameter set.
  std::string facts_fingerprint;       ///< SHA-256 of the canonical text of the facts used, in any listing order (S-3).
};

/// One line of the statement: a month's advance or a quarter's settlement, as known on a date.
struct StatementLine {
  PeriodRef period;             ///< The month or the quarter.
  bool settled = true;          ///< A quarter: a DmfA fact for it is known (S-4); a month is always true.
  Fte fte;                      ///< The capped FTE the amount is computed from (month: MVAC; quarter: DmfA).
  Money right;                  ///< A quarter: its right (I-15); a month: its advance (I-14).
  Money due;                    ///< The amount due: the advance, or right − the quarter's advances (0 while not settled).
  Money paid;                   ///< What the payments recorded by the date paid for this line.
  Money balance;                ///< due − paid: to pay (positive) or to claim back (negative) now.
  std::string payment_reference;  ///< The reference of that regularisation (S-5); empty when the balance is 0.
  LedgerReceipt receipt;        ///< Library, parameters and the facts this line used.
};

/// The state of the allocation as known on a date (S-4).
struct Statement {
  Date as_of = Date::from_ymd(2015, 4, 1);  ///< The date K.
  std::string allocation_number;  ///< The allocation.
  /// From the first month with a contingent (or a payment) to K's month; the months of the first
  /// contingent's quarter before it too when their advance is not 0 (a temporary fixed amount, I-14).
  std::vector<StatementLine> months;
  std::vector<StatementLine> quarters;  ///< The quarters settled on K or with a payment by K.
  Money due;      ///< Σ due of every line.
  Money paid;     ///< Σ paid of every line = every payment recorded by K.
  Money balance;  ///< due − paid.
  LedgerReceipt receipt;  ///< The facts known on K.
};

/// The longest span of months a statement covers, from the first contingent to K (S-4): a bound that
/// keeps a statement's cost in proportion to a real allocation's life, however far off K is.
inline constexpr int kMaxStatementYears = 100;

/// What is due, paid and to regularise per month and quarter, as known on @p as_of:
/// rules ledger.as_of, enterprise.compensation.monthly_advance, enterprise.compensation.quarterly_settlement.
/// For every line balance + paid == due, exactly; once each line's regularisation is
/// recorded as paid (a payment of kind regularisation with that reference, dated on or
/// before @p as_of) every balance is 0 (S-5). A line with a balance and no payment known for its
/// period carries the period's ordinary I-16 reference (the advance or settlement still to pay);
/// once a payment for it is known, a balance is a regularisation (`Regularisatie.<I-16>.<n>`).
/// @throws Error as validate(); (out_of_range) naming `at` when K lies more than
/// kMaxStatementYears after the first contingent
Statement as_of(const Log& log, Date as_of, const ParameterSet& params, Trace* trace = nullptr);

/// A fact that changed an amount: its position in the log and what it says.
struct FactRef {
  std::size_t index = 0;    ///< `facts[index]`.
  std::string description;  ///< E.g. `DmfA 2025-Q2 W7 correction 0.8000 (known from 2026-02-14)`.
};

/// One version of a quarter's right (S-6).
struct QuarterVersion {
  Date from = Date::from_ymd(2015, 4, 1);  ///< The day this version became known.
  bool settled = false;      ///< A DmfA fact for the quarter is known.
  Fte dmfa_fte;              ///< Σ DmfA fractions known.
  Fte capped_fte;            ///< min(DmfA, contingent), day-weighted (E-1).
  Money right;               ///< The quarter's right (0 while not settled).
  Money advances;            ///< Σ of the three months' advances as known.
  Money due;                 ///< The quarter's total due: right when settled, else the advances.
  std::vector<FactRef> changed_by;  ///< The facts known from that day that changed it.
  LedgerReceipt receipt;     ///< The facts this version used.
};

/// Every version of @p quarter's amounts, in date order: rule ledger.history.
/// @throws Error as validate()
std::vector<QuarterVersion> history(const Log& log, Quarter quarter, const ParameterSet& params, Trace* trace = nullptr);

/// One fact's share in a difference (S-7).
struct Change {
  FactRef fact;  ///< The fact.
  Date known_from = Date::from_ymd(2015, 4, 1);  ///< When it became known.
  Money amount;  ///< What it added to the quarter's due (negative: took away).
};

/// The difference of a quarter's due between what was known on two dates (S-7).
struct Explanation {
  Quarter quarter{2015, 2};  ///< The quarter.
  Date from = Date::from_ymd(2015, 4, 1);  ///< K1.
  Date to = Date::from_ymd(2015, 4, 1);    ///< K2.
  Money due_from;             ///< The quarter's total due as known on K1.
  Money due_to;               ///< As known on K2.
  Money difference;           ///< due_to − due_from == Σ changes[i].amount, exactly.
  std::vector<Change> changes;  ///< Every fact known after K1 and on or before K2 that changed the due.
  LedgerReceipt receipt;      ///< The facts known on K2.
};

/// The difference between what was known of @p quarter on @p from and on @p to, attributed
/// to each fact that became known in between (rule ledger.explain).
/// @throws Error as validate(), and (invalid_date) naming "to" when @p to is before @p from
Explanation explain(const Log& log, Quarter quarter, Date from, Date to, const ParameterSet& params,
                    Trace* trace = nullptr);

/// The description of `log.facts[index]` used in FactRef (for front ends that list facts).
std::string describe(const Log& log, std::size_t index);

}  // namespace lde::ledger
