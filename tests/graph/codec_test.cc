// Records are written and read by hand in cereal's binary layout: the
// hand-written encoder must produce cereal's bytes exactly, and the decoder
// read what cereal reads.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "graph/codec.h"

using namespace ng;

namespace {

// A deterministic value of every type, nesting up to `depth`.
Value RandomValue(std::mt19937_64* rng, int depth) {
  std::uniform_int_distribution<int> kind(0, depth > 0 ? 6 : 4);
  switch (kind(*rng)) {
    case 0: return Value();
    case 1: return Value((*rng)() % 2 == 0);
    case 2: return Value(static_cast<int64_t>((*rng)()));
    case 3: return Value(std::ldexp(static_cast<double>((*rng)() % 100000), -7));
    case 4: {
      std::string s;
      for (uint64_t n = (*rng)() % 12; n > 0; --n) s += "aé\x1f\"€"[(*rng)() % 7];
      return Value(s);
    }
    case 5: {
      ValueList list;
      for (uint64_t n = (*rng)() % 4; n > 0; --n) list.push_back(RandomValue(rng, depth - 1));
      return Value(list);
    }
    default: {
      ValueMap map;
      for (uint64_t n = (*rng)() % 4; n > 0; --n)
        map["k" + std::to_string((*rng)() % 10)] = RandomValue(rng, depth - 1);
      return Value(map);
    }
  }
}

}  // namespace

TEST_CASE("records are written byte for byte as cereal writes them", "[graph][codec]") {
  std::mt19937_64 rng(20240125);
  for (int i = 0; i < 500; ++i) {
    Properties props;
    for (uint64_t n = rng() % 6; n > 0; --n) props["p" + std::to_string(rng() % 20)] = RandomValue(&rng, 3);
    Node node{rng(), {}, props};
    for (uint64_t n = rng() % 3; n > 0; --n) node.labels.push_back("L" + std::to_string(rng() % 5));
    REQUIRE(codec::EncodeNode(node) == codec::EncodeNodeWithCereal(node));
    Node back = codec::DecodeNode(node.id, codec::EncodeNode(node));
    CHECK(back.labels == node.labels);
    CHECK(back.properties == node.properties);

    Relationship rel{rng(), i % 2 ? "SAID" : "", rng(), rng(), props};
    REQUIRE(codec::EncodeRelationship(rel) == codec::EncodeRelationshipWithCereal(rel));
    Relationship rback = codec::DecodeRelationship(rel.id, codec::EncodeRelationship(rel));
    CHECK(rback.type == rel.type);
    CHECK(rback.start == rel.start);
    CHECK(rback.end == rel.end);
    CHECK(rback.properties == rel.properties);
  }
}

TEST_CASE("temporal properties are written as cereal writes them and read back", "[graph][codec]") {
  Temporal date{Temporal::Kind::kDate, 0, 16637, 0, 0, 0, ""};  // 2015-07-21, all fields given
  Temporal zoned{Temporal::Kind::kDateTime, 0, 16637, 78032, 142000000, 7200, "Europe/Stockholm"};
  Temporal duration{Temporal::Kind::kDuration, 14, -3, -1, 500000000, 0, ""};
  Node node{7, {"Event"}, {{"d", Value(date)}, {"z", Value(zoned)}, {"l", Value(ValueList{Value(duration)})}}};
  REQUIRE(codec::EncodeNode(node) == codec::EncodeNodeWithCereal(node));
  Node back = codec::DecodeNode(node.id, codec::EncodeNode(node));
  CHECK(back.properties == node.properties);
  CHECK(back.properties.at("z").AsTemporal().zone == "Europe/Stockholm");
}

TEST_CASE("records are read as cereal reads them, and a few keys alone on request", "[graph][codec]") {
  std::mt19937_64 rng(20261202);
  for (int i = 0; i < 500; ++i) {
    Node node{rng(), {}, {}};
    for (uint64_t n = rng() % 6; n > 0; --n) node.properties["p" + std::to_string(rng() % 8)] = RandomValue(&rng, 3);
    for (uint64_t n = rng() % 3; n > 0; --n) node.labels.push_back("L" + std::to_string(rng() % 5));
    std::string bytes = codec::EncodeNode(node);
    Node ours = codec::DecodeNode(node.id, bytes);
    Node cereal = codec::DecodeNodeWithCereal(node.id, bytes);
    CHECK(ours.id == cereal.id);
    CHECK(ours.labels == cereal.labels);
    CHECK(ours.properties == cereal.properties);

    std::vector<std::string> keys = {"p1", "p5", "absent"};
    Node some = codec::DecodeNode(node.id, bytes, keys);
    CHECK(some.labels == node.labels);
    Properties expected;
    for (const auto& [key, value] : node.properties)
      if (key == "p1" || key == "p5") expected[key] = value;
    CHECK(some.properties == expected);
  }
}

TEST_CASE("a record cut short or with a size past its end is corrupt, not a crash", "[graph][codec]") {
  Node node{3, {"Statement"}, {{"text", Value("words")}, {"about", Value(ValueList{Value("a"), Value(int64_t{2})})},
                              {"on", Value(Temporal{Temporal::Kind::kDate, 0, 16637, 0, 0, 0, ""})}}};
  std::string bytes = codec::EncodeNode(node);
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    std::string_view part(bytes.data(), cut);
    try {
      codec::DecodeNode(node.id, part);
      FAIL("a record cut at " << cut << " of " << bytes.size() << " bytes was read");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::kCorruption);
    }
    CHECK_THROWS_AS(codec::DecodeNode(node.id, part, {"text"}), Error);
  }
  std::string huge = bytes;
  huge[1] = '\x7f';  // the label count's low byte: far more labels than bytes
  CHECK_THROWS_AS(codec::DecodeNode(node.id, huge), Error);
}
