/// @file rules.hpp
/// @brief The rules of the "pop" family: the content, transition focus, refusal paths and
/// registration of a target worker's yearly personal development plan (WSE-FAQ "POP" 6.1, 6.5,
/// 6.6, 6.8, 6.9; readings E-13, E-16, E-17, E-18).
#pragma once

#include "lde/core/rule.hpp"

namespace lde::pop {

/// Whether one target worker's POP for one year is there and complete.
inline constexpr Rule kPopCheck{
    "enterprise.pop.check",
    "WSE-FAQ \"POP\" 6.1 \"Het persoonlijk ontwikkelingsplan omvat een actieplan op maat van de doelgroepwerknemer "
    "met daarin minimaal\"; 6.5 \"Wel dient elk POP-gesprek een schriftelijke neerslag te hebben\"; 6.6; 6.8; 6.9",
    "E-13 E-16 E-17 E-18"};

/// Every rule of the family, for rule_catalog().
inline constexpr const Rule* kRules[] = {&kPopCheck};

}  // namespace lde::pop
