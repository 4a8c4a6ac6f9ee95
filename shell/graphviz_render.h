// shell/graphviz_render.h — DOT text to SVG, PNG or PDF through Graphviz's
// own library (libgvc), in-process: no shell, no temporary files.
#ifndef NEWSGRAPH_SHELL_GRAPHVIZ_RENDER_H_
#define NEWSGRAPH_SHELL_GRAPHVIZ_RENDER_H_

#include <string>

namespace ng::cli {

// Lays `dot` out with the "dot" engine and renders it as `format` ("svg",
// "png", "pdf"). Throws ng::Error(kInvalidArgument) for DOT Graphviz cannot
// read and kIo, with what to install, when a layout or output plugin is missing.
std::string RenderGraphviz(const std::string& dot, const std::string& format);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_GRAPHVIZ_RENDER_H_
