// Internal to the population engine (src/population): the parallel row loop shared by the
// one-spell columns (population.cpp), the tables (tables.cpp) and the budget.
#pragma once

#include "lde/population/population.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/status.hpp"

#include <algorithm>
#include <cstdint>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lde::population::detail {

/// reason_bits() given the dossier's right periods (right_periods_into(), the scratch of
/// evaluate_validated(); unused, and may be empty, when the dossier has at most one right).
std::uint32_t reason_bits_with(const WorkerDossier& dossier, const WorkerStatus& status,
                               const std::vector<RightPeriod>& periods);

/// A date as a day number, kNoDate when none.
inline std::int64_t days_or_none(const std::optional<Date>& d) { return d ? d->days_since_epoch() : kNoDate; }

/// Writes row @p i of every output column @p out asks for (a null column is skipped): the one
/// mapping of a worker's status to the population columns, for the one-spell columns and the tables.
inline void write_row(const WorkerResults& out, std::size_t i, const WorkerDossier& d, const WorkerStatus& s,
                      const std::vector<RightPeriod>& periods) {
  if (out.right_kind) out.right_kind[i] = s.right.kind ? static_cast<std::int32_t>(*s.right.kind) : 0;
  if (out.right_valid) out.right_valid[i] = s.right.valid ? 1 : 0;
  if (out.right_last_day) out.right_last_day[i] = days_or_none(s.right.last_day);
  if (out.hiring_eligible) out.hiring_eligible[i] = (s.hiring && s.hiring->eligible) ? 1 : 0;
  if (out.trajectory_first_day)
    out.trajectory_first_day[i] = s.trajectory ? s.trajectory->first_day.days_since_epoch() : kNoDate;
  if (out.trajectory_last_day)
    out.trajectory_last_day[i] = s.trajectory ? s.trajectory->last_day.days_since_epoch() : kNoDate;
  if (out.absence_extension_days) out.absence_extension_days[i] = s.trajectory ? s.trajectory->absence_extension_days : 0;
  if (out.competence_extension_months)
    out.competence_extension_months[i] = s.trajectory ? s.trajectory->competence_extension_months : 0;
  if (out.continuation) out.continuation[i] = static_cast<std::int32_t>(s.continuation.kind);
  if (out.in_trajectory) out.in_trajectory[i] = s.in_trajectory ? 1 : 0;
  if (out.in_continuation) out.in_continuation[i] = s.in_continuation ? 1 : 0;
  if (out.compensated) out.compensated[i] = s.compensated ? 1 : 0;
  if (out.reason) out.reason[i] = reason_bits_with(d, s, periods);
}

inline unsigned thread_count(unsigned requested, std::size_t work) {
  unsigned n = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t useful = std::max<std::size_t>(1, work / 256);
  if (n > useful) n = static_cast<unsigned>(useful);
  return std::max(1u, n);
}

/// Runs fn(i, scratch) for i in [0, n) on several threads, each thread with its own
/// default-constructed Scratch (reused for all its rows); the exception of the
/// smallest failing index is rethrown (so the first offending row is named,
/// whatever the number of threads). @p progress, when given, is called on the
/// calling thread with the number of rows done, after each of its chunks and once
/// at the end; an exception it throws stops the work and is rethrown.
template <class Scratch, class Fn>
void parallel_rows(std::size_t n, unsigned threads, std::size_t chunk, Fn&& fn,
                   const std::function<void(std::size_t)>* progress = nullptr) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex mutex;
  std::size_t error_row = n;
  std::exception_ptr error;
  std::exception_ptr progress_error;
  auto work = [&](bool caller) {
    Scratch scratch{};
    for (;;) {
      const std::size_t begin = next.fetch_add(chunk);
      if (begin >= n) return;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (begin > error_row) return;
      }
      const std::size_t end = std::min(n, begin + chunk);
      for (std::size_t i = begin; i < end; ++i) {
        try {
          fn(i, scratch);
        } catch (...) {
          std::lock_guard<std::mutex> lock(mutex);
          if (i < error_row) {
            error_row = i;
            error = std::current_exception();
          }
          break;
        }
      }
      const std::size_t now = done.fetch_add(end - begin) + (end - begin);
      if (caller && progress != nullptr && *progress) {
        try {
          (*progress)(now);
        } catch (...) {
          std::lock_guard<std::mutex> lock(mutex);
          progress_error = std::current_exception();
          error_row = 0;  // the other threads stop at their next chunk
          return;
        }
      }
    }
  };
  if (threads <= 1) {
    work(true);
  } else {
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    try {
      for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, false);
    } catch (...) {
      // Could not start every thread: the ones started and this one do the work.
    }
    work(true);
    for (auto& t : pool) t.join();
  }
  if (progress_error) std::rethrow_exception(progress_error);
  if (error) std::rethrow_exception(error);
  if (progress != nullptr && *progress) (*progress)(n);
}

}  // namespace lde::population::detail
