#include <catch2/catch.hpp>

#include "graph/graph_algorithms.h"
#include "test_util.h"

using namespace ng;

namespace {

// a → b → d, a → c → d (a diamond), d → e, and an isolated f; an ABOUT edge a → e.
struct Diamond {
  testing::TempDir dir;
  std::unique_ptr<GraphStore> store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  NodeId a, b, c, d, e, f;
  Diamond() {
    auto t = store->Begin();
    a = t->CreateNode({"Actor"}, {});
    b = t->CreateNode({"Actor"}, {});
    c = t->CreateNode({"Actor"}, {});
    d = t->CreateNode({"Actor"}, {});
    e = t->CreateNode({"Event"}, {});
    f = t->CreateNode({"Actor"}, {});
    t->CreateRelationship(a, "KNOWS", b, {});
    t->CreateRelationship(a, "KNOWS", c, {});
    t->CreateRelationship(b, "KNOWS", d, {});
    t->CreateRelationship(c, "KNOWS", d, {});
    t->CreateRelationship(d, "KNOWS", e, {});
    t->CreateRelationship(a, "ABOUT", e, {});
    t->Commit();
  }
};

}  // namespace

TEST_CASE("shortest paths on the Boost.Graph snapshot", "[graph][snapshot]") {
  Diamond g;
  auto snap = GraphSnapshot::Build(*g.store->Begin(), {{}, {"KNOWS"}});
  CHECK(snap->num_nodes() == 6);
  CHECK(snap->num_relationships() == 5);

  auto one = snap->ShortestPaths(g.a, g.d, 5, Direction::kOutgoing, false);
  REQUIRE(one.size() == 1);
  CHECK(one[0].nodes.size() == 3);
  CHECK(one[0].relationships.size() == 2);
  CHECK(one[0].nodes.front() == g.a);
  CHECK(one[0].nodes.back() == g.d);

  CHECK(snap->ShortestPaths(g.a, g.d, 5, Direction::kOutgoing, true).size() == 2);
  CHECK(snap->ShortestPaths(g.d, g.a, 5, Direction::kOutgoing, false).empty());
  CHECK(snap->ShortestPaths(g.d, g.a, 5, Direction::kBoth, false).size() == 1);
  CHECK(snap->ShortestPaths(g.a, g.e, 2, Direction::kOutgoing, false).empty());  // 3 hops
  CHECK(snap->ShortestPaths(g.a, g.e, 3, Direction::kOutgoing, false).size() == 1);
  CHECK(snap->ShortestPaths(g.a, g.f, 9, Direction::kBoth, false).empty());
}

TEST_CASE("label and type filters shape the snapshot", "[graph][snapshot]") {
  Diamond g;
  auto all = GraphSnapshot::Build(*g.store->Begin());
  CHECK(all->num_relationships() == 6);
  auto path = all->ShortestPaths(g.a, g.e, 5, Direction::kOutgoing, false);
  REQUIRE(path.size() == 1);
  CHECK(path[0].relationships.size() == 1);  // the ABOUT shortcut

  auto actors = GraphSnapshot::Build(*g.store->Begin(), {{"Actor"}, {}});
  CHECK(actors->num_nodes() == 5);
  CHECK_FALSE(actors->Contains(g.e));
  CHECK(actors->num_relationships() == 4);
}

TEST_CASE("neighbourhood, components and degree", "[graph][snapshot]") {
  Diamond g;
  auto snap = GraphSnapshot::Build(*g.store->Begin());
  auto hood = snap->Neighbourhood(g.d, 1);
  CHECK(hood.size() == 4);  // d, b, c, e
  CHECK(hood.at(g.d) == 0);
  CHECK(hood.at(g.e) == 1);
  CHECK(snap->Neighbourhood(g.d, 2).at(g.a) == 2);
  auto comp = snap->ConnectedComponents();
  CHECK(comp.at(g.a) == comp.at(g.e));
  CHECK(comp.at(g.a) != comp.at(g.f));
  CHECK(snap->Degree(g.a) == 3);
  CHECK(snap->Degree(g.f) == 0);
}
