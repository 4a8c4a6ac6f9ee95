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

namespace {

using Clock = std::chrono::steady_clock;

double Millis(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Median of `runs` warm runs of `f` (after one run to warm the caches).
std::pair<double, uint64_t> Warm(const std::function<uint64_t()>& f, int runs = 5) {
  uint64_t result = f();
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto t = Clock::now();
    result = f();
    times.push_back(Millis(t));
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], result};
}

// Node ids are dense (a counter), so a bitmap is the visited set of a large
// expansion (a hash set of a million ids cost a quarter of a 3-hop); a small
// one stays in a hash set (zeroing a bitmap as large as the ids is 0.1 ms).
class VisitedSet {
 public:
  bool Insert(ng::NodeId id) {
    if (bits_.empty()) {
      if (!small_.insert(id).second) return false;
      ++size_;
      if (small_.size() > kSmall) {
        for (ng::NodeId s : small_) SetBit(s);
        small_.clear();
      }
      return true;
    }
    if (!SetBit(id)) return false;
    ++size_;
    return true;
  }
  uint64_t size() const { return size_; }

 private:
  static constexpr size_t kSmall = 4096;
  // Sets the bit of `id`; false if it was set.
  bool SetBit(ng::NodeId id) {
    size_t word = id / 64;
    if (word >= bits_.size()) bits_.resize(std::max(word + 1, bits_.size() * 2), 0);
    uint64_t mask = uint64_t{1} << (id % 64);
    if (bits_[word] & mask) return false;
    bits_[word] |= mask;
    return true;
  }

  std::unordered_set<ng::NodeId> small_;
  std::vector<uint64_t> bits_;
  uint64_t size_ = 0;
};

// Distinct nodes within `hops` of `start`, either direction, any type.
uint64_t Neighbourhood(const ng::Transaction& txn, ng::NodeId start, int hops) {
  VisitedSet seen;
  seen.Insert(start);
  std::vector<ng::NodeId> frontier{start}, next;
  for (int h = 0; h < hops && !frontier.empty(); ++h) {
    next.clear();
    std::sort(frontier.begin(), frontier.end());  // locality: ids near each other
    txn.AdjacentRuns(frontier, ng::Direction::kBoth, {}, [&](const ng::AdjacencyRun& run) {
      for (const ng::Neighbour* n = run.begin; n != run.end; ++n)
        if (seen.Insert(n->node)) next.push_back(n->node);
    });
    frontier.swap(next);
  }
  return seen.size() - 1;
}

// Hops of a shortest path, by a breadth-first search from both ends that
// always grows the smaller frontier.
uint64_t ShortestPath(const ng::Transaction& txn, ng::NodeId a, ng::NodeId b) {
  if (a == b) return 0;
  std::unordered_map<ng::NodeId, int> da{{a, 0}}, db{{b, 0}};
  std::vector<ng::NodeId> fa{a}, fb{b};
  for (int depth = 0; depth < 12 && !fa.empty() && !fb.empty(); ++depth) {
    bool from_a = fa.size() <= fb.size();
    auto& frontier = from_a ? fa : fb;
    auto& mine = from_a ? da : db;
    auto& theirs = from_a ? db : da;
    std::vector<ng::NodeId> next;
    uint64_t best = UINT64_MAX;
    ng::AdjacencyEntry e;
    for (ng::NodeId n : frontier)
      for (auto c = txn.Adjacent(n, ng::Direction::kBoth); c->Next(&e);) {
        if (auto it = theirs.find(e.neighbour); it != theirs.end())
          best = std::min<uint64_t>(best, mine[n] + 1 + it->second);
        if (mine.emplace(e.neighbour, mine[n] + 1).second) next.push_back(e.neighbour);
      }
    if (best != UINT64_MAX) return best;
    frontier.swap(next);
  }
  return UINT64_MAX;
}

// "Who said what about x" as the peers count it: statements ABOUT x, each
// with its speaker (SAID), from adjacency alone.
// (speaker, statement) pairs about x: the statements, then their speakers in
// one ordered walk.
uint64_t SaidAbout(const ng::Transaction& txn, ng::NodeId x) {
  std::vector<ng::NodeId> statements;
  ng::AdjacencyEntry about;
  for (auto c = txn.Adjacent(x, ng::Direction::kIncoming, {"ABOUT"}); c->Next(&about);)
    statements.push_back(about.neighbour);
  std::sort(statements.begin(), statements.end());
  // A statement ABOUT x twice is two rows, as in the peers' joins.
  std::unordered_map<ng::NodeId, uint64_t> twice;
  for (size_t i = 1; i < statements.size(); ++i)
    if (statements[i] == statements[i - 1]) ++twice[statements[i]];
  statements.erase(std::unique(statements.begin(), statements.end()), statements.end());
  uint64_t rows = 0;
  txn.AdjacentRuns(statements, ng::Direction::kIncoming, {"SAID"},
                   [&](const ng::AdjacencyRun& run) {
                     auto extra = twice.find(run.node);
                     rows += (run.end - run.begin) * (1 + (extra == twice.end() ? 0 : extra->second));
                   });
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: ng_bench DB META.json [--cold | --hops-only]\n";
    return 2;
  }
  try {
    std::ifstream meta_file(argv[2]);
    nlohmann::json meta = nlohmann::json::parse(meta_file);
    const ng::NodeId hi = meta["hi"], med = meta["med"];
    ng::OpenOptions read_only;
    read_only.read_only = true;
    if (argc > 3 && std::string(argv[3]) == "--cold") {
      auto t = Clock::now();
      auto store = ng::GraphStore::Open(argv[1], read_only);
      uint64_t n = Neighbourhood(*store->Begin(), med, 1);
      nlohmann::json out = {{"cold_open_first_query_ms", Millis(t)}, {"hop1_med", n}};
      std::cout << out.dump() << "\n";
      return 0;
    }
    auto store = ng::GraphStore::Open(argv[1], read_only);
    auto txn = store->Begin();
    ng::Engine engine(store.get());
    nlohmann::json out;
    for (int hops = 1; hops <= 3; ++hops)
      for (auto [name, id] : {std::pair<const char*, ng::NodeId>{"med", med}, {"hi", hi}}) {
        auto [ms, n] = Warm([&, id = id] { return Neighbourhood(*txn, id, hops); },
                            hops == 3 ? 3 : 5);
        std::string key = "hop" + std::to_string(hops) + "_" + name;
        out[key + "_ms"] = ms;
        out[key] = n;
      }
    if (argc > 3 && std::string(argv[3]) == "--hops-only") {  // for tuning the store
      std::cout << out.dump() << "\n";
      return 0;
    }
    std::vector<double> sp_ms;
    std::vector<uint64_t> sp_len;
    for (const auto& pair : meta["pairs"]) {
      auto [ms, len] = Warm([&] { return ShortestPath(*txn, pair[0], pair[1]); });
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
