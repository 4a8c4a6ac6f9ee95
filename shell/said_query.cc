#include "shell/said_query.h"

#include <cctype>

#include "query/statement_rows.h"
#include "shell/suggest.h"

namespace ng::cli {

std::string StatementsQuery(const std::string& extra_columns, bool unknown_speakers) {
  // Words whose source names no actor have no SAID: with no speaker asked
  // for, every statement is read and its speaker, if any, looked up.
  const std::string statements =
      unknown_speakers ? "MATCH (s:Statement) OPTIONAL MATCH (speaker:Actor)-[:SAID]->(s) WITH s, speaker "
                       : "MATCH (speaker:Actor)-[:SAID]->(s:Statement) WHERE $by IS NULL OR id(speaker) = $by ";
  return statements +
         "OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
         "OPTIONAL MATCH (s)-[:ABOUT]->(t) "
         // Words about talks or an agreement are about its sides too: the event,
         // merged across articles, knows sides the statement's own article may
         // not name (ingest infers the same within one article).
         "OPTIONAL MATCH (s)-[:ABOUT]->(:Event)<-[:PARTICIPATED_IN {role: 'participant'}]-(side:Actor) "
         "WHERE side.kind = 'country' AND (speaker IS NULL OR side <> speaker) "
         "WITH speaker, s, a, collect(DISTINCT coalesce(t.name, t.label)) AS about, "
         "     collect(DISTINCT id(t)) + collect(DISTINCT id(side)) AS about_ids "
         "WHERE $about IS NULL OR $about IN about_ids "
         // A speaker who is no actor shows as the words that name the source,
         // in parentheses ("(They)"), or "(unknown)".
         "RETURN coalesce(speaker.name, '(' + s.speaker_words + ')', '(unknown)') AS speaker, "
         "       " + query::kStatementKindShown + " AS kind, s.text AS said, about, "
         // An unknown outlet is null, as `query` shows it (not the file's name).
         "       a.outlet AS outlet, coalesce(s.date, a.published) AS date, "
         "       s.source AS sentence, a.file AS article" +
         extra_columns + " ORDER BY date, outlet, speaker, said";
}

bool UnknownSpeaker(const std::string& speaker) { return speaker.empty() || speaker[0] == '('; }

std::string NormalizedWords(const std::string& words) {
  std::string out;
  for (unsigned char c : words) {
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::unique_ptr<GraphStore> OpenForReading(const std::string& db) {
  OpenOptions read_only;
  read_only.read_only = true;
  return GraphStore::Open(db, read_only);
}

ResultValue ActorIdParameter(Engine& engine, GraphStore* store, const std::string& name) {
  if (name.empty()) return ResultValue();
  try {
    return ResultValue(static_cast<int64_t>(engine.ResolveName(name).id));
  } catch (const Error& e) {
    throw WithNearestName(e, *store->Begin());
  }
}

std::string SetSelection(Engine& engine, GraphStore* store, const std::string& by,
                         const std::string& about, QueryOptions* options) {
  options->parameters["by"] = ActorIdParameter(engine, store, by);
  options->parameters["about"] = ActorIdParameter(engine, store, about);
  std::string title;
  if (!by.empty()) title += ", by " + by;
  if (!about.empty()) title += ", about " + about;
  return title;
}

}  // namespace ng::cli
