/// @file lde.hpp
/// @brief Umbrella header: the whole C++ API of lde.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/core/rule.hpp"
#include "lde/version.hpp"
