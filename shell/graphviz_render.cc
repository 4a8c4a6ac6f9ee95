#include "shell/graphviz_render.h"

#include <graphviz/gvc.h>

#include <memory>

#include "graph/error.h"

namespace ng::cli {

namespace {

// One Graphviz context for the whole process, never freed: Graphviz 2.42's
// pango plugin keeps a font name from the first context in a static cache,
// so measuring text after gvFreeContext read freed memory (AddressSanitizer:
// heap-use-after-free in textspan_size on the second drawing of a shell
// session or test run). Graphviz is not thread-safe anyway; the drawing
// happens on the main thread.
GVC_t* Context() {
  static GVC_t* const context = gvContext();
  return context;
}

}  // namespace

std::string RenderGraphviz(const std::string& dot, const std::string& format) {
  GVC_t* gvc = Context();
  if (!gvc) throw Error(ErrorKind::kIo, "cannot start Graphviz (libgvc)");
  agseterr(AGMAX);  // our one-line error replaces Graphviz's own messages on stderr
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(dot.c_str()), agclose);
  if (!graph) throw Error(ErrorKind::kInvalidArgument, "Graphviz cannot read the DOT text");
  if (gvLayout(gvc, graph.get(), "dot") != 0)
    throw Error(ErrorKind::kIo,
                "Graphviz has no 'dot' layout plugin; install the graphviz package "
                "(apt-get install graphviz) or export --format dot");
  char* data = nullptr;
  unsigned int length = 0;  // Graphviz 2.42 (Debian 12) takes unsigned int*
  int rc = gvRenderData(gvc, graph.get(), format.c_str(), &data, &length);
  std::string out = rc == 0 && data ? std::string(data, length) : "";
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph.get());
  if (rc != 0)
    throw Error(ErrorKind::kIo, "Graphviz cannot render " + format +
                                    "; install the graphviz package (apt-get install graphviz)");
  return out;
}

}  // namespace ng::cli
