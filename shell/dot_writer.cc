#include "shell/dot_writer.h"

#include <algorithm>
#include <map>
#include <set>

namespace ng::cli {

namespace {

struct Style {
  const char* shape;
  const char* fill;
};

// By actor kind first, then by label; anything else is a plain ellipse.
const std::map<std::string, Style>& Styles() {
  static const std::map<std::string, Style> styles = {
      {"kind:country", {"box", "#9ecae1"}},
      {"kind:person", {"ellipse", "#fdd0a2"}},
      {"kind:government_body", {"box", "#c6dbef"}},
      {"kind:armed_group", {"octagon", "#fc9272"}},
      {"kind:coalition", {"box3d", "#a1d99b"}},
      {"kind:organization", {"component", "#dadaeb"}},
      {"kind:media", {"tab", "#d9d9d9"}},
      {"kind:anonymous_source", {"ellipse", "#f0f0f0"}},
      {"label:Actor", {"ellipse", "#fdd0a2"}},
      {"label:Statement", {"note", "#ffffcc"}},
      {"label:Event", {"hexagon", "#fdae6b"}},
      {"label:Article", {"folder", "#e5e5e5"}},
  };
  return styles;
}

std::string StringProperty(const Node& n, const char* key) {
  auto it = n.properties.find(key);
  return it != n.properties.end() && it->second.is_string() ? it->second.AsString() : "";
}

// Cut to `max` code points with an ellipsis.
std::string Shorten(const std::string& s, size_t max) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (++count > max) return s.substr(0, i) + "…";
  }
  return s;
}

const Style& StyleOf(const Node& n) {
  static const Style plain{"ellipse", "#ffffff"};
  auto it = Styles().find("kind:" + StringProperty(n, "kind"));
  if (it != Styles().end() && !n.labels.empty() && n.labels[0] == "Actor") return it->second;
  for (const auto& l : n.labels)
    if (auto s = Styles().find("label:" + l); s != Styles().end()) return s->second;
  return plain;
}

// The text in the box, and the whole text for the tooltip.
std::pair<std::string, std::string> Caption(const Node& n) {
  for (const char* key : {"title", "name", "label", "file"}) {
    std::string s = StringProperty(n, key);
    if (!s.empty()) return {Shorten(s, 40), s};
  }
  std::string text = StringProperty(n, "text");
  if (!text.empty()) return {"“" + Shorten(text, 40) + "”", text};
  std::string label = n.labels.empty() ? "node" : n.labels[0];
  return {label + " " + std::to_string(n.id), label};
}

void AddValue(const ResultValue& v, std::map<NodeId, Node>* nodes,
              std::map<RelId, Relationship>* rels) {
  if (auto* n = v.get_if<Node>()) {
    nodes->emplace(n->id, *n);
  } else if (auto* r = v.get_if<Relationship>()) {
    rels->emplace(r->id, *r);
  } else if (auto* p = v.get_if<PathResult>()) {
    for (const auto& x : p->nodes) nodes->emplace(x.id, x);
    for (const auto& x : p->relationships) rels->emplace(x.id, x);
  } else if (auto* l = v.get_if<ResultList>()) {
    for (const auto& x : *l) AddValue(x, nodes, rels);
  } else if (auto* m = v.get_if<ResultMap>()) {
    for (const auto& [k, x] : *m) AddValue(x, nodes, rels);
  }
}

}  // namespace

std::string DotQuote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    // Other control characters (a NUL ends Graphviz's string) in caret
    // notation, ASCII: Graphviz's text measuring misreads the Unicode control
    // pictures (a use-after-free inside libgvc's pango plugin under ASan).
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      out += '^';
      out += u == 0x7F ? '?' : static_cast<char>(u + 0x40);
      continue;
    }
    out += c;
  }
  return out + "\"";
}

DotGraph CollectElements(const ResultSet& result, const Transaction& txn) {
  std::map<NodeId, Node> nodes;
  std::map<RelId, Relationship> rels;
  for (const auto& row : result.rows)
    for (const auto& v : row) AddValue(v, &nodes, &rels);
  for (const auto& [id, r] : rels)
    for (NodeId end : {r.start, r.end})
      if (!nodes.count(end))
        if (auto n = txn.GetNode(end)) nodes.emplace(end, *n);
  // Nodes alone (NEIGHBOURS, MATCH (n) RETURN n) are drawn with the
  // relationships among them, or the diagram would be a cloud of boxes.
  if (rels.empty()) {
    for (const auto& [id, n] : nodes) {
      AdjacencyEntry e;
      for (auto c = txn.Adjacent(id, Direction::kOutgoing); c->Next(&e);)
        if (nodes.count(e.neighbour))
          if (auto r = txn.GetRelationship(e.relationship)) rels.emplace(r->id, *r);
    }
  }
  DotGraph g;
  for (auto& [id, n] : nodes) g.nodes.push_back(std::move(n));
  for (auto& [id, r] : rels) g.relationships.push_back(std::move(r));
  return g;
}

DotGraph WholeGraph(const Transaction& txn) {
  DotGraph g;
  uint64_t id;
  for (auto c = txn.ScanNodes(); c->Next(&id);)
    if (auto n = txn.GetNode(id)) g.nodes.push_back(std::move(*n));
  for (auto c = txn.ScanRelationships(); c->Next(&id);)
    if (auto r = txn.GetRelationship(id)) g.relationships.push_back(std::move(*r));
  return g;
}

void WriteDot(const DotGraph& graph, const DotOptions& options, std::ostream& out) {
  out << "digraph newsgraph {\n"
      << "  graph [" << (options.centre ? "layout=twopi, root=n" + std::to_string(options.centre) + ", ranksep=1.6, overlap=false" : "rankdir=LR")
      << ", fontname=\"Helvetica\", labelloc=t, fontsize=16, label="
      << DotQuote(options.title) << "];\n"
      << "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n";
  for (const Node& n : graph.nodes) {
    const Style& s = StyleOf(n);
    auto [caption, tooltip] = Caption(n);
    out << "  n" << n.id << " [label=" << DotQuote(caption) << ", tooltip=" << DotQuote(tooltip)
        << ", shape=" << s.shape << ", fillcolor=\"" << s.fill << "\"];\n";
  }
  for (const Relationship& r : graph.relationships) {
    out << "  n" << r.start << " -> n" << r.end << " [label=" << DotQuote(r.type);
    // A "weight" (said --matrix: statements per speaker and target) thickens the edge.
    auto w = r.properties.find("weight");
    if (w != r.properties.end() && w->second.is_int())
      out << ", penwidth=" << std::min<int64_t>(8, 1 + w->second.AsInt() / 2);
    auto tip = r.properties.find("tooltip");
    if (tip != r.properties.end() && tip->second.is_string())
      out << ", tooltip=" << DotQuote(tip->second.AsString()) << ", labeltooltip=" << DotQuote(tip->second.AsString());
    out << "];\n";
  }
  if (!options.legend.empty()) {
    // Left-justified lines (\l), each escaped as any label is.
    std::string label;
    for (const std::string& line : options.legend) {
      std::string quoted = DotQuote(line);
      label += quoted.substr(1, quoted.size() - 2) + "\\l";
    }
    out << "  legend [shape=box, fillcolor=\"#fffff0\", fontsize=9, label=\"" << label << "\"];\n";
  }
  out << "}\n";
}

}  // namespace ng::cli
