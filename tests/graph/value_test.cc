#include <catch2/catch.hpp>

#include <cmath>

#include "graph/error.h"
#include "graph/value.h"

using ng::Value;

TEST_CASE("doubles are written with a decimal point or exponent", "[graph][value]") {
  CHECK(ng::DoubleToJson(1.0) == "1.0");
  CHECK(ng::DoubleToJson(-2.0) == "-2.0");
  CHECK(ng::DoubleToJson(0.1) == "0.1");
  CHECK(ng::DoubleToJson(1e300) == "1e+300");
  CHECK(ng::DoubleToJson(NAN) == "NaN");
}

TEST_CASE("JSON text of every value type", "[graph][value]") {
  CHECK(ng::ValueToJson(Value()) == "null");
  CHECK(ng::ValueToJson(Value(true)) == "true");
  CHECK(ng::ValueToJson(Value(int64_t{-42})) == "-42");
  CHECK(ng::ValueToJson(Value("a\"b\\c\nd")) == "\"a\\\"b\\\\c\\nd\"");
  CHECK(ng::ValueToJson(Value(ng::ValueList{Value(1), Value(2.5)})) == "[1,2.5]");
  CHECK(ng::ValueToJson(Value(ng::ValueMap{{"b", Value(1)}, {"a", Value()}})) ==
        "{\"a\":null,\"b\":1}");
}

TEST_CASE("JSON parsing keeps integers and doubles apart", "[graph][value]") {
  Value v = ng::ValueFromJson(R"({"i": 3, "d": 3.0, "l": [1, "x", null, {"k": false}]})");
  REQUIRE(v.is_map());
  CHECK(v.AsMap().at("i").is_int());
  CHECK(v.AsMap().at("d").is_double());
  CHECK(v.AsMap().at("l").AsList().size() == 4);
  CHECK(ng::ValueToJson(v) == R"({"d":3.0,"i":3,"l":[1,"x",null,{"k":false}]})");
}

TEST_CASE("bad JSON and wrong-type access are ng::Error", "[graph][value]") {
  CHECK_THROWS_AS(ng::ValueFromJson("{\"a\":"), ng::Error);
  CHECK_THROWS_AS(Value("x").AsInt(), ng::Error);
  try {
    Value(1).AsString();
    FAIL("no error");
  } catch (const ng::Error& e) {
    CHECK(e.kind() == ng::ErrorKind::kType);
  }
}

TEST_CASE("NaN and infinities are written and read back", "[graph][value]") {
  Value v = ng::ValueFromJson(R"({"a":NaN,"b":Infinity,"c":-Infinity,"s":"NaN Infinity","l":[NaN]})");
  const ng::ValueMap& m = v.AsMap();
  CHECK(std::isnan(m.at("a").AsDouble()));
  CHECK(m.at("b").AsDouble() == HUGE_VAL);
  CHECK(m.at("c").AsDouble() == -HUGE_VAL);
  CHECK(m.at("s").AsString() == "NaN Infinity");  // inside strings: untouched
  CHECK(std::isnan(m.at("l").AsList().at(0).AsDouble()));
  CHECK(ng::ValueToJson(Value(HUGE_VAL)) == "Infinity");
  CHECK(ng::ValueToJson(Value(-HUGE_VAL)) == "-Infinity");
  CHECK(ng::ValueToJson(ng::ValueFromJson("[-Infinity,Infinity]")) == "[-Infinity,Infinity]");
  CHECK_THROWS_AS(ng::ValueFromJson("[Nan]"), ng::Error);
}

TEST_CASE("doubles keep their value through JSON text", "[graph][value]") {
  for (double d : {0.1, 1.0 / 3, -0.0, 5e-324, 1.7976931348623157e308, 123456789.0, 1e21}) {
    std::string text = ng::DoubleToJson(d);
    INFO(text);
    CHECK(text.find_first_of(".e") != std::string::npos);
    Value back = ng::ValueFromJson(text);
    REQUIRE(back.is_double());
    CHECK(back.AsDouble() == d);
  }
  CHECK(ng::DoubleToJson(123456789.0) == "123456789.0");
  CHECK(ng::DoubleToJson(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("JSON nested past kMaxJsonDepth is refused, not a stack overflow", "[graph][value]") {
  // A JSONL import line nested 100,000 deep once crashed (issue 17, finding 5).
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_THROWS_WITH(ng::ValueFromJson(deep), Catch::Contains("nested more than"));
  std::string maps;
  for (int i = 0; i < 100000; ++i) maps += "{\"a\":";
  maps += "1" + std::string(100000, '}');
  CHECK_THROWS_AS(ng::ValueFromJson(maps), ng::Error);
  std::string ok = std::string(ng::kMaxJsonDepth, '[') + std::string(ng::kMaxJsonDepth, ']');
  CHECK(ng::ValueToJson(ng::ValueFromJson(ok)) == ok);
}

TEST_CASE("JSON numbers that do not fit are refused, never rounded", "[graph][value]") {
  // Once they became doubles silently, or escaped as an internal error (issue 17).
  CHECK_THROWS_WITH(ng::ValueFromJson("[123456789012345678901234567890]"),
                    Catch::Contains("does not fit in 64 bits"));
  CHECK_THROWS_WITH(ng::ValueFromJson("9223372036854775808"), Catch::Contains("does not fit in 64 bits"));
  CHECK_THROWS_WITH(ng::ValueFromJson("{\"x\": 1e400}"), Catch::Contains("number out of range"));
  CHECK(ng::ValueToJson(ng::ValueFromJson("[-9223372036854775808,9223372036854775807]")) ==
        "[-9223372036854775808,9223372036854775807]");
  // Digits in strings and doubles written with a point or exponent are fine.
  CHECK(ng::ValueToJson(ng::ValueFromJson("[\"123456789012345678901234567890\",1.5e3]")) ==
        "[\"123456789012345678901234567890\",1500.0]");
}
