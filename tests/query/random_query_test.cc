// Randomized queries generated from the grammar, and mangled copies of them:
// the engine must answer or raise ng::Error — never crash, hang or throw
// anything else.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "query_test_util.h"

using ng::testing::QueryFixture;

namespace {

class QueryGenerator {
 public:
  explicit QueryGenerator(uint32_t seed) : rng_(seed) {}

  std::string Statement() {
    std::string q = Pick({"", "", "", "EXPLAIN ", "PROFILE "});
    switch (Below(6)) {
      case 0: return q + Pick({"NEIGHBOURS OF 'a'", "NEIGHBOURS OF 'b' DEPTH 2 VIA T",
                               "PATH FROM 'a' TO 'c'", "WHO SAID ABOUT 'a'",
                               "WHAT DID 'b' SAY ABOUT 'a'", "PATH FROM 'a' TO 'zz' MAX 2 ALL"});
      case 1: return q + "UNWIND " + List() + " AS x RETURN " + Expr({"x"}) + " AS v" + Tail();
      case 2: return q + "CREATE " + Pattern(false) + " RETURN count(*)";
      default: break;
    }
    q += Pick({"MATCH ", "OPTIONAL MATCH ", "MATCH "}) + Pattern(true);
    if (Below(2)) q += " WHERE " + Expr({"n", "m"});
    if (Below(3) == 0) q += " WITH n, m, count(*) AS c WHERE c > " + Int();
    if (Below(4) == 0) q += Pick({" SET n.k = " + Expr({"n"}), " REMOVE n.k", " SET n:L",
                                  " DETACH DELETE m"});
    q += " RETURN " + Pick({"DISTINCT ", "", ""}) + Expr({"n", "m"}) + " AS a, " +
         Pick({"count(*)", "collect(m)", "n", "min(n.k)", "size(labels(n))"}) + " AS b" + Tail();
    return q;
  }

  // A copy of `q` with a few characters deleted, duplicated or swapped.
  std::string Mangle(std::string q) {
    for (int i = 0, n = 1 + Below(3); i < n && !q.empty(); ++i) {
      size_t at = Below(static_cast<int>(q.size()));
      switch (Below(3)) {
        case 0: q.erase(at, 1 + Below(4)); break;
        case 1: q.insert(at, q.substr(at, 1 + Below(6))); break;
        default: q[at] = "()[]{}'\":-<>*.,|$;`\\"[Below(21)];
      }
    }
    return q;
  }

 private:
  int Below(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }
  std::string Pick(const std::vector<std::string>& options) { return options[Below(options.size())]; }
  std::string Int() { return std::to_string(static_cast<int>(rng_() % 7) - 2); }
  std::string List() {
    return Pick({"[1, 2, 3]", "range(1, " + Int() + ")", "[null, 'a', 1.5, [1]]", "[]",
                 "['x', 'y']"});
  }
  std::string Node(bool match) {
    std::string n = "(" + Pick({"n", "m", ""}) + Pick({"", ":A", ":B", ":A:B"});
    if (Below(3) == 0) n += " {k: " + Atom({}) + "}";
    if (!match && Below(2)) n += " {name: 'a'}";
    return n + ")";
  }
  std::string Rel(bool match) {
    std::string types = match ? Pick({"", ":T", ":T|U"}) : ":T";
    std::string range = match ? Pick({"", "", "*", "*1..3", "*..2", "*2"}) : "";
    std::string body = "[" + Pick({"", "r"}) + types + range + "]";
    if (!match) body = "[" + types + "]";
    return Pick({"-" + body + "->", "<-" + body + "-", match ? "-" + body + "-" : "-" + body + "->"});
  }
  std::string Pattern(bool match) {
    std::string p = Node(match);
    for (int i = 0, hops = Below(3); i < hops; ++i) p += Rel(match) + Node(match);
    if (match && Below(4) == 0) p = "p = " + p;
    // Name the variables so that RETURN n, m always have something to bind.
    return match ? "(n)" + Rel(true) + "(m), " + p : p;
  }
  std::string Atom(const std::vector<std::string>& vars) {
    std::vector<std::string> atoms = {Int(), "'s'", "null", "true", "1.5", List(), "{a: 1}"};
    for (const auto& v : vars) {
      atoms.push_back(v);
      atoms.push_back(v + ".k");
      atoms.push_back("id(" + v + ")");
    }
    return Pick(atoms);
  }
  std::string Expr(const std::vector<std::string>& vars, int depth = 0) {
    if (depth > 2 || Below(3) == 0) return Atom(vars);
    switch (Below(5)) {
      case 0: return Expr(vars, depth + 1) + Pick({" + ", " - ", " * ", " / ", " % ", " ^ "}) +
                     Expr(vars, depth + 1);
      case 1: return Expr(vars, depth + 1) + Pick({" = ", " <> ", " < ", " >= ", " IN ",
                                                   " STARTS WITH ", " =~ "}) + Expr(vars, depth + 1);
      case 2: return Pick({"NOT ", ""}) + "(" + Expr(vars, depth + 1) + Pick({" AND ", " OR ", " XOR "}) +
                     Expr(vars, depth + 1) + ")";
      case 3: return Pick({"size", "toString", "coalesce", "head", "toUpper", "abs", "keys"}) + "(" +
                     Expr(vars, depth + 1) + ")";
      default: return Expr(vars, depth + 1) + Pick({" IS NULL", "[0]", "[1..2]", ".k"});
    }
  }
  std::string Tail() {
    std::string t;
    if (Below(2)) t += " ORDER BY a" + Pick({"", " DESC"});
    if (Below(3) == 0) t += " SKIP " + Int();
    if (Below(2)) t += " LIMIT " + Int();
    return t;
  }

  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("random queries from the grammar never crash the engine", "[query][random]") {
  QueryFixture f;
  f.Run("CREATE (a:A {name: 'a', k: 1})-[:T]->(b:B {name: 'b', k: 'x'})-[:U]->(c:A:B {name: 'c'}), "
        "(b)-[:T]->(a), (c)-[:T]->(c), (s:Statement {text: 't'}), (b)-[:SAID]->(s)-[:ABOUT]->(a)");
  ng::QueryOptions limits;
  limits.max_expansions = 200000;
  limits.timeout_seconds = 2;
  // NG_QUERY_SEED explores other seeds locally; CI uses the fixed one.
  const char* seed = std::getenv("NG_QUERY_SEED");
  QueryGenerator gen(seed ? static_cast<uint32_t>(std::strtoul(seed, nullptr, 10)) : 20261123);
  int answered = 0, refused = 0;
  for (int i = 0; i < 1500; ++i) {
    std::string q = gen.Statement();
    for (const std::string& text : {q, gen.Mangle(q)}) {
      INFO(text);
      try {
        f.Run(text, limits);
        ++answered;
      } catch (const ng::Error& e) {
        ++refused;
        CHECK(e.kind() != ng::ErrorKind::kInternal);
      } catch (const std::exception& e) {
        FAIL("not an ng::Error: " << e.what());
      }
    }
  }
  // The generator must exercise both paths, or it tests nothing.
  CHECK(answered > 300);
  CHECK(refused > 300);
}
