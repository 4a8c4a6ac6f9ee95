#include "shell/said_query.h"

#include <cctype>

#include "shell/suggest.h"

namespace ng::cli {

std::string StatementsQuery(const std::string& extra_columns) {
  return "MATCH (speaker:Actor)-[:SAID]->(s:Statement) WHERE $by IS NULL OR id(speaker) = $by "
         "OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
         "OPTIONAL MATCH (s)-[:ABOUT]->(t) "
         // Words about talks or an agreement are about its sides too: the event,
         // merged across articles, knows sides the statement's own article may
         // not name (ingest infers the same within one article).
         "OPTIONAL MATCH (s)-[:ABOUT]->(:Event)<-[:PARTICIPATED_IN {role: 'participant'}]-(side:Actor) "
         "WHERE side.kind = 'country' AND side <> speaker "
         "WITH speaker, s, a, collect(DISTINCT coalesce(t.name, t.label)) AS about, "
         "     collect(DISTINCT id(t)) + collect(DISTINCT id(side)) AS about_ids "
         "WHERE $about IS NULL OR $about IN about_ids "
         "RETURN speaker.name AS speaker, s.kind AS kind, s.text AS said, about, "
         // An unknown outlet is null, as `query` shows it (not the file's name).
         "       a.outlet AS outlet, coalesce(s.date, a.published) AS date, "
         "       s.source AS sentence, a.file AS article" +
         extra_columns + " ORDER BY date, outlet, speaker, said";
}

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
