// ingest/nlp/parse_repair.h — corrections of the parser's output where the
// grammar leaves no doubt and the statistical models err often on news text.
#ifndef NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_
#define NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_

#include <vector>

#include "ingest/nlp/syntax.h"

namespace ng::nlp {

// "Trump attacked Clinton" tagged as a participle (VBN) with a passive
// subject: an English passive clause has a passive auxiliary ("was", "got")
// and no direct object, so a "passive" subject of a verb with an object and
// no such auxiliary is its active subject; with no auxiliary at all the verb
// is a past tense (VBD).
void RepairPassiveSubjects(std::vector<Token>* tokens);

// "disputes the idea that she was ill" parsed with the "that" clause (or a
// noun modifier, an apposition) hanging from the verb: these relations
// belong to nouns, so such a dependent of a verb that follows the verb's
// object right after it hangs from that object instead.
void RepairNominalDependents(std::vector<Token>* tokens);

// "The Policy Center estimates that ..." parsed with "Center" a compound of
// the verb: a finite verb takes no compound, so a noun or name hung from it
// as one before it, when it has no subject, is its subject.
void RepairCompoundSubjects(std::vector<Token>* tokens);

// "said on Monday that strikes had stalled" parsed with "that" a relative
// pronoun of "Monday": a day or month named as when a verb's act took place
// takes no relative clause opened by "that" in news (it would be "on the
// Monday when"), so such a clause is the verb's complement, "that" its mark.
void RepairDayRelatives(std::vector<Token>* tokens);

// A sentence closed by a full stop with no verb before its first "that",
// whose parse has a common noun before that "that" for its root or that
// "that" marking the root's own clause ("A new poll shows that ...", "shows"
// tagged a plural noun), lacks its verb among the words before the "that":
// the index of that "that", else 0.
int VerblessMainClause(const std::vector<Token>& tokens);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_
