// graph/text_compression.h — how a node's text (an article's body) is kept:
// one zstd frame behind a format byte (internal).
#ifndef NEWSGRAPH_GRAPH_TEXT_COMPRESSION_H_
#define NEWSGRAPH_GRAPH_TEXT_COMPRESSION_H_

#include <string>
#include <string_view>

namespace ng::text_compression {

// The stored form of `text`: format byte 1, then a zstd frame.
std::string Compress(std::string_view text);

// The text back. Throws ng::Error(kCorruption) when `stored` is not the
// stored form of a text (wrong format byte, damaged frame).
std::string Decompress(std::string_view stored);

}  // namespace ng::text_compression

#endif  // NEWSGRAPH_GRAPH_TEXT_COMPRESSION_H_
