// ng_bench — times the benchmark questions on a newsgraph database, through
// the store's adjacency (what traversal costs) and through the query engine
// (what a user waits for). Prints one JSON object.
//
// usage: ng_bench DB META.json [--cold | --hops-only]
//   --cold: open the database and answer one 1-hop question, once (run it in
//           a fresh process, after dropping caches if you can).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/graph_algorithms.h"
#include "graph/graph_store.h"
#include "query/engine.h"
#include "query/freed_memory.h"

namespace {

using Clock = std::chrono::steady_clock;

double Millis(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Median of `runs` warm runs of `f` (after one run to warm the caches,
// timed into `first_ms` when given).
std::pair<double, uint64_t> Warm(const std::function<uint64_t()>& f, int runs = 5,
                                 double* first_ms = nullptr) {
  auto start = Clock::now();
  uint64_t result = f();
  if (first_ms) *first_ms = Millis(start);
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto t = Clock::now();
    result = f();
    times.push_back(Millis(t));
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], result};
}

// The same breadth-first searches as the CSR floor (bench/peers/csr_floor.cc),
// with the same bookkeeping — arrays indexed by node id (ids are dense
// counters), kept across questions — so the two differ only in where the
// adjacency comes from.
class Searches {
 public:
  // Distinct nodes within `hops` of `start`, either direction, any type.
  uint64_t Neighbourhood(const ng::Transaction& txn, ng::NodeId start, int hops) {
    const uint32_t stamp = ++stamp_;
    Mark(start, stamp);
    std::vector<ng::NodeId> frontier{start}, next;
    uint64_t count = 0;
    for (int h = 0; h < hops && !frontier.empty(); ++h) {
      next.clear();
      txn.AdjacentRuns(frontier, ng::Direction::kBoth, {}, [&](const ng::AdjacencyRun& run) {
        for (const ng::Neighbour* n = run.begin; n != run.end; ++n)
          if (Mark(n->node, stamp)) {
            next.push_back(n->node);
            ++count;
          }
      });
      frontier.swap(next);
    }
    return count;
  }

  // Hops of a shortest path, by a breadth-first search from both ends that
  // always grows the smaller frontier.
  uint64_t ShortestPath(const ng::Transaction& txn, ng::NodeId a, ng::NodeId b) {
    if (a == b) return 0;
    Grow(std::max(a, b));
    std::vector<ng::NodeId> touched{a, b}, fa{a}, fb{b}, next;
    da_[a] = 0, db_[b] = 0;
    uint64_t best = UINT64_MAX;
    for (int depth = 0; depth < 12 && best == UINT64_MAX && !fa.empty() && !fb.empty(); ++depth) {
      bool from_a = fa.size() <= fb.size();
      auto& frontier = from_a ? fa : fb;
      auto& mine = from_a ? da_ : db_;
      auto& theirs = from_a ? db_ : da_;
      next.clear();
      txn.AdjacentRuns(frontier, ng::Direction::kBoth, {}, [&](const ng::AdjacencyRun& run) {
        const int32_t here = mine[run.node];
        for (const ng::Neighbour* n = run.begin; n != run.end; ++n) {
          Grow(n->node);
          if (theirs[n->node] >= 0) best = std::min<uint64_t>(best, here + 1 + theirs[n->node]);
          if (mine[n->node] < 0) {
            mine[n->node] = here + 1;
            next.push_back(n->node);
            touched.push_back(n->node);
          }
        }
      });
      frontier.swap(next);
    }
    for (ng::NodeId t : touched) da_[t] = db_[t] = -1;
    return best;
  }

 private:
  // Marks `id` with `stamp`; false if it was marked already.
  bool Mark(ng::NodeId id, uint32_t stamp) {
    if (id >= marks_.size()) marks_.resize(std::max<size_t>(id + 1, marks_.size() * 2), 0);
    if (marks_[id] == stamp) return false;
    marks_[id] = stamp;
    return true;
  }
  void Grow(ng::NodeId id) {
    if (id < da_.size()) return;
    size_t size = std::max<size_t>(id + 1, da_.size() * 2);
    da_.resize(size, -1);
    db_.resize(size, -1);
  }

  std::vector<uint32_t> marks_;
  uint32_t stamp_ = 0;
  std::vector<int32_t> da_, db_;
};

// "Who said what about x" as the peers count it: statements ABOUT x, each
// with its speaker (SAID), from adjacency alone.
// (speaker, statement) pairs about x: the statements, then their speakers in
// one ordered walk.
uint64_t SaidAbout(const ng::Transaction& txn, ng::NodeId x) {
  std::vector<ng::NodeId> statements;
  txn.AdjacentRuns({x}, ng::Direction::kIncoming, {"ABOUT"}, [&](const ng::AdjacencyRun& run) {
    for (const ng::Neighbour* n = run.begin; n != run.end; ++n) statements.push_back(n->node);
  });
  // A run lists neighbours in ascending order already.
  if (!std::is_sorted(statements.begin(), statements.end()))
    std::sort(statements.begin(), statements.end());
  // A statement ABOUT x twice is two rows, as in the peers' joins.
  std::unordered_map<ng::NodeId, uint64_t> twice;
  for (size_t i = 1; i < statements.size(); ++i)
    if (statements[i] == statements[i - 1]) ++twice[statements[i]];
  if (!twice.empty())
    statements.erase(std::unique(statements.begin(), statements.end()), statements.end());
  uint64_t rows = 0;
  txn.AdjacentRuns(statements, ng::Direction::kIncoming, {"SAID"},
                   [&](const ng::AdjacencyRun& run) {
                     uint64_t copies = 1;
                     if (!twice.empty())
                       if (auto extra = twice.find(run.node); extra != twice.end())
                         copies += extra->second;
                     rows += (run.end - run.begin) * copies;
                   });
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: ng_bench DB META.json [--cold | --hops-only]\n";
    return 2;
  }
  // As the shell does: warm runs reuse the memory the run before freed.
  ng::KeepFreedMemoryForReuse();
  try {
    std::ifstream meta_file(argv[2]);
    nlohmann::json meta = nlohmann::json::parse(meta_file);
    const ng::NodeId hi = meta["hi"], med = meta["med"];
    ng::OpenOptions read_only;
    read_only.read_only = true;
    if (argc > 3 && std::string(argv[3]) == "--cold") {
      auto t = Clock::now();
      auto store = ng::GraphStore::Open(argv[1], read_only);
      uint64_t n = Searches().Neighbourhood(*store->Begin(), med, 1);
      nlohmann::json out = {{"cold_open_first_query_ms", Millis(t)}, {"hop1_med", n}};
      std::cout << out.dump() << "\n";
      return 0;
    }
    auto store = ng::GraphStore::Open(argv[1], read_only);
    auto txn = store->Begin();
    Searches searches;
    ng::Engine engine(store.get());
    nlohmann::json out;
    for (int hops = 1; hops <= 3; ++hops)
      for (auto [name, id] : {std::pair<const char*, ng::NodeId>{"med", med}, {"hi", hi}}) {
        double first = 0;
        auto [ms, n] = Warm([&, id = id] { return searches.Neighbourhood(*txn, id, hops); },
                            hops == 3 ? 3 : 5, &first);
        std::string key = "hop" + std::to_string(hops) + "_" + name;
        out[key + "_ms"] = ms;
        // The first run reads RocksDB for what the questions before it did not.
        out[key + "_first_ms"] = first;
        out[key] = n;
      }
    if (argc > 3 && std::string(argv[3]) == "--hops-only") {  // for tuning the store
      std::cout << out.dump() << "\n";
      return 0;
    }
    std::vector<double> sp_ms;
    std::vector<uint64_t> sp_len;
    for (const auto& pair : meta["pairs"]) {
      auto [ms, len] = Warm([&] { return searches.ShortestPath(*txn, pair[0], pair[1]); });
      sp_ms.push_back(ms);
      sp_len.push_back(len);
    }
    std::sort(sp_ms.begin(), sp_ms.end());
    out["sp_ms"] = sp_ms[sp_ms.size() / 2];
    out["sp_lengths"] = sp_len;
    // Through the query engine, as a user asks.
    auto engine_ms = [&](const std::string& q) {
      return Warm([&] { return static_cast<uint64_t>(engine.Run(q).rows.size()); }, 3);
    };
    const std::string hi_name = "actor_" + std::to_string(hi);
    const std::string med_name = "actor_" + std::to_string(med);
    for (auto [name, id] : {std::pair<const char*, ng::NodeId>{"med", med}, {"hi", hi}}) {
      auto [ms, rows] = Warm([&, id = id] { return SaidAbout(*txn, id); });
      out[std::string("said_") + name + "_ms"] = ms;
      out[std::string("said_") + name] = rows;
    }
    // The full answer a user gets: speaker, words, kind, targets, outlet, date.
    for (auto [name, who] : {std::pair<const char*, std::string>{"med", med_name}, {"hi", hi_name}}) {
      auto [ms, rows] = engine_ms("WHO SAID ABOUT '" + who + "'");
      out[std::string("engine_said_") + name + "_ms"] = ms;
      out[std::string("engine_said_") + name] = rows;
    }
    {
      auto [ms, rows] = engine_ms("NEIGHBOURS OF '" + med_name + "' DEPTH 2");
      out["engine_hop2_med_ms"] = ms;
      out["engine_hop2_med"] = rows - 1;  // less the centre
    }
    {
      const auto& p = meta["pairs"][0];
      auto [ms, rows] = engine_ms("PATH FROM 'actor_" + std::to_string(p[0].get<int>()) +
                                  "' TO 'actor_" + std::to_string(p[1].get<int>()) + "' MAX 8");
      out["engine_sp_ms"] = ms;
      out["engine_sp_hops"] = rows;
    }
    // Every question again as Cypher text through the engine: the peers'
    // text (bench/peers/kuzu_peer.js) where the engine takes it, with names
    // for Kùzu's `a.id = $id` and `WHERE b <> a` for its `* SHORTEST`, which
    // leaves the start out.
    auto engine_count = [&](const std::string& q, int runs) {
      return Warm([&] {
        ng::ResultSet r = engine.Run(q);
        const int64_t* n = r.rows.size() == 1 ? r.rows[0][0].get_if<int64_t>() : nullptr;
        return n ? static_cast<uint64_t>(*n) : UINT64_MAX;
      }, runs);
    };
    for (int hops = 1; hops <= 3; ++hops)
      for (auto [name, who] : {std::pair<const char*, std::string>{"med", med_name}, {"hi", hi_name}}) {
        auto [ms, n] = engine_count("MATCH (a:Actor {name: '" + who + "'})-[*1.." + std::to_string(hops) +
                                        "]-(b) WHERE b <> a RETURN count(DISTINCT b) AS n",
                                    hops == 3 ? 3 : 5);
        std::string key = "cypher_hop" + std::to_string(hops) + "_" + name;
        out[key + "_ms"] = ms;
        out[key] = n;
      }
    for (auto [name, who] : {std::pair<const char*, std::string>{"med", med_name}, {"hi", hi_name}}) {
      auto [ms, n] = engine_count("MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor) WHERE x.name = '" +
                                      who + "' RETURN count(*) AS n", 5);
      out[std::string("cypher_said_") + name + "_ms"] = ms;
      out[std::string("cypher_said_") + name] = n;
    }
    {
      auto [ms, rows] = engine_ms("MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor {name: '" + hi_name +
                                  "'}) RETURN s.name, count(*) AS n ORDER BY n DESC LIMIT 5");
      out["cypher_top_speakers_hi_ms"] = ms;
      out["cypher_top_speakers_hi"] = rows;
    }
    {
      // Shortest paths through the engine's search from both ends
      // (query/shortest_path.cc): one warm run per pair, stopped after 30 s.
      ng::QueryOptions bounded;
      bounded.timeout_seconds = 30;
      std::vector<double> times;
      std::vector<int64_t> lengths;
      for (const auto& pair : meta["pairs"]) {
        std::string q = "MATCH p = shortestPath((a:Actor {name: 'actor_" + std::to_string(pair[0].get<int>()) +
                        "'})-[*..12]-(b:Actor {name: 'actor_" + std::to_string(pair[1].get<int>()) +
                        "'})) RETURN length(p) AS l";
        try {
          engine.Run(q, bounded);
          auto t = Clock::now();
          ng::ResultSet r = engine.Run(q, bounded);
          times.push_back(Millis(t));
          const int64_t* l = r.rows.empty() ? nullptr : r.rows[0][0].get_if<int64_t>();
          lengths.push_back(l ? *l : -1);
        } catch (const ng::Error&) {
          times.push_back(30000);
          lengths.push_back(-2);  // stopped
        }
      }
      std::sort(times.begin(), times.end());
      out["cypher_sp_ms"] = times[times.size() / 2];
      out["cypher_sp_lengths"] = lengths;
    }
    // The Boost.Graph CSR snapshot, built once per session from adjacency keys.
    {
      auto t = Clock::now();
      auto snapshot = ng::GraphSnapshot::Build(*txn);
      out["snapshot_build_ms"] = Millis(t);
      for (int hops = 1; hops <= 3; ++hops)
        for (auto [name, id] : {std::pair<const char*, ng::NodeId>{"med", med}, {"hi", hi}}) {
          auto [ms, n] = Warm([&, id = id] { return snapshot->Neighbourhood(id, hops).size() - 1; },
                              hops == 3 ? 3 : 5);
          out["snapshot_hop" + std::to_string(hops) + "_" + name + "_ms"] = ms;
        }
      std::vector<double> times;
      for (const auto& pair : meta["pairs"])
        times.push_back(Warm([&] {
                          return static_cast<uint64_t>(
                              snapshot->ShortestPaths(pair[0], pair[1], 12, ng::Direction::kBoth, false)
                                  .size());
                        }).first);
      std::sort(times.begin(), times.end());
      out["snapshot_sp_ms"] = times[times.size() / 2];
    }
    out["size_on_disk_mb"] = store->SizeOnDisk() / 1e6;
    std::cout << out.dump() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "ng_bench: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
