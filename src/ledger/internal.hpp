// Internal to the settlement ledger (not installed): the state of the facts known on a
// date (S-1, S-2) as the enterprise input the compensation rules read, and the receipts.
#pragma once

#include "lde/enterprise/enterprise.hpp"
#include "lde/ledger/ledger.hpp"

#include <string>
#include <vector>

namespace lde::ledger_detail {

/// Which facts of a log count: `included[i]` for `log.facts[i]`.
using Selection = std::vector<char>;

/// The facts known on @p k: known_from <= k (a payment: made on or before k), S-1.
Selection known_on(const ledger::Log& log, Date k);

/// The enterprise the compensation rules read, built from the selected facts (S-2): per
/// contingent day, per month, per quarter and worker, per year the selected fact known last;
/// a withdrawn DmfA line is absent. The legal form is not read by the compensation rules
/// (it is the conditions' question, not the ledger's) and is left as vzw.
Enterprise snapshot(const ledger::Log& log, const Selection& included);

/// A DmfA fact for @p quarter is selected: the quarter's settlement exists (S-4).
bool settled(const ledger::Log& log, const Selection& included, Quarter quarter);

/// The fact feeds the amounts of @p quarter (its contingent, its months' hires, its DmfA, its year's fixed amount).
bool feeds_quarter(const ledger::Fact& f, Quarter quarter);
/// The fact feeds the line of @p period: its amounts (a month: contingent, hires, fixed amount;
/// a quarter: feeds_quarter()) or its payments.
bool feeds_line(const ledger::Fact& f, const ledger::PeriodRef& period);

/// The canonical one-line text of a fact (the fingerprint's unit and the tie-break of S-3, S-7).
std::string canonical(const ledger::Fact& f);

/// The receipt of the selected facts for which @p keep holds (SHA-256 of their sorted canonical lines).
template <class Keep>
ledger::LedgerReceipt receipt_of(const ledger::Log& log, const Selection& included, const ParameterSet& params,
                                 Keep&& keep);
ledger::LedgerReceipt make_receipt(std::vector<std::string> lines, const ParameterSet& params);

template <class Keep>
ledger::LedgerReceipt receipt_of(const ledger::Log& log, const Selection& included, const ParameterSet& params,
                                 Keep&& keep) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    if (included[i] && keep(log.facts[i])) lines.push_back(canonical(log.facts[i]));
  }
  return make_receipt(std::move(lines), params);
}

}  // namespace lde::ledger_detail
