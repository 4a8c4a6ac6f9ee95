#include "shell/column_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ng::cli {

std::vector<size_t> FitColumns(const std::vector<size_t>& natural, std::vector<size_t> minimum,
                               size_t available, size_t floor) {
  const size_t n = natural.size();
  auto sum = [](const std::vector<size_t>& v) { return std::accumulate(v.begin(), v.end(), size_t{0}); };
  if (available == 0 || sum(natural) <= available) return natural;
  minimum.resize(n, floor);
  for (size_t i = 0; i < n; ++i) minimum[i] = std::min(minimum[i], natural[i]);
  if (sum(minimum) > available) {
    // The widest minimums come down to a common level first: words break
    // in the long columns, a date or a kind stays whole.
    auto lowered = [&](size_t level) {
      size_t total = 0;
      for (size_t m : minimum) total += std::min(m, std::max(level, floor));
      return total;
    };
    size_t level = 0, high = *std::max_element(minimum.begin(), minimum.end());
    while (level < high) {
      size_t mid = (level + high + 1) / 2;
      if (lowered(mid) <= available) level = mid;
      else high = mid - 1;
    }
    for (size_t& m : minimum) m = std::min(m, std::max(level, floor));
  }
  std::vector<size_t> widths = minimum;
  if (sum(widths) >= available) return widths;
  size_t left = available - sum(widths);
  // Water-filling: a column whose share would take it past its natural
  // width gets that width, and the others share again what is left.
  std::vector<bool> full(n);
  for (size_t i = 0; i < n; ++i) full[i] = widths[i] >= natural[i];
  for (bool changed = true; changed;) {
    changed = false;
    double weights = 0;
    for (size_t i = 0; i < n; ++i)
      if (!full[i]) weights += std::sqrt(static_cast<double>(natural[i]));
    for (size_t i = 0; i < n && !changed; ++i) {
      if (full[i]) continue;
      const double share = left * std::sqrt(static_cast<double>(natural[i])) / weights;
      if (static_cast<double>(widths[i]) + share >= static_cast<double>(natural[i])) {
        left -= natural[i] - widths[i];
        widths[i] = natural[i];
        full[i] = changed = true;
      }
    }
  }
  double weights = 0;
  for (size_t i = 0; i < n; ++i)
    if (!full[i]) weights += std::sqrt(static_cast<double>(natural[i]));
  size_t given = 0;
  for (size_t i = 0; i < n; ++i)
    if (!full[i]) {
      const size_t share = static_cast<size_t>(left * std::sqrt(static_cast<double>(natural[i])) / weights);
      widths[i] += share;
      given += share;
    }
  // Rounding down leaves a few columns over: to the widest columns first.
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return natural[a] > natural[b]; });
  for (size_t spare = left - given; spare > 0;) {
    bool gave = false;
    for (size_t i : order)
      if (spare > 0 && widths[i] < natural[i]) {
        ++widths[i];
        --spare;
        gave = true;
      }
    if (!gave) break;
  }
  return widths;
}

}  // namespace ng::cli
