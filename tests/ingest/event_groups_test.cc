// Armed groups named by description act in events (ingest/event_groups.h),
// on sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;

namespace {

// "Name:role" of each participant of the first event of `type`, sorted.
std::string Roles(const std::string& text, const std::string& type) {
  auto x = ExtractText(text);
  for (const auto& e : x.events) {
    if (e.type != type) continue;
    std::vector<std::string> parts;
    for (const auto& [actor, role] : e.participants) parts.push_back(x.actors[actor].name + ":" + role);
    std::sort(parts.begin(), parts.end());
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
  }
  return "<none>";
}

}  // namespace

TEST_CASE("'X-backed militias' is an armed group named after its backer") {
  CHECK(Roles("Norway-backed militias attacked Sweden on Monday.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
}

TEST_CASE("a demonym backer and another head word name the same group") {
  auto x = ExtractText("Norwegian-backed militia groups attacked Sweden on Monday. Sweden struck "
                       "Norway-backed militants on Tuesday.\n");
  int groups = 0;
  for (const auto& a : x.actors) groups += a.name == "Norway-backed militias";
  CHECK(groups == 1);
  CHECK(Roles("Sweden launched strikes on Norwegian-backed militia groups.\n", "airstrike") ==
        "Norway-backed militias:target Sweden:agent");
}

TEST_CASE("'pro-X militias' are X's group") {
  CHECK(Roles("Pro-Norway militias attacked Sweden on Monday.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
}

TEST_CASE("a group description is no mention of the article's actors") {
  auto x = ExtractText("Norway-backed militias attacked Sweden on Monday.\n");
  for (const auto& a : x.actors)
    if (a.kind == "armed_group") CHECK(a.mentions == 0);
}

TEST_CASE("militias with no backer named are no group of their own") {
  CHECK(Roles("Local militias attacked Sweden on Monday.\n", "attack") == "Sweden:target");
}

TEST_CASE("a relative pronoun subject is the noun its clause describes") {
  CHECK(Roles("Norway-backed militants who have been attacking Swedish soldiers fled.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
}

TEST_CASE("a root noun with a participle trigger and its object is the trigger's subject") {
  // The parser reads "X attacked Y." as a noun with a reduced relative.
  CHECK(Roles("Norway-backed militias attacked Sweden on Monday.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
  // A real participle, with no object, names no subject.
  CHECK(Roles("Norway-backed militias attacked at night fled.\n", "attack").find("militias:agent") ==
        std::string::npos);
}

TEST_CASE("'the rebels' after the article named one armed group by name are that group") {
  CHECK(Roles("The Eastern Freedom Front said it would fight on. The rebels attacked an army post near "
              "Lirabo on Tuesday.\n",
              "attack") == "Eastern Freedom Front:agent");
  // Without "the" they may be a group the article never names.
  CHECK(Roles("The Eastern Freedom Front said it would fight on. Militants attacked an army post near "
              "Lirabo on Tuesday.\n",
              "attack") == "<none>");
}
