// query/temporal.h — what the query engine does with temporal values: the
// temporal functions (date(), datetime.fromepoch(), duration.between(), …),
// component access (d.year), arithmetic and comparison.
#ifndef NEWSGRAPH_QUERY_TEMPORAL_H_
#define NEWSGRAPH_QUERY_TEMPORAL_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/temporal_value.h"
#include "query/values.h"

namespace ng::query {

// Fixes "now" for the statement about to run on this thread: date(),
// datetime.transaction(), datetime.statement() and the like all read this one
// instant (a statement runs in its own transaction); *.realtime() reads the
// system clock. Before the first call, now is the system clock.
void StartStatementClock();

// Whether `lower_name` ("date", "date.truncate", "duration.between", …) is a
// temporal function.
bool IsTemporalFunction(const std::string& lower_name);

// Calls a temporal function. Throws ng::Error: kArgument for text or fields
// that name no valid temporal ("2015-13-01", {month: 13}), kType for values
// of the wrong type, kSyntax (InvalidNumberOfArguments) for a wrong count.
Val CallTemporalFunction(const std::string& lower_name, const std::vector<Val>& args);

// A component: d.year, t.timezone, dur.days, … Throws kArgument for a name
// the kind does not have.
Val TemporalComponent(const Temporal& t, const std::string& name);

// `a op b` when either side is temporal (+, - with durations; *, / of a
// duration by a number); nullopt when neither is, so numbers and strings go
// on to ordinary arithmetic. Throws kType for a pair that has no meaning
// (date + date).
std::optional<Val> TemporalArithmetic(const std::string& op, const Val& a, const Val& b);

// <0, 0, >0 for two values of one kind on one time line (instants compare in
// UTC); nullopt for different kinds and for durations, which have no order.
std::optional<int> CompareTemporals(const Temporal& a, const Temporal& b);
// Equality: one kind and the same instant (or the same duration components).
bool TemporalsEqual(const Temporal& a, const Temporal& b);
// The total order of ORDER BY: by kind, then CompareTemporals, then fields.
int OrderTemporals(const Temporal& a, const Temporal& b);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_TEMPORAL_H_
