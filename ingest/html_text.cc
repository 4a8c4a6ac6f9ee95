#include "ingest/html_text.h"

#include <set>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace ng::ingest {

namespace {

const std::set<std::string> kSkipped = {"script", "style", "noscript", "nav", "footer", "header",
                                        "aside", "form", "button", "svg", "iframe", "template",
                                        "select", "figure", "figcaption"};
const std::set<std::string> kBlocks = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                       "br", "article", "section", "blockquote", "tr", "td",
                                       "main", "ul", "ol", "table", "pre", "hr", "dd", "dt"};

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<char*>(v));
  xmlFree(v);
  return out;
}

std::string Name(xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

void ReadMeta(xmlNode* node, HtmlText* out) {
  std::string name = Name(node);
  if (name == "link" && Attr(node, "rel") == "canonical") out->canonical_url = Attr(node, "href");
  if (name != "meta") return;
  std::string key = Attr(node, "property");
  if (key.empty()) key = Attr(node, "name");
  std::string content = Attr(node, "content");
  if (key == "og:url" && out->canonical_url.empty()) out->canonical_url = content;
  if (key == "og:site_name") out->site_name = content;
  if (key == "og:title" && out->title.empty()) out->title = content;
  if (key == "article:published_time" || key == "date" || key == "pubdate") out->published = content;
  if (key == "author") out->author = content;
}

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  HtmlText out;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | XML_PARSE_HUGE);
  if (!doc) return out;
  std::string title;
  // Iterative walk: deeply nested pages must not exhaust the stack.
  struct Frame {
    xmlNode* node;
    bool leaving;
  };
  std::vector<Frame> stack;
  if (xmlNode* root = xmlDocGetRootElement(doc)) stack.push_back({root, false});
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    xmlNode* node = f.node;
    if (f.leaving) {
      out.text += '\n';
      continue;
    }
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      const char* content = reinterpret_cast<const char*>(node->content);
      if (content) {
        std::string piece(content);
        for (char& c : piece)
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out.text += piece;
      }
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string name = Name(node);
    ReadMeta(node, &out);
    if (name == "title" && node->children && node->children->content) {
      out.title = reinterpret_cast<const char*>(node->children->content);
      continue;
    }
    if (kSkipped.count(name) || name == "head") {
      if (name == "head")
        for (xmlNode* c = node->children; c; c = c->next) {
          if (c->type != XML_ELEMENT_NODE) continue;
          ReadMeta(c, &out);
          if (Name(c) == "title" && c->children && c->children->content && out.title.empty())
            out.title = reinterpret_cast<const char*>(c->children->content);
        }
      continue;
    }
    bool block = kBlocks.count(name) > 0;
    if (block) {
      out.text += '\n';
      stack.push_back({node, true});
    }
    std::vector<xmlNode*> children;
    for (xmlNode* c = node->children; c; c = c->next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
  }
  xmlFreeDoc(doc);
  return out;
}

}  // namespace ng::ingest
