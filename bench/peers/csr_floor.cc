// csr_floor — the physical floor for the benchmark questions: the graph in
// plain in-memory CSR arrays (both directions), breadth-first searches over
// them. No storage, no query language. Prints one JSON object like ng_bench.
//
// usage: csr_floor DIR   (DIR holds nodes.csv, relationships.csv, meta.json from bench/gen.py)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using Clock = std::chrono::steady_clock;
double Millis(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Csr {
  std::vector<uint64_t> offset;   // per node, into target/type
  std::vector<uint32_t> target;
  std::vector<uint8_t> type;      // index into kTypes
  std::vector<uint8_t> outgoing;  // 1: this node is the start
};

const char* const kTypes[] = {"SAID", "ABOUT", "REPORTED_IN", "PARTICIPATED_IN", "MENTIONED_IN"};

uint8_t TypeIndex(const char* t) {
  for (uint8_t i = 0; i < 5; ++i)
    if (std::strncmp(t, kTypes[i], std::strlen(kTypes[i])) == 0) return i;
  return 255;
}

Csr Load(const std::string& dir, size_t nodes) {
  std::vector<uint32_t> src, dst;
  std::vector<uint8_t> types;
  FILE* f = std::fopen((dir + "/relationships.csv").c_str(), "r");
  if (!f) throw std::runtime_error("cannot read relationships.csv");
  char line[256];
  std::fgets(line, sizeof line, f);  // header
  while (std::fgets(line, sizeof line, f)) {
    char* p = line;
    uint32_t a = std::strtoul(p, &p, 10);
    uint32_t b = std::strtoul(p + 1, &p, 10);
    src.push_back(a);
    dst.push_back(b);
    types.push_back(TypeIndex(p + 1));
  }
  std::fclose(f);
  Csr g;
  g.offset.assign(nodes + 1, 0);
  for (size_t i = 0; i < src.size(); ++i) ++g.offset[src[i] + 1], ++g.offset[dst[i] + 1];
  for (size_t i = 0; i < nodes; ++i) g.offset[i + 1] += g.offset[i];
  g.target.resize(g.offset[nodes]);
  g.type.resize(g.offset[nodes]);
  g.outgoing.resize(g.offset[nodes]);
  std::vector<uint64_t> fill(g.offset.begin(), g.offset.end() - 1);
  for (size_t i = 0; i < src.size(); ++i) {
    uint64_t o = fill[src[i]]++;
    g.target[o] = dst[i], g.type[o] = types[i], g.outgoing[o] = 1;
    o = fill[dst[i]]++;
    g.target[o] = src[i], g.type[o] = types[i], g.outgoing[o] = 0;
  }
  return g;
}

uint64_t Neighbourhood(const Csr& g, uint32_t start, int hops, std::vector<uint32_t>& mark,
                       uint32_t stamp) {
  std::vector<uint32_t> frontier{start}, next;
  mark[start] = stamp;
  uint64_t count = 0;
  for (int h = 0; h < hops && !frontier.empty(); ++h) {
    next.clear();
    for (uint32_t n : frontier)
      for (uint64_t e = g.offset[n]; e < g.offset[n + 1]; ++e)
        if (mark[g.target[e]] != stamp) {
          mark[g.target[e]] = stamp;
          next.push_back(g.target[e]);
          ++count;
        }
    frontier.swap(next);
  }
  return count;
}

uint64_t ShortestPath(const Csr& g, uint32_t a, uint32_t b, std::vector<int32_t>& da,
                      std::vector<int32_t>& db) {
  if (a == b) return 0;
  std::vector<uint32_t> touched{a, b}, fa{a}, fb{b};
  da[a] = 0, db[b] = 0;
  uint64_t best = UINT64_MAX;
  for (int depth = 0; depth < 12 && best == UINT64_MAX && !fa.empty() && !fb.empty(); ++depth) {
    bool from_a = fa.size() <= fb.size();
    auto& frontier = from_a ? fa : fb;
    auto& mine = from_a ? da : db;
    auto& theirs = from_a ? db : da;
    std::vector<uint32_t> next;
    for (uint32_t n : frontier)
      for (uint64_t e = g.offset[n]; e < g.offset[n + 1]; ++e) {
        uint32_t t = g.target[e];
        if (theirs[t] >= 0) best = std::min<uint64_t>(best, mine[n] + 1 + theirs[t]);
        if (mine[t] < 0) {
          mine[t] = mine[n] + 1;
          next.push_back(t);
          touched.push_back(t);
        }
      }
    frontier.swap(next);
  }
  for (uint32_t t : touched) da[t] = db[t] = -1;
  return best;
}

// Statements ABOUT x, each with its speaker (one SAID per statement).
uint64_t Said(const Csr& g, uint32_t x) {
  uint64_t rows = 0;
  for (uint64_t e = g.offset[x]; e < g.offset[x + 1]; ++e) {
    if (g.type[e] != 1 || g.outgoing[e]) continue;
    uint32_t s = g.target[e];
    for (uint64_t f = g.offset[s]; f < g.offset[s + 1]; ++f)
      if (g.type[f] == 0 && !g.outgoing[f]) ++rows;
  }
  return rows;
}

double Median(const std::function<uint64_t()>& f, uint64_t* result, int runs = 5) {
  *result = f();
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    auto s = Clock::now();
    *result = f();
    t.push_back(Millis(s));
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: csr_floor DIR\n";
    return 2;
  }
  std::string dir = argv[1];
  std::ifstream meta_file(dir + "/meta.json");
  nlohmann::json meta = nlohmann::json::parse(meta_file);
  size_t nodes = meta["nodes"];
  auto t = Clock::now();
  Csr g = Load(dir, nodes);
  nlohmann::json out;
  out["load_s"] = Millis(t) / 1000;
  out["memory_mb"] = (g.offset.size() * 8 + g.target.size() * 6) / 1e6;
  std::vector<uint32_t> mark(nodes, 0);
  uint32_t stamp = 0;
  uint32_t hi = meta["hi"], med = meta["med"];
  for (int hops = 1; hops <= 3; ++hops)
    for (auto [name, id] : {std::pair<const char*, uint32_t>{"med", med}, {"hi", hi}}) {
      uint64_t n = 0;
      double ms = Median([&, id = id] { return Neighbourhood(g, id, hops, mark, ++stamp); }, &n);
      std::string key = "hop" + std::to_string(hops) + "_" + name;
      out[key + "_ms"] = ms;
      out[key] = n;
    }
  std::vector<int32_t> da(nodes, -1), db(nodes, -1);
  std::vector<double> sp;
  std::vector<uint64_t> lengths;
  for (const auto& p : meta["pairs"]) {
    uint64_t len = 0;
    sp.push_back(Median([&] { return ShortestPath(g, p[0], p[1], da, db); }, &len));
    lengths.push_back(len);
  }
  std::sort(sp.begin(), sp.end());
  out["sp_ms"] = sp[sp.size() / 2];
  out["sp_lengths"] = lengths;
  for (auto [name, id] : {std::pair<const char*, uint32_t>{"med", med}, {"hi", hi}}) {
    uint64_t n = 0;
    out[std::string("said_") + name + "_ms"] = Median([&, id = id] { return Said(g, id); }, &n);
    out[std::string("said_") + name] = n;
  }
  std::cout << out.dump() << "\n";
  return 0;
}
