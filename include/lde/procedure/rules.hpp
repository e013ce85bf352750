/// @file rules.hpp
/// @brief The rules of the "procedure" family: appeal deadline (WSE-FAQ 5.8, I-24),
/// referral of a job seeker (5.6), maatwerk thresholds alongside LDE (2.10, 2.11, I-29).
#pragma once

#include "lde/core/rule.hpp"

namespace lde::procedure {

/// Last day to go to the labour court after VDAB's reconsideration letter.
inline constexpr Rule kAppealDeadline{
    "worker.appeal.deadline",
    "WSE-FAQ 5.8 \"binnen twee maanden na verzending van de aangetekende brief een verzoekschrift indienen bij de "
    "arbeidsrechtbank\"; Judicial Code art. 53",
    "I-2 I-24 W-14 W-15"};
/// Whether an enterprise may propose a job seeker for a vacancy.
inline constexpr Rule kReferral{
    "worker.referral.proposal",
    "WSE-FAQ 5.6 \"op voorwaarde dat deze persoon over een recht op lokale diensteneconomie beschikt\"",
    "I-4 I-6 I-25"};
/// A maatwerkbedrijf's thresholds: at least 20 FTE target workers, at least 65 % with a maatwerk right.
inline constexpr Rule kMaatwerkCompany{
    "enterprise.maatwerk.company",
    "WSE-FAQ 1.13 \"minimaal 20 VTE doelgroepwerknemers\"; 2.10 \"niet opgenomen worden onder de 65%\"",
    "I-29"};
/// A maatwerkafdeling: at least 5 FTE yearly on one site; in an LDE enterprise only with a sui generis division.
inline constexpr Rule kMaatwerkDivision{
    "enterprise.maatwerk.division",
    "WSE-FAQ 1.11, 1.12 \"minimaal 5 VTE\"; 2.11 \"De lokale diensteneconomieonderneming dient dan wel een "
    "sui generisafdeling op te richten.\"",
    "I-29"};

/// Every rule of the family, for rule_catalog().
inline constexpr const Rule* kRules[] = {&kAppealDeadline, &kReferral, &kMaatwerkCompany, &kMaatwerkDivision};

}  // namespace lde::procedure
