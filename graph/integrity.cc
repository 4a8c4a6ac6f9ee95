#include "graph/integrity.h"

#include <map>
#include <optional>
#include <set>

#include "graph/adjacency_block.h"
#include "graph/codec.h"
#include "graph/counts.h"
#include "graph/keys.h"
#include "graph/rocks_store.h"
#include "graph/statement_text.h"
#include "graph/text_compression.h"

namespace ng {

namespace {

class Checker {
 public:
  Checker(RocksStore* store, size_t max_violations, IntegrityReport* report)
      : store_(store), max_(max_violations), report_(report) {
    read_options_.total_order_seek = true;
  }

  void Run() {
    CheckChecksums();
    ScanNodes();
    ScanRelationships();
    CheckAdjacency(kCfOut, "outgoing");
    CheckAdjacency(kCfIn, "incoming");
    CheckLabels();
    CheckNames();
    CheckCounters();
    CheckCounts();
    CheckStatements();
    CheckTexts();
  }

 private:
  void Violation(const std::string& what) {
    if (report_->violations.size() < max_) report_->violations.push_back(what);
  }

  template <typename Fn>
  void ForEach(Cf cf, Fn&& fn) {
    std::unique_ptr<rocksdb::Iterator> it(store_->db()->NewIterator(read_options_, store_->cf(cf)));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      fn(std::string_view(it->key().data(), it->key().size()),
         std::string_view(it->value().data(), it->value().size()));
    if (!it->status().ok())
      Violation(std::string("reading ") + kCfNames_[cf] + " failed: " + it->status().ToString());
  }

  void CheckChecksums() {
    rocksdb::Status s = store_->db()->VerifyChecksum();
    if (!s.ok()) Violation("checksum verification failed: " + s.ToString());
    report_->checks.push_back("file checksums");
  }

  void ScanNodes() {
    ForEach(kCfNodes, [&](std::string_view k, std::string_view v) {
      if (k.size() != 8) return Violation("node key of bad size");
      NodeId id = keys::GetBig64(k, 0);
      try {
        nodes_[id] = codec::DecodeNode(id, v);
      } catch (const Error& e) {
        Violation(e.what());
      }
    });
    report_->checks.push_back(std::to_string(nodes_.size()) + " node records decode");
  }

  void ScanRelationships() {
    ForEach(kCfRels, [&](std::string_view k, std::string_view v) {
      if (k.size() != 8) return Violation("relationship key of bad size");
      RelId id = keys::GetBig64(k, 0);
      try {
        Relationship r = codec::DecodeRelationship(id, v);
        if (!nodes_.count(r.start))
          Violation("relationship " + std::to_string(id) + " starts at missing node " +
                    std::to_string(r.start));
        if (!nodes_.count(r.end))
          Violation("relationship " + std::to_string(id) + " ends at missing node " +
                    std::to_string(r.end));
        rels_[id] = std::move(r);
      } catch (const Error& e) {
        Violation(e.what());
      }
    });
    report_->checks.push_back(std::to_string(rels_.size()) +
                              " relationship records decode and have both ends");
  }

  // Every adjacency key matches a relationship, and every relationship has
  // its key.
  void CheckAdjacency(Cf cf, const char* name) {
    std::set<RelId> seen;
    ForEach(cf, [&](std::string_view k, std::string_view v) {
      const NodeId node = k.size() >= 8 ? keys::GetBig64(k, 0) : 0;
      // A block's entries ascend (the search for one to delete relies on it).
      std::optional<std::pair<NodeId, RelId>> last;
      bool ascending = true;
      bool well_formed = adjacency::ForEachEntry(k, v, [&](uint32_t type, NodeId other, RelId rel) {
        ascending = ascending && (!last || *last < std::make_pair(other, rel));
        last = {other, rel};
        CheckAdjacencyEntry(cf, name, node, store_->types().NameOf(type), other, rel, &seen);
      });
      if (!well_formed || !ascending)
        Violation(std::string(name) + " adjacency key or block of node " + std::to_string(node) +
                  " is malformed");
    });
    for (const auto& [id, r] : rels_)
      if (!seen.count(id))
        Violation("relationship " + std::to_string(id) + " is missing from the " + name +
                  " adjacency");
    report_->checks.push_back(std::string(name) + " adjacency agrees with relationship records");
  }

  void CheckAdjacencyEntry(Cf cf, const char* name, NodeId node, const std::string& type,
                           NodeId other, RelId rel, std::set<RelId>* seen) {
    auto it = rels_.find(rel);
    bool out = cf == kCfOut;
    if (it == rels_.end() || it->second.type != type ||
        (out ? it->second.start : it->second.end) != node ||
        (out ? it->second.end : it->second.start) != other) {
      Violation(std::string("dangling ") + name + " adjacency entry: node " +
                std::to_string(node) + " -[" + type + " #" + std::to_string(rel) + "]- node " +
                std::to_string(other) + " has no matching relationship record");
      return;
    }
    if (!seen->insert(rel).second)
      Violation("relationship " + std::to_string(rel) + " is listed twice in the " + name +
                " adjacency");
  }

  void CheckLabels() {
    std::set<std::pair<std::string, NodeId>> indexed;
    ForEach(kCfLabels, [&](std::string_view k, std::string_view) {
      if (k.size() != 12) return Violation("label index key of bad size");
      indexed.insert({store_->labels().NameOf(keys::GetBig32(k, 0)), keys::GetBig64(k, 4)});
    });
    std::set<std::pair<std::string, NodeId>> expected;
    for (const auto& [id, n] : nodes_)
      for (const auto& l : n.labels) expected.insert({l, id});
    for (const auto& e : indexed)
      if (!expected.count(e))
        Violation("label index lists node " + std::to_string(e.second) + " under :" + e.first +
                  " but its record does not have that label");
    for (const auto& e : expected)
      if (!indexed.count(e))
        Violation("node " + std::to_string(e.second) + " has label :" + e.first +
                  " but is missing from the label index");
    report_->checks.push_back("label index agrees with node records");
  }

  void CheckNames() {
    std::set<std::pair<std::string, NodeId>> indexed;
    ForEach(kCfNames, [&](std::string_view k, std::string_view) {
      if (k.size() < 9 || k[k.size() - 9] != '\0') return Violation("name index key malformed");
      indexed.insert({std::string(k.substr(0, k.size() - 9)), keys::GetBig64(k, k.size() - 8)});
    });
    std::set<std::pair<std::string, NodeId>> expected;
    for (const auto& entry : nodes_) {
      const NodeId id = entry.first;
      const Node& n = entry.second;
      auto add = [&](const Value& v) {
        if (v.is_string() && !v.AsString().empty())
          expected.insert({codec::FoldName(v.AsString()), id});
      };
      if (auto it = n.properties.find("name"); it != n.properties.end()) add(it->second);
      if (auto it = n.properties.find("aliases"); it != n.properties.end() && it->second.is_list())
        for (const Value& a : it->second.AsList()) add(a);
    }
    for (const auto& e : indexed)
      if (!expected.count(e))
        Violation("name index entry '" + e.first + "' points to node " + std::to_string(e.second) +
                  " which does not carry that name");
    for (const auto& e : expected)
      if (!indexed.count(e))
        Violation("node " + std::to_string(e.second) + " name '" + e.first +
                  "' is missing from the name index");
    report_->checks.push_back("name index agrees with node records");
  }

  void CheckCounters() {
    if (!nodes_.empty() && nodes_.rbegin()->first >= store_->next_node())
      Violation("node id counter " + std::to_string(store_->next_node()) +
                " is not above the largest node id");
    if (!rels_.empty() && rels_.rbegin()->first >= store_->next_rel())
      Violation("relationship id counter is not above the largest relationship id");
    report_->checks.push_back("id counters lie above every id");
  }

  // The kept counts (graph/counts.h) equal what the records hold.
  void CheckCounts() {
    std::optional<StoreCounts> kept;
    try {
      kept = counts::Read(store_->db(), store_->cf(kCfCounts), read_options_, counts::Deltas());
    } catch (const Error& e) {
      return Violation(std::string("reading the counts failed: ") + e.what());
    }
    if (!kept) {
      report_->checks.push_back("no counts kept yet (the first writer counts them)");
      return;
    }
    std::map<std::string, uint64_t> labels, types, kinds;
    for (const auto& [id, n] : nodes_) {
      auto kind = n.properties.find("kind");
      for (const auto& l : n.labels) {
        ++labels[l];
        if (kind != n.properties.end() && kind->second.is_string())
          ++kinds[":" + l + " nodes of kind '" + kind->second.AsString() + "'"];
        for (const auto& [key, value] : n.properties) ++kinds[":" + l + " nodes with key '" + key + "'"];
      }
    }
    for (const auto& [id, r] : rels_) ++types[r.type];
    auto differ = [&](const std::string& what, uint64_t stored, uint64_t real) {
      if (stored != real)
        Violation("kept count of " + what + " is " + std::to_string(stored) + " but there are " +
                  std::to_string(real) + " (`newsgraph repair` counts again)");
    };
    differ("nodes", kept->nodes, nodes_.size());
    differ("relationships", kept->relationships, rels_.size());
    const std::map<std::string, uint64_t> kept_labels(kept->per_label.begin(), kept->per_label.end());
    const std::map<std::string, uint64_t> kept_types(kept->per_type.begin(), kept->per_type.end());
    auto stored = [](const std::map<std::string, uint64_t>& m, const std::string& k) {
      auto it = m.find(k);
      return it == m.end() ? uint64_t{0} : it->second;
    };
    for (const auto& [name, n] : labels) differ(":" + name + " nodes", stored(kept_labels, name), n);
    for (const auto& [name, n] : kept_labels)
      if (!labels.count(name)) differ(":" + name + " nodes", n, 0);
    for (const auto& [name, n] : types) differ(":" + name + " relationships", stored(kept_types, name), n);
    for (const auto& [name, n] : kept_types)
      if (!types.count(name)) differ(":" + name + " relationships", n, 0);
    std::map<std::string, uint64_t> kept_kinds;
    for (const auto& k : kept->per_kind) kept_kinds[":" + k.label + " nodes of kind '" + k.kind + "'"] = k.nodes;
    for (const auto& k : kept->per_key) kept_kinds[":" + k.label + " nodes with key '" + k.key + "'"] = k.nodes;
    for (const auto& [what, n] : kinds) differ(what, stored(kept_kinds, what), n);
    for (const auto& [what, n] : kept_kinds)
      if (!kinds.count(what)) differ(what, n, 0);
    report_->checks.push_back("kept counts agree with the records");
  }

  void CheckStatements() {
    std::map<NodeId, int> speakers, articles;
    for (const auto& [id, r] : rels_) {
      if (r.type == "SAID") ++speakers[r.end];
      if (r.type == "REPORTED_IN") ++articles[r.start];
    }
    size_t statements = 0;
    for (const auto& [id, n] : nodes_) {
      bool is_statement = false;
      for (const auto& l : n.labels) is_statement |= l == "Statement";
      if (!is_statement) continue;
      ++statements;
      if (speakers[id] > 1)
        Violation("statement " + std::to_string(id) + " has " + std::to_string(speakers[id]) +
                  " speakers (SAID), expected at most 1");
      if (articles[id] != 1)
        Violation("statement " + std::to_string(id) + " has " + std::to_string(articles[id]) +
                  " articles (REPORTED_IN), expected 1");
    }
    report_->checks.push_back(std::to_string(statements) +
                              " statements have at most one speaker and one article");
  }

  // Every text decodes and belongs to a node; every statement with offsets
  // lies inside its article's text, and its `text` is that slice.
  void CheckTexts() {
    std::map<NodeId, std::vector<NodeId>> statements_of;  // article -> statements
    for (const auto& [id, r] : rels_)
      if (r.type == "REPORTED_IN" && nodes_.count(r.start) && nodes_.at(r.start).HasLabel("Statement"))
        statements_of[r.end].push_back(r.start);
    size_t texts = 0, checked = 0;
    std::set<NodeId> with_text;
    if (store_->cf(kCfTexts))
      ForEach(kCfTexts, [&](std::string_view k, std::string_view v) {
        if (k.size() != 8) return Violation("text key of bad size");
        NodeId id = keys::GetBig64(k, 0);
        ++texts;
        with_text.insert(id);
        if (!nodes_.count(id)) return Violation("text of missing node " + std::to_string(id));
        std::string body;
        try {
          body = text_compression::Decompress(v);
        } catch (const Error& e) {
          return Violation("text of node " + std::to_string(id) + ": " + e.what());
        }
        for (NodeId st : statements_of[id]) checked += CheckOffsets(nodes_.at(st), id, body);
      });
    size_t without = 0;
    for (const auto& [id, n] : nodes_) without += n.HasLabel("Article") && !with_text.count(id);
    report_->checks.push_back(std::to_string(texts) + " texts decode; " + std::to_string(checked) +
                              " statements lie in their article's text");
    if (without)
      report_->checks.push_back(std::to_string(without) +
                                " articles have no text (written before texts were kept: "
                                "ingest them again to add it)");
  }

  // 1 when the statement has offsets and they were checked.
  size_t CheckOffsets(const Node& st, NodeId article, const std::string& body) {
    auto prop = [&](const char* key) -> const Value* {
      auto it = st.properties.find(key);
      return it == st.properties.end() ? nullptr : &it->second;
    };
    const Value *start = prop("start"), *end = prop("end"), *text = prop("text");
    if (!start || !end || !start->is_int() || !end->is_int()) return 0;
    const std::string where = "statement " + std::to_string(st.id) + " (article " +
                              std::to_string(article) + ")";
    int64_t b = start->AsInt(), e = end->AsInt();
    if (b < 0 || b > e || static_cast<uint64_t>(e) > body.size()) {
      Violation(where + ": offsets " + std::to_string(b) + ".." + std::to_string(e) +
                " lie outside its article's text of " + std::to_string(body.size()) + " bytes");
      return 1;
    }
    // Reporting words set off inside the words are left out of `text`.
    const Value *gap_start = prop("gap_start"), *gap_end = prop("gap_end");
    int64_t gb = 0, ge = 0;
    if (gap_start && gap_end && gap_start->is_int() && gap_end->is_int()) {
      gb = gap_start->AsInt();
      ge = gap_end->AsInt();
      if (!(b < gb && gb <= ge && ge < e)) {
        Violation(where + ": its gap " + std::to_string(gb) + ".." + std::to_string(ge) + " lies outside its words " +
                  std::to_string(b) + ".." + std::to_string(e));
        return 1;
      }
    }
    if (text && text->is_string() && StatementWords(body, b, e, gb, ge) != text->AsString())
      Violation(where + ": its text differs from its article's text at " + std::to_string(b) +
                ".." + std::to_string(e));
    return 1;
  }

  RocksStore* store_;
  size_t max_;
  IntegrityReport* report_;
  rocksdb::ReadOptions read_options_;
  std::map<NodeId, Node> nodes_;
  std::map<RelId, Relationship> rels_;
};

}  // namespace

IntegrityReport CheckIntegrity(const std::string& path, size_t max_violations) {
  OpenOptions options;
  options.read_only = true;
  IntegrityReport report;
  std::unique_ptr<RocksStore> store;
  try {
    store = RocksStore::Open(path, options);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kCorruption && e.kind() != ErrorKind::kIo) throw;
    report.violations.push_back(e.what());
    return report;
  }
  Checker(store.get(), max_violations, &report).Run();
  return report;
}

}  // namespace ng
