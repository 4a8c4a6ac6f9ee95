// `newsgraph stats`: counts per label and relationship type, size on disk.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

using Rows = std::vector<std::pair<std::string, uint64_t>>;

std::string HumanBytes(uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

// Most first; ties by name.
Rows Sorted(const std::map<std::string, uint64_t>& counts) {
  Rows rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return rows;
}

// Names left-aligned, counts right-aligned, one column width for the whole
// report so the sections line up.
struct Layout {
  size_t name_width = 0, count_width = 0;
  void Fit(const Rows& rows, size_t indent) {
    for (const auto& [name, n] : rows) {
      name_width = std::max(name_width, indent + name.size());
      count_width = std::max(count_width, std::to_string(n).size());
    }
  }
  void Print(const Rows& rows, size_t indent) const {
    for (const auto& [name, n] : rows) {
      std::string count = std::to_string(n);
      std::cout << std::string(indent, ' ') << name
                << std::string(name_width - indent - name.size() + 2, ' ')
                << std::string(count_width - count.size(), ' ') << count << "\n";
    }
  }
};

// Actors per `kind` property, most first: from the kept counts, or, on a
// database from before they were kept, read from the Actor nodes, so only up
// to kMaxActorsRead of them (a larger graph answers the query instead).
constexpr uint64_t kMaxActorsRead = 200000;

Rows ActorsByKind(const Transaction& tx, const StoreCounts& kept, uint64_t actors) {
  std::map<std::string, uint64_t> counts;
  uint64_t with_kind = 0;
  for (const auto& k : kept.per_kind)
    if (k.label == "Actor") {
      counts[k.kind] += k.nodes;
      with_kind += k.nodes;
    }
  if (!kept.per_kind.empty()) {
    if (with_kind < actors) counts["(no kind)"] += actors - with_kind;
    return Sorted(counts);
  }
  if (actors > kMaxActorsRead) return {};
  auto cursor = tx.ScanLabel("Actor");
  uint64_t id;
  while (cursor->Next(&id)) {
    auto node = tx.GetNode(id);
    if (!node) continue;
    auto kind = node->properties.find("kind");
    ++counts[kind != node->properties.end() && kind->second.is_string() ? kind->second.AsString()
                                                                         : "(no kind)"];
  }
  return Sorted(counts);
}

// Which label owns which property key, and on how many of its nodes:
// "Actor  aliases 41, kind 69, name 69", wrapped at 100 columns.
void PrintKeys(const StoreCounts& counts) {
  if (counts.per_key.empty()) return;
  std::cout << "\nproperty keys by label (nodes that have them)\n";
  size_t label_width = 0;
  for (const auto& k : counts.per_key) label_width = std::max(label_width, k.label.size());
  std::string line, label;
  auto flush = [&] {
    if (!line.empty()) std::cout << line << "\n";
    line.clear();
  };
  for (const auto& k : counts.per_key) {
    std::string item = k.key + " " + std::to_string(k.nodes);
    if (k.label != label) {
      flush();
      label = k.label;
      line = "  " + label + std::string(label_width - label.size() + 2, ' ') + item;
    } else if (line.size() + 2 + item.size() > 100) {
      flush();
      line = std::string(label_width + 4, ' ') + item;
    } else {
      line += ", " + item;
    }
  }
  flush();
}

}  // namespace

int RunStats(const GlobalOptions& global) {
  OpenOptions options;
  options.read_only = true;
  auto store = GraphStore::Open(global.db, options);
  auto tx = store->Begin();
  StoreCounts counts = tx->Counts();
  const uint64_t actors = tx->CountLabel("Actor");
  const Rows kinds = ActorsByKind(*tx, counts, actors);
  const Rows totals = {{"nodes", counts.nodes}, {"relationships", counts.relationships}};
  Layout layout;
  layout.Fit(totals, 0);
  layout.Fit(counts.per_label, 2);
  layout.Fit(counts.per_type, 2);
  layout.Fit(kinds, 2);
  const std::string pad(layout.name_width + 2, ' ');
  std::cout << "database" << pad.substr(8) << global.db << "\n"
            << "size on disk" << pad.substr(12) << HumanBytes(store->SizeOnDisk()) << "\n\n";
  layout.Print(totals, 0);
  std::cout << "\nnodes by label\n";
  if (counts.per_label.empty()) std::cout << "  (none)\n";
  layout.Print(counts.per_label, 2);
  if (actors > 0) {
    std::cout << "\nactors by kind\n";
    if (kinds.empty())
      std::cout << "  (over " << kMaxActorsRead
                << " actors: MATCH (a:Actor) RETURN a.kind, count(*) counts them)\n";
    layout.Print(kinds, 2);
  }
  std::cout << "\nrelationships by type\n";
  if (counts.per_type.empty()) std::cout << "  (none)\n";
  layout.Print(counts.per_type, 2);
  PrintKeys(counts);
  return 0;
}

}  // namespace ng::cli
