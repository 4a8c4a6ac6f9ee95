// ingest/event_identity.h — when two articles tell of one real-world event.
// An event is known across articles by keys, one per party: its category
// (its type when it has none), the party and the party's role, whether it
// took place (occurred) or is told of as to come (planned, hypothetical,
// denied: one prospective withdrawal however each article words it), and
//   dated:   the date ("2024-01-23", "2023-08", "2011") — talks held on a
//            day are not talks another article plans for it;
//   undated: the week the article was published in — undated talks between
//            two sides in the news of one week are those talks; a month
//            later they may be new ones;
//   dated, to come: also any week's, so that an undated report of the
//            prospect ("will hold talks", no date) joins it, and it joins
//            such a report told with no date of publication;
//   undated, to come, told by an article with no publication date: any
//            week's; so it joins undated mentions of any week, the earliest
//            stored when several weeks have one (the store's order, which a
//            resumed ingest keeps), and an undated mention of a dated
//            article joins it unless it has joined another week's;
//   dated, taken place: also within each coarser date ("2021-12" within
//            "2021") and as told exactly to its own precision, so that a
//            report of the year joins the act another dates to the month or
//            day, and the reverse (the node takes the finer date) — not
//            for single acts of a category that recurs (attacks: a year
//            holds many);
//   dated, taken place: also as known to reports with no date of
//            publication, so that one of those telling the act undated
//            joins it ("one unknown"): the same kind of act (one act, or a
//            campaign of them: "have attacked X 40 times") of the same
//            parties, the earliest stored when several fit;
//   undated campaign, taken place, told in a dated article: also such a
//            dated campaign (it goes on: "attacks since early May"), and
//            known so to the dated reports of it;
//   undated, taken place, told with no publication date: only such a
//            dated act it seeks — never another undated one (acts recur:
//            nothing tells which one it is) — and none when single acts of
//            its category recur between the same parties (attacks).
// Two mentions are one event when they share a key, or two keys when
// undated (one side in common is too little to tell this week's attacks on
// X from X's other troubles; the writer counts them). An undated event
// with one party ("attacks on X" with no attacker named) has a key of its
// own kind, shared only with events of that one party: such reports of a
// week join one another, never an event of several parties (whether they
// did would depend on which came first). Keys are fixed
// strings, not distances (a window of days would chain), so which mentions
// join does not depend on the order the articles arrive in — but for a
// report with no date that fits prospects of two weeks or dates: it joins
// the one stored first.
#ifndef NEWSGRAPH_INGEST_EVENT_IDENTITY_H_
#define NEWSGRAPH_INGEST_EVENT_IDENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ng::ingest {

struct EventIdentity {
  std::string category;   // or the type when the event has no category
  std::string date;       // ISO, any precision; empty when undated
  std::string mode;       // occurred | planned | hypothetical | denied
  std::string published;  // the reporting article's YYYY-MM-DD, or empty
  bool one_party = false;  // the event has a single party
  bool repeated = false;   // a campaign of acts, not one (RepeatedAct in event_date.h)
  bool recurs = false;     // its category's single acts recur (data/event_recurring.txt)
};

// The keys of a party in `role` of one mention.
struct EventKeys {
  std::vector<std::string> known_by;  // the store knows the event by these
  std::vector<std::string> sought;    // an event told before is found by these
  // Of `sought`, those that find undated events: two parties must share
  // them (one when the mention has one party).
  std::vector<std::string> sought_undated;
  // Of an act that took place: the key that knows it dated (known_by) or
  // seeks it undated with no date of publication (sought), else empty. An
  // act of one party seeks, among all those known so, the earliest of that
  // party alone (graph_writer.cc).
  std::string any_date;
};
EventKeys KeysOf(const EventIdentity& e, uint64_t party, const std::string& role);

// The mention's own key: its date, its week, or "told undated".
std::string EventKey(const EventIdentity& e, uint64_t party, const std::string& role);

// The mode of an event two reports give modes `a` and `b` (they join only
// when both took place or both are to come): the more doubtful, as within
// one mention (data/event_modes.tsv): denied, then hypothetical, then planned.
std::string JoinedMode(const std::string& a, const std::string& b);

// Whether two ISO dates of any precision can be one: equal, or one within
// the other ("2021" and "2021-12", not "2021-11" and "2021-12").
bool DatesAgree(const std::string& a, const std::string& b);

// The week (Monday to Sunday) an ISO day lies in; none when it is no day.
std::optional<int64_t> WeekOf(const std::string& iso_day);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_IDENTITY_H_
