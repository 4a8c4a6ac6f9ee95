// shell/memory_budget.h — the process's memory budget (`--max-memory`): an
// address-space limit set once at start-up, so that a query building huge
// strings or lists, or any other runaway work, fails with std::bad_alloc (an
// error naming the budget) instead of taking the machine's memory.
#ifndef NEWSGRAPH_SHELL_MEMORY_BUDGET_H_
#define NEWSGRAPH_SHELL_MEMORY_BUDGET_H_

#include <cstdint>
#include <string>

namespace ng::cli {

// "2G", "512M", "100000K", "1073741824" (bytes), "0" (no budget); the default
// text "auto" is a quarter of the machine's memory, at least 1 GiB. Throws
// ng::Error(kInvalidArgument) on anything else.
uint64_t ParseMemoryBudget(const std::string& text);

// Limits the address space of this process to `bytes` (0: unlimited). Under
// AddressSanitizer, which reserves terabytes of address space, it does
// nothing and returns false.
bool ApplyMemoryBudget(uint64_t bytes);

// "1.5 GiB", for messages.
std::string DescribeBytes(uint64_t bytes);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_MEMORY_BUDGET_H_
