// ingest/event_date.h — when an event happened, from the words the parse
// ties to its trigger: its own temporal modifiers ("the strikes on
// Tuesday", "met in August") and those of the clause it is an argument of
// ("Norway launched strikes on Tuesday"), but never those of a reporting
// verb above it ("announced on Thursday the start of talks" dates the
// announcement, not the talks).
#ifndef NEWSGRAPH_INGEST_EVENT_DATE_H_
#define NEWSGRAPH_INGEST_EVENT_DATE_H_

#include <string>
#include <string_view>

#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// The date of the event whose trigger is token `trigger` of `sentence`
// (YYYY-MM-DD, YYYY-MM or YYYY), resolved against `published`; empty when
// the words tied to the trigger name none. `text` is the text the parse's
// offsets refer to; `ahead`: the event is still to come (a weekday is the
// next one, and a date before `published` is the planning's: "agreed in
// 2019 to open talks" plans talks, not for 2019).
std::string EventDate(const nlp::Sentence& sentence, int trigger, std::string_view text,
                      const std::string& published, const Lexicon& lexicon, bool ahead = false);

// Whether the trigger tells of an act repeated or going on over a time, not
// of one act: "have attacked ships 40 times", "attacked repeatedly", "have
// attacked ships since May", "attacks since May". Such a campaign has no
// day, and takes none from the rest of its sentence.
bool RepeatedAct(const nlp::Sentence& sentence, int trigger);

// "have attacked bases 40 times, including twice on Thursday": the date of
// a dated act the campaign at `trigger` is said to include, else empty.
std::string IncludedActDate(const nlp::Sentence& sentence, int trigger, std::string_view text,
                            const std::string& published);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_DATE_H_
