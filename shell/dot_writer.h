// shell/dot_writer.h — GraphViz DOT of a graph or of a query's part of it.
//
// Nodes are drawn by label (and actors by kind) from a style table; long
// statement texts are shortened with an ellipsis and kept whole in the
// tooltip; relationship types label the edges, an integer "weight"
// property of a relationship sets the edge's thickness and a string
// "tooltip" property its tooltip.
#ifndef NEWSGRAPH_SHELL_DOT_WRITER_H_
#define NEWSGRAPH_SHELL_DOT_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/result.h"

namespace ng::cli {

struct DotGraph {
  std::vector<Node> nodes;                  // no duplicates
  std::vector<Relationship> relationships;  // both ends are in `nodes`
};

// Every node, relationship and path in `result` (also inside lists and maps);
// the ends of relationships are read from `txn` when the result lacks them.
// A result with nodes but no relationships gets those among its nodes.
DotGraph CollectElements(const ResultSet& result, const Transaction& txn);

// The whole graph visible to `txn`.
DotGraph WholeGraph(const Transaction& txn);

struct DotOptions {
  std::string title;  // shown on top of the diagram
  // A radial layout (Graphviz twopi) around this node, for a fan of edges
  // into one node (who talks about one actor): dot's ranks draw it as a
  // strip one node wide. 0: dot, left to right.
  NodeId centre = 0;
  // Lines of a box beside the diagram (who said what: the words of each
  // numbered edge, which tooltips show only on screen); none when empty.
  std::vector<std::string> legend;
};

void WriteDot(const DotGraph& graph, const DotOptions& options, std::ostream& out);

// A DOT double-quoted string: quotes, backslashes and newlines escaped.
std::string DotQuote(const std::string& text);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_DOT_WRITER_H_
