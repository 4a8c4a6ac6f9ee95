// shortestPath and allShortestPaths between bound nodes run as a search from
// both ends (query/shortest_path.cc). They must give exactly the paths, in
// the same order, that the one-sided breadth-first search they replaced
// gave: that search is kept here as the reference.
#include <catch2/catch.hpp>

#include <deque>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

// The one-sided search the engine used before (query/pattern_match.cc up to
// 299d3a4): breadth-first from `a`, every parent on a shortest route kept, the
// paths unwound from `b`. Each path as "[node ids],[relationship ids]".
std::string ReferencePaths(const ng::Transaction& txn, ng::NodeId a, ng::NodeId b,
                           ng::Direction dir, const std::vector<std::string>& types,
                           int64_t min_hops, int64_t max, bool all) {
  std::map<ng::NodeId, int64_t> dist{{a, 0}};
  std::map<ng::NodeId, std::vector<std::pair<ng::NodeId, ng::RelId>>> parents;
  std::deque<ng::NodeId> queue{a};
  while (!queue.empty()) {
    ng::NodeId at = queue.front();
    queue.pop_front();
    if (dist[at] >= max || (dist.count(b) && dist[at] >= dist[b])) continue;
    auto c = txn.Adjacent(at, dir, types);
    ng::AdjacencyEntry e;
    while (c->Next(&e)) {
      auto it = dist.find(e.neighbour);
      if (it == dist.end()) {
        dist[e.neighbour] = dist[at] + 1;
        parents[e.neighbour].push_back({at, e.relationship});
        queue.push_back(e.neighbour);
      } else if (it->second == dist[at] + 1) {
        parents[e.neighbour].push_back({at, e.relationship});
      }
    }
  }
  std::string out;
  if (!dist.count(b) || (a == b && min_hops > 0) || dist[b] < min_hops) return out;
  std::vector<ng::NodeId> nodes{b};
  std::vector<ng::RelId> rels;
  std::function<void(ng::NodeId)> unwind = [&](ng::NodeId at) {
    if (at == a) {
      std::string n, r;
      for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        n += (n.empty() ? "" : ",") + std::to_string(*it);
      for (auto it = rels.rbegin(); it != rels.rend(); ++it)
        r += (r.empty() ? "" : ",") + std::to_string(*it);
      out += "[" + n + "],[" + r + "]\n";
      return;
    }
    for (const auto& [parent, rel] : parents[at]) {
      rels.push_back(rel);
      nodes.push_back(parent);
      unwind(parent);
      nodes.pop_back();
      rels.pop_back();
      if (!all) return;
    }
  };
  unwind(b);
  return out;
}

// The engine's answer in the same form.
std::string EnginePaths(QueryFixture& f, ng::NodeId a, ng::NodeId b, const std::string& pattern,
                        bool all) {
  return f.Lines(std::string("MATCH p = ") + (all ? "allShortestPaths(" : "shortestPath(") + pattern +
                 ") WHERE id(a) = " + std::to_string(a) + " AND id(b) = " + std::to_string(b) +
                 " RETURN [n IN nodes(p) | id(n)], [r IN relationships(p) | id(r)]");
}

}  // namespace

TEST_CASE("shortest paths from both ends equal the one-sided search's on random graphs",
          "[query][shortest]") {
  struct Variant {
    const char* pattern;
    ng::Direction dir;
    std::vector<std::string> types;
    int64_t min_hops, max_hops;
  };
  const std::vector<Variant> variants = {
      {"(a)-[*..6]-(b)", ng::Direction::kBoth, {}, 1, 6},
      {"(a)-[*]->(b)", ng::Direction::kOutgoing, {}, 1, 15},
      {"(a)<-[*..5]-(b)", ng::Direction::kIncoming, {}, 1, 5},
      {"(a)-[:R*..6]-(b)", ng::Direction::kBoth, {"R"}, 1, 6},
      {"(a)-[:S|R*1..4]->(b)", ng::Direction::kOutgoing, {"S", "R"}, 1, 4},
      {"(a)-[:Q*..6]-(b)", ng::Direction::kBoth, {"Q"}, 1, 6},  // no such type
      {"(a)-[*2..6]-(b)", ng::Direction::kBoth, {}, 2, 6},
      {"(a)-[*3..6]-(b)", ng::Direction::kBoth, {}, 3, 6},
      {"(a)-[*0..3]-(b)", ng::Direction::kBoth, {}, 0, 3},
      {"(a)-[*..2]-(b)", ng::Direction::kBoth, {}, 1, 2},
      {"(a)-[]-(b)", ng::Direction::kBoth, {}, 1, 1},
  };
  for (uint32_t seed : {1u, 2u, 3u}) {
    QueryFixture f;
    std::mt19937 rng(seed);
    // Sparse enough to leave some pairs unconnected, dense enough for
    // several shortest paths between others; parallel relationships and
    // self-loops included.
    const int nodes = 40;
    const int rels = seed == 3 ? 110 : 60;
    std::vector<ng::NodeId> ids;
    {
      auto txn = f.store->Begin();
      for (int i = 0; i < nodes; ++i) ids.push_back(txn->CreateNode({"N"}, {}));
      for (int i = 0; i < rels; ++i) {
        ng::NodeId s = ids[rng() % nodes], e = ids[rng() % nodes];
        if (i % 17 == 0) e = s;
        txn->CreateRelationship(s, i % 3 == 0 ? "S" : "R", e, {});
      }
      txn->Commit();
    }
    auto txn = f.store->Begin();
    int found = 0;
    for (const Variant& v : variants)
      for (int pair = 0; pair < 40; ++pair) {
        ng::NodeId a = ids[rng() % nodes], b = pair % 13 == 0 ? a : ids[rng() % nodes];
        for (bool all : {false, true}) {
          INFO("seed " << seed << ", " << v.pattern << ", " << a << " to " << b << (all ? ", all" : ""));
          std::string want = ReferencePaths(*txn, a, b, v.dir, v.types, v.min_hops, v.max_hops, all);
          CHECK(EnginePaths(f, a, b, v.pattern, all) == want);
          found += !want.empty();
        }
      }
    CHECK(found > 100);  // the graphs do connect most pairs
  }
}

TEST_CASE("shortest paths: several of one length, none, direction, types, bounds, self",
          "[query][shortest]") {
  QueryFixture f;
  // s reaches t in two hops through x or y (R), in three through z1, z2 (R),
  // and in one against the direction (S, t to s); u stands alone.
  f.Run("CREATE (s {name: 's'}), (t {name: 't'}), (x {name: 'x'}), (y {name: 'y'}), "
        "(z1 {name: 'z1'}), (z2 {name: 'z2'}), (u {name: 'u'}), "
        "(s)-[:R]->(x)-[:R]->(t), (s)-[:R]->(y)-[:R]->(t), (s)-[:R]->(z1)-[:R]->(z2)-[:R]->(t), "
        "(t)-[:S]->(s)");
  auto names = [&](const std::string& pattern, bool all = false, const std::string& ret = "") {
    return f.Lines(std::string("MATCH p = ") + (all ? "allShortestPaths(" : "shortestPath(") + pattern +
                   ") RETURN " + (ret.empty() ? "[n IN nodes(p) | n.name]" : ret));
  };
  // Either direction: the S relationship is the one hop.
  CHECK(names("(a {name: 's'})-[*..5]-(b {name: 't'})") == "[\"s\",\"t\"]\n");
  // Along R only: the two two-hop paths, x first (met first).
  CHECK(names("(a {name: 's'})-[:R*..5]-(b {name: 't'})") == "[\"s\",\"x\",\"t\"]\n");
  CHECK(names("(a {name: 's'})-[:R*..5]-(b {name: 't'})", true) ==
        "[\"s\",\"x\",\"t\"]\n[\"s\",\"y\",\"t\"]\n");
  // Outgoing from s: R only leads forwards; incoming: S in one hop.
  CHECK(names("(a {name: 's'})-[*..5]->(b {name: 't'})", true) ==
        "[\"s\",\"x\",\"t\"]\n[\"s\",\"y\",\"t\"]\n");
  CHECK(names("(a {name: 's'})<-[*..5]-(b {name: 't'})") == "[\"s\",\"t\"]\n");
  CHECK(names("(a {name: 's'})<-[:R*..5]-(b {name: 't'})") == "");
  // Too few hops allowed; a shortest path shorter than the minimum is none.
  CHECK(names("(a {name: 's'})-[:R*..1]-(b {name: 't'})") == "");
  CHECK(names("(a {name: 's'})-[*2..5]-(b {name: 't'})") == "");
  CHECK(names("(a {name: 's'})-[:R*2..5]-(b {name: 't'})", false, "length(p)") == "2\n");
  // No path at all: no row; in OPTIONAL MATCH, null.
  CHECK(names("(a {name: 's'})-[*..5]-(b {name: 'u'})") == "");
  CHECK(f.Lines("MATCH (a {name: 's'}), (b {name: 'u'}) OPTIONAL MATCH p = shortestPath((a)-[*..5]-(b)) "
                "RETURN p") == "null\n");
  // From a node to itself: no path of one hop or more; with *0.. the empty path.
  CHECK(names("(a {name: 's'})-[*..5]-(b {name: 's'})") == "");
  CHECK(names("(a {name: 's'})-[*0..5]-(b {name: 's'})", false, "length(p)") == "0\n");
  // The relationship variable holds the hops in order.
  CHECK(f.Lines("MATCH p = shortestPath((a {name: 's'})-[r:R*..5]->(b {name: 't'})) "
                "RETURN [x IN r | type(x)], startNode(r[0]).name, endNode(r[1]).name") ==
        "[\"R\",\"R\"],\"s\",\"t\"\n");
  // Unbound ends: every pair that connects.
  CHECK(f.One("MATCH p = shortestPath((a {name: 'x'})-[:R*..5]-(b)) RETURN count(p)") == "5");
  std::string plan;
  for (const auto& row :
       f.Run("EXPLAIN MATCH p = shortestPath((a {name: 's'})-[*..5]-(b {name: 't'})) RETURN p").rows)
    plan += ng::ResultValueToText(row[0]) + "\n";
  CHECK(plan.find("BidirectionalShortestPath") != std::string::npos);
}

TEST_CASE("shortest paths through a hub read the hub's followers backwards, in the same order",
          "[query][shortest]") {
  // A hub with more relationships than a level walks forwards (5,000, of
  // both types and directions, some parallel): the nodes after it are asked
  // for their parents instead (query/shortest_path.cc), and the paths and
  // their order must stay the one-sided search's.
  QueryFixture f;
  std::mt19937 rng(7);
  std::vector<ng::NodeId> leaves;
  ng::NodeId hub;
  {
    auto txn = f.store->Begin();
    hub = txn->CreateNode({"N"}, {});
    for (int i = 0; i < 3000; ++i) leaves.push_back(txn->CreateNode({"N"}, {}));
    for (int i = 0; i < 5000; ++i) {
      ng::NodeId leaf = leaves[rng() % leaves.size()];
      const char* type = i % 3 == 0 ? "S" : "R";
      if (rng() % 2) txn->CreateRelationship(hub, type, leaf, {});
      else txn->CreateRelationship(leaf, type, hub, {});
    }
    // A few routes that avoid the hub, one hop longer or the same length.
    for (int i = 0; i < 300; ++i)
      txn->CreateRelationship(leaves[rng() % leaves.size()], "R", leaves[rng() % leaves.size()], {});
    txn->Commit();
  }
  auto txn = f.store->Begin();
  struct Variant {
    const char* pattern;
    ng::Direction dir;
    std::vector<std::string> types;
  };
  const std::vector<Variant> variants = {{"(a)-[*..6]-(b)", ng::Direction::kBoth, {}},
                                         {"(a)-[*..6]->(b)", ng::Direction::kOutgoing, {}},
                                         {"(a)-[:R*..6]-(b)", ng::Direction::kBoth, {"R"}}};
  int through_hub = 0;
  for (const Variant& v : variants)
    for (int pair = 0; pair < 12; ++pair) {
      ng::NodeId a = leaves[rng() % leaves.size()], b = leaves[rng() % leaves.size()];
      for (bool all : {false, true}) {
        INFO(v.pattern << ", " << a << " to " << b << (all ? ", all" : ""));
        std::string want = ReferencePaths(*txn, a, b, v.dir, v.types, 1, 6, all);
        CHECK(EnginePaths(f, a, b, v.pattern, all) == want);
        through_hub += want.find("," + std::to_string(hub) + ",") != std::string::npos;
      }
    }
  CHECK(through_hub > 20);
}
