// Errors that name their position, statement splitting, parameter literals.
#include <catch2/catch.hpp>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("syntax errors name line and column and draw a caret", "[query][errors]") {
  QueryFixture f;
  std::string e = f.ErrorOf("MATCH (a:Actor RETURN a");
  // 'RETURN' starts at byte 15, column 16.
  CHECK(e.find("SyntaxError: line 1, column 16: expected ')' but found 'RETURN'") == 0);
  CHECK(e.find("\n  MATCH (a:Actor RETURN a\n                 ^") != std::string::npos);
  e = f.ErrorOf("MATCH (a)\nWHERE a.x = = 1\nRETURN a");
  CHECK(e.find("line 2, column 13") != std::string::npos);
}

TEST_CASE("semantic, type and argument errors are classified", "[query][errors]") {
  QueryFixture f;
  CHECK(f.ErrorOf("RETURN nosuch(1)").find("SyntaxError: line 1, column 8: UnknownFunction") == 0);
  CHECK(f.ErrorOf("RETURN x").find("UndefinedVariable") != std::string::npos);
  CHECK(f.ErrorOf("RETURN 1 / 0").find("ArgumentError: division by zero") == 0);
  CHECK(f.ErrorOf("RETURN 'a' - 1").find("TypeError") == 0);
  CHECK(f.ErrorOf("RETURN $missing").find("ParameterMissing") != std::string::npos);
  CHECK(f.ErrorOf("MATCH (n) RETURN n SKIP -1").find("NegativeIntegerArgument") !=
        std::string::npos);
  CHECK(f.ErrorOf("MATCH (r)-[r]->() RETURN r").find("VariableTypeConflict") != std::string::npos);
  CHECK(f.ErrorOf("RETURN count(count(*))").find("NestedAggregation") != std::string::npos);
  CHECK(f.ErrorOf("RETURN 9223372036854775807 + 1").find("overflow") != std::string::npos);
}

TEST_CASE("scripts split at top-level semicolons only", "[query][script]") {
  auto parts = ng::Engine::SplitStatements(
      "RETURN 'a;b';\n// a comment; still a comment\nRETURN 2 /* ; */;\n  RETURN 3");
  REQUIRE(parts.size() == 3);
  CHECK(parts[0] == "RETURN 'a;b';");
  CHECK(parts[2] == "\n  RETURN 3");
  CHECK(ng::Engine::SplitStatements("  ;  ; // only comments\n").empty());
  CHECK(ng::Engine::NeedsMoreInput("MATCH (n)\nRETURN n"));
  CHECK_FALSE(ng::Engine::NeedsMoreInput("MATCH (n)\nRETURN n;"));
  CHECK(ng::Engine::NeedsMoreInput("RETURN 'unclosed;"));
  CHECK_FALSE(ng::Engine::NeedsMoreInput("RETURN 1; // trailing comment"));
}

TEST_CASE("parameter values (--param) are Cypher literals, bare words are strings", "[query][params]") {
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("42")) == "42");
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("-1.5")) == "-1.5");
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("'x y'")) == "\"x y\"");
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("Sudani")) == "\"Sudani\"");
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("[1, 'a', null]")) == "[1,\"a\",null]");
  CHECK(ng::ResultValueToJson(ng::ParseParameterLiteral("{a: {b: true}}")) ==
        "{\"a\":{\"b\":true}}");
  CHECK_THROWS_AS(ng::ParseParameterLiteral("[1, 2"), ng::Error);
}

TEST_CASE("number literals and escapes found by fuzzing are syntax errors", "[query][errors]") {
  QueryFixture f;
  // Each of these once escaped as a std::exception or undefined behaviour
  // (tests/fuzz/crashes/).
  CHECK(f.ErrorOf("RETURN '\\uZZZZ'").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN 0o9000").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN 0o18").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN 0x8000000000000000").find("IntegerOverflow") != std::string::npos);
  CHECK(f.One("RETURN -0x8000000000000000") == "-9223372036854775808");
  CHECK(f.One("RETURN 0o17 + 0xff") == "270");
  CHECK(f.One("RETURN '\\u00e9'") == "\"\xC3\xA9\"");
  // tests/fuzz/crashes/query-huge-hop-bound: std::out_of_range escaped.
  CHECK(f.ErrorOf("MATCH (a)-[*99999999999999999999..3]->(b) RETURN a").find("SyntaxError") == 0);
  CHECK(f.One("RETURN toInteger('99999999999999999999')") == "null");
}

TEST_CASE("expressions nested past the documented depth are syntax errors, not crashes",
          "[query][errors][reliability]") {
  QueryFixture f;
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  // Each of these once overflowed the stack (issue 17, finding 5).
  CHECK(f.ErrorOf("RETURN " + repeat("(", 5000) + "1" + repeat(")", 5000)).find("nested more than") !=
        std::string::npos);
  CHECK(f.ErrorOf("RETURN " + repeat("[", 10000) + repeat("]", 10000)).find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN 1" + repeat("+1", 30000)).find("too complex") != std::string::npos);
  CHECK(f.ErrorOf("RETURN " + repeat("NOT ", 20000) + "true").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN " + repeat("- ", 20000) + "1").find("SyntaxError") == 0);
  CHECK(f.ErrorOf("RETURN [1]" + repeat("[0]", 3000)).find("too complex") != std::string::npos);
  CHECK(f.ErrorOf("RETURN " + repeat("{a: ", 5000) + "1" + repeat("}", 5000)).find("SyntaxError") == 0);
  // Depths a person writes still work.
  CHECK(f.One("RETURN " + repeat("(", 150) + "1" + repeat(")", 150)) == "1");
  CHECK(f.One("RETURN 0" + repeat("+1", 400)) == "400");
  CHECK(f.One("RETURN " + repeat("NOT ", 100) + "true") == "true");
}
