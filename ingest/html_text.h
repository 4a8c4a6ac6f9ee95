// ingest/html_text.h — readable text and metadata of an HTML page (libxml2).
#ifndef NEWSGRAPH_INGEST_HTML_TEXT_H_
#define NEWSGRAPH_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace ng::ingest {

struct HtmlText {
  std::string text;  // one paragraph per line; scripts, styles, navigation dropped
  std::string title, canonical_url, site_name, published, author;
};

HtmlText ExtractHtmlText(std::string_view html);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_HTML_TEXT_H_
