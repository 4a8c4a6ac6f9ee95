#include "ingest/nlp/treebank.h"

#include <fstream>

#include "graph/error.h"

namespace ng::nlp {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

bool ParseInt(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// Places every word in the sentence text: surface tokens are found in order,
// the words of a multi-word token share its span in proportion to their
// lengths when they spell it, else the first word takes it all.
void PlaceWords(TreebankSentence* s) {
  if (s->text.empty()) {
    for (size_t i = 0; i < s->tokens.size(); ++i) {
      s->text += s->tokens[i].form;
      if (s->tokens[i].space_after && i + 1 < s->tokens.size()) s->text += ' ';
    }
  }
  size_t pos = 0;
  size_t mw = 0;
  const std::string& text = s->text;
  auto find = [&](const std::string& form) {
    size_t at = text.find(form, pos);
    if (at == std::string::npos) at = pos;
    return at;
  };
  for (size_t i = 0; i < s->tokens.size();) {
    if (mw < s->multiwords.size() && s->multiwords[mw].first == static_cast<int>(i)) {
      const MultiwordToken& m = s->multiwords[mw++];
      size_t at = find(m.form);
      size_t end = std::min(text.size(), at + m.form.size());
      std::string joined;
      for (int w = m.first; w <= m.last; ++w) joined += s->tokens[w].form;
      bool spells = joined.size() == m.form.size();
      size_t p = at;
      for (int w = m.first; w <= m.last; ++w) {
        Token& t = s->tokens[w];
        t.multiword = static_cast<int>(mw);
        t.begin = std::min(p, end);
        p = spells ? p + t.form.size() : (w == m.first ? end : p);
        t.end = std::min(p, end);
      }
      pos = end;
      i = m.last + 1;
      continue;
    }
    Token& t = s->tokens[i];
    size_t at = find(t.form);
    t.begin = at;
    t.end = std::min(text.size(), at + t.form.size());
    pos = t.end;
    ++i;
  }
}

void Finish(TreebankSentence* s, std::vector<TreebankSentence>* out) {
  if (s->tokens.empty()) return;
  PlaceWords(s);
  out->push_back(std::move(*s));
  *s = TreebankSentence();
}

std::string CommentValue(const std::string& line, const std::string& key) {
  if (line.rfind(key, 0) != 0) return "";
  return line.substr(key.size());
}

}  // namespace

std::vector<TreebankSentence> ReadConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorKind::kNotFound, path + ": cannot open");
  std::vector<TreebankSentence> out;
  TreebankSentence s;
  std::string line;
  int line_no = 0;
  auto fail = [&](const std::string& why) {
    throw Error(ErrorKind::kInvalidArgument, path + ":" + std::to_string(line_no) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      Finish(&s, &out);
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) s.new_document = true;
      if (line.rfind("# newpar", 0) == 0) s.new_paragraph = true;
      std::string v = CommentValue(line, "# text = ");
      if (!v.empty()) s.text = v;
      v = CommentValue(line, "# sent_id = ");
      if (!v.empty()) s.id = v;
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 10) fail("expected 10 tab-separated columns, found " + std::to_string(f.size()));
    if (f[0].find('.') != std::string::npos) continue;  // an empty node
    size_t dash = f[0].find('-');
    if (dash != std::string::npos) {
      int a = 0, b = 0;
      if (!ParseInt(f[0].substr(0, dash), &a) || !ParseInt(f[0].substr(dash + 1), &b) || b < a)
        fail("bad multi-word token range '" + f[0] + "'");
      s.multiwords.push_back({a - 1, b - 1, f[1], f[9].find("SpaceAfter=No") == std::string::npos});
      continue;
    }
    int id = 0;
    if (!ParseInt(f[0], &id) || id != static_cast<int>(s.tokens.size()) + 1)
      fail("word id '" + f[0] + "' out of sequence");
    Token t;
    t.form = f[1];
    t.lemma = f[2];
    t.upos = f[3];
    t.xpos = f[4];
    int head = 0;
    if (f[6] == "_") head = 0;
    else if (!ParseInt(f[6], &head)) fail("bad head '" + f[6] + "'");
    t.head = head - 1;
    t.deprel = f[7];
    t.space_after = f[9].find("SpaceAfter=No") == std::string::npos;
    // A multi-word token's SpaceAfter belongs to its last word.
    if (!s.multiwords.empty() && s.multiwords.back().last == id - 1)
      t.space_after = s.multiwords.back().space_after;
    s.tokens.push_back(std::move(t));
  }
  Finish(&s, &out);
  for (TreebankSentence& sent : out)
    for (size_t i = 0; i < sent.tokens.size(); ++i)
      if (sent.tokens[i].head >= static_cast<int>(sent.tokens.size()))
        throw Error(ErrorKind::kInvalidArgument,
                    path + ": sentence " + sent.id + ": head out of range at word " + std::to_string(i + 1));
  return out;
}

std::vector<TreebankSentence> ReadIob2(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorKind::kNotFound, path + ": cannot open");
  std::vector<TreebankSentence> out;
  TreebankSentence s;
  std::vector<std::string> tags;
  std::string line;
  int line_no = 0;
  auto finish = [&]() {
    if (s.tokens.empty()) return;
    for (size_t i = 0; i < tags.size(); ++i) {
      const std::string& t = tags[i];
      if (t.size() < 3 || (t[0] != 'B' && t[0] != 'I')) continue;
      std::string type = t.substr(2);
      bool starts = t[0] == 'B' || i == 0 || tags[i - 1].size() < 3 || tags[i - 1].substr(2) != type;
      if (starts) s.names.push_back({static_cast<int>(i), static_cast<int>(i), type});
      else s.names.back().last = static_cast<int>(i);
    }
    out.push_back(std::move(s));
    s = TreebankSentence();
    tags.clear();
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      std::string v = CommentValue(line, "# sent_id = ");
      if (!v.empty()) s.id = v;
      v = CommentValue(line, "# text = ");
      if (!v.empty()) s.text = v;
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 3)
      throw Error(ErrorKind::kInvalidArgument,
                  path + ":" + std::to_string(line_no) + ": expected word and tag columns");
    Token t;
    t.form = f[1];
    s.tokens.push_back(std::move(t));
    tags.push_back(f[2]);
  }
  finish();
  return out;
}

}  // namespace ng::nlp
