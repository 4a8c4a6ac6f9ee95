// `newsgraph actors merge KEEP OTHER...` and `newsgraph actors split ACTOR
// NAME`: curation of actors by hand (ingest/actor_curation.h), each one
// transaction: all of it or nothing.
#include <cctype>
#include <iostream>

#include "graph/graph_store.h"
#include "ingest/actor_curation.h"
#include "ingest/text_util.h"
#include "query/shortcuts.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

// An actor by its name, an alias, or "#ID". A name some actor bears as its
// own wins over the same word as another's alias ("Iran" the country over
// an alias of a Tehran ministry).
Node ResolveActor(const Transaction& tx, const std::string& typed) {
  if (typed.size() > 1 && typed[0] == '#' &&
      std::all_of(typed.begin() + 1, typed.end(), [](unsigned char c) { return std::isdigit(c); })) {
    std::optional<Node> n = tx.GetNode(std::stoull(typed.substr(1)));
    if (!n || !n->HasLabel("Actor")) throw Error(ErrorKind::kNotFound, "no actor has id " + typed.substr(1));
    return *n;
  }
  std::vector<Node> named;
  for (NodeId id : tx.FindByName(typed)) {
    std::optional<Node> n = tx.GetNode(id);
    if (n && n->HasLabel("Actor") && ingest::Lower(ingest::ActorName(*n)) == ingest::Lower(typed)) named.push_back(*n);
  }
  if (named.size() == 1) return named[0];
  Node n = query::ResolveName(tx, typed);
  if (!n.HasLabel("Actor")) throw Error(ErrorKind::kNotFound, "'" + typed + "' is no actor");
  return n;
}

std::string Plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

int RunActors(const GlobalOptions& global, const ActorsArgs& args) {
  auto store = GraphStore::Open(global.db, {});
  auto tx = store->Begin();
  if (args.action == "merge") {
    Node keep = ResolveActor(*tx, args.actor);
    std::vector<ingest::MergeReport> reports;
    for (const std::string& other : args.names) {
      Node o = ResolveActor(*tx, other);
      reports.push_back(ingest::MergeActors(tx.get(), keep.id, o.id));
    }
    tx->Commit();
    for (const ingest::MergeReport& r : reports) {
      std::cout << "merged '" << r.merged << "' into '" << r.kept << "': " << Plural(r.moved, "relationship")
                << " moved (" << r.joined << " joined one it had)";
      if (r.dropped) std::cout << ", " << Plural(r.dropped, "relationship") << " between the two dropped";
      // The undo on a line of its own: one line of all of it was 230 columns.
      std::cout << ";\n  '" << r.merged << "' is now an alias of '" << r.kept << "'\n  undo: newsgraph actors split '"
                << r.kept << "' '" << r.merged << "'\n";
    }
    return 0;
  }
  Node actor = ResolveActor(*tx, args.actor);
  std::vector<ingest::SplitReport> reports;
  for (const std::string& name : args.names) reports.push_back(ingest::SplitActor(tx.get(), actor.id, name));
  tx->Commit();
  for (const ingest::SplitReport& r : reports) {
    std::cout << "split '" << r.name << "' (id " << r.restored << ") from '" << ingest::ActorName(actor) << "': "
              << Plural(r.moved_back, "relationship") << " given back";
    if (r.gone) std::cout << ", " << r.gone << " no longer there (their articles were ingested again)";
    std::cout << "\n";
  }
  return 0;
}

}  // namespace ng::cli
