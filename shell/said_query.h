// shell/said_query.h — the statements `said` lists and `report` shows, as
// one Cypher query: $by and $about are actor ids or null.
#ifndef NEWSGRAPH_SHELL_SAID_QUERY_H_
#define NEWSGRAPH_SHELL_SAID_QUERY_H_

#include <memory>
#include <string>

#include "query/engine.h"

namespace ng::cli {

// Sets $by and $about to the ids of the actors named (null when a name is
// empty) and returns ", by X, about Y" for a title. Throws as
// Engine::ResolveName does for an unknown or ambiguous name, an unknown one
// with the nearest name in `store` offered.
std::string SetSelection(Engine& engine, GraphStore* store, const std::string& by,
                         const std::string& about, QueryOptions* options);

// The database at `db`, opened read-only (said, report and events only read).
std::unique_ptr<GraphStore> OpenForReading(const std::string& db);

// The id of the actor `name` names (a name or an alias) as a query
// parameter, null for an empty name; an unknown or ambiguous name throws
// as Engine::ResolveName does, an unknown one with the nearest name offered.
ResultValue ActorIdParameter(Engine& engine, GraphStore* store, const std::string& name);

// Columns speaker, kind, said, about, outlet, date, sentence, article, then
// `extra_columns` (", id(s) AS id": s is the statement, a its article),
// ordered by date, outlet, speaker and words. With `unknown_speakers` (and
// $by null) statements no actor said are listed too, their speaker the
// words that name the source in parentheses ("(They)") or "(unknown)".
std::string StatementsQuery(const std::string& extra_columns = "", bool unknown_speakers = false);

// Whether a speaker cell of StatementsQuery names no actor.
bool UnknownSpeaker(const std::string& speaker);

// Words as they are compared across outlets ("the same words, different
// speakers"): lower case, letters and digits, one space between.
std::string NormalizedWords(const std::string& words);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_SAID_QUERY_H_
