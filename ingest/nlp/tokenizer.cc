#include "ingest/nlp/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

// One UTF-8 character: its code point (0xFFFD for a bad byte) and length.
struct Char {
  uint32_t cp;
  size_t len;
};

Char Decode(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return {0xFFFD, 1};
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (d & 0x3F);
  }
  return {cp, len};
}

// The start of the character that ends at `end`.
size_t PreviousStart(std::string_view s, size_t begin, size_t end) {
  size_t i = end - 1;
  while (i > begin && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80 && end - i < 4) --i;
  return Decode(s, i).len == end - i ? i : end - 1;
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp < 0x20 || cp == 0x7F || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsDigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsAsciiLetter(uint32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
// Letters of any script count as letters; punctuation blocks do not.
bool IsLetter(uint32_t cp) {
  return IsAsciiLetter(cp) || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) &&
                               !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFFFD && !(cp >= 0xFE30 && cp <= 0xFE4F));
}
bool IsAlnum(uint32_t cp) { return IsDigit(cp) || IsLetter(cp); }

bool IsOpening(uint32_t cp) {
  switch (cp) {
    case '(': case '[': case '{': case '<': case '"': case '\'': case '`': case 0x201C: case 0x2018:
    case 0xAB: case 0x2039: case 0x201E: case 0x201A: case 0xBF: case 0xA1:
      return true;
  }
  return false;
}

bool IsClosing(uint32_t cp) {
  switch (cp) {
    case ')': case ']': case '}': case '>': case '"': case '\'': case 0x201D: case 0x2019: case 0xBB:
    case 0x203A:
      return true;
  }
  return false;
}

bool IsSentencePunct(uint32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

// Punctuation that is a token of its own wherever it stands at a word's edge.
bool IsEdgePunct(uint32_t cp) {
  return IsOpening(cp) || IsClosing(cp) || IsSentencePunct(cp) || cp == ',' || cp == ';' || cp == ':' ||
         cp == '*' || cp == '#' || cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == '~' || cp == '|' ||
         cp == '=' || cp == '+' || cp == '_' || cp == '^' || cp == '&' || cp == '%' || cp == '$' ||
         cp == '@' || cp == '/' || cp == '\\' || cp == 0x2022 || cp == 0xB7 || cp == 0x2032 ||
         cp == 0x2033 || cp == 0xA3 || cp == 0x20AC || cp == 0xA5;
}

// Case-insensitive for ASCII letters only: other bytes (parts of UTF-8
// characters) must be equal.
bool StartsWithCI(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
  for (size_t i = 0; i < prefix.size(); ++i)
    if (fold(s[i]) != fold(prefix[i])) return false;
  return true;
}

bool IsUrlOrEmail(std::string_view w) {
  if (StartsWithCI(w, "http://") || StartsWithCI(w, "https://") || StartsWithCI(w, "ftp://") ||
      StartsWithCI(w, "www.") || StartsWithCI(w, "mailto:"))
    return true;
  size_t at = w.find('@');
  if (at == std::string_view::npos || w.find('.', at) == std::string_view::npos || at + 1 >= w.size() ||
      !std::isalnum(static_cast<unsigned char>(w[at + 1])))
    return false;
  for (char c : w)
    if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr("._%+-@", c)) return false;
  return true;
}

// Characters that repeat into one token ("--", "***", "<<"); quotation marks
// and brackets do not: each is a token.
bool Repeats(uint32_t cp) {
  switch (cp) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '"': case '\'': case '`':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019:
      return false;
  }
  return true;
}

// "U.S.", "p.m.", "e.g.": letters each followed by a period.
bool IsDottedAcronym(std::string_view w) {
  if (w.size() < 4 || w.back() != '.') return false;
  for (size_t i = 0; i < w.size(); i += 2)
    if (i + 1 >= w.size() || !std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
  return true;
}

// The clitics UD English writes as words of their own, longest first.
const char* const kClitics[] = {"n't", "n\xE2\x80\x99t", "'ll", "\xE2\x80\x99ll", "'re", "\xE2\x80\x99re",
                                "'ve", "\xE2\x80\x99ve", "'s", "\xE2\x80\x99s", "'m", "\xE2\x80\x99m",
                                "'d", "\xE2\x80\x99" "d"};

}  // namespace

bool Tokenizer::IsSymbol(std::string_view s, bool first_byte_only) const {
  if (first_byte_only) return !s.empty() && symbol_starts_.count(s[0]) > 0;
  return symbols_.count(std::string(s)) > 0;
}

void Tokenizer::IndexSymbols() {
  for (const std::string& s : symbols_) {
    symbol_starts_.insert(s.front());
    symbol_ends_.insert(s.back());
  }
}

void Tokenizer::AddAbbreviations(const std::vector<std::string>& abbreviations) {
  for (const std::string& a : abbreviations)
    if (!a.empty()) abbreviations_.insert(LowerAscii(a.back() == '.' ? a : a + "."));
}

bool Tokenizer::IsAbbreviation(std::string_view w) const {
  if (w.size() < 2 || w.back() != '.') return false;
  if (w.size() == 2 && std::isalpha(static_cast<unsigned char>(w[0]))) return true;  // an initial
  return IsDottedAcronym(w) || abbreviations_.count(LowerAscii(w)) > 0;
}

void Tokenizer::AddWord(std::string_view text, size_t begin, size_t end,
                        std::vector<SurfaceToken>* out) const {
  if (begin >= end) return;
  SurfaceToken t;
  t.begin = begin;
  t.end = end;
  std::string_view w = text.substr(begin, end - begin);
  std::string lower = LowerAscii(w);
  auto mw = multiwords_.find(lower);
  if (mw != multiwords_.end()) {
    size_t p = begin;
    for (int len : mw->second) {
      t.words.emplace_back(p, std::min(end, p + len));
      p += len;
    }
    t.words.back().second = end;
    out->push_back(std::move(t));
    return;
  }
  for (const char* clitic : kClitics) {
    std::string_view c(clitic);
    if (w.size() > c.size() && StartsWithCI(w.substr(w.size() - c.size()), c)) {
      size_t cut = end - c.size();
      // "n't" needs a verb before it; "'s" any word; nothing is split off an
      // apostrophe alone.
      if (cut > begin) {
        t.words.emplace_back(begin, cut);
        t.words.emplace_back(cut, end);
        out->push_back(std::move(t));
        return;
      }
    }
  }
  t.words.emplace_back(begin, end);
  out->push_back(std::move(t));
}

// A word without edge punctuation: split at hyphens, slashes, ellipses and
// the like inside it, unless it is a number, a URL or a compound whose
// prefix keeps its hyphen.
void Tokenizer::SplitCore(std::string_view text, size_t begin, size_t end,
                          std::vector<SurfaceToken>* out) const {
  std::string_view w = text.substr(begin, end - begin);
  if (IsUrlOrEmail(w) || whole_.count(LowerAscii(w))) return AddWord(text, begin, end, out);
  size_t piece = begin;
  size_t i = begin;
  while (i < end) {
    Char c = Decode(text, i);
    bool split = false;
    size_t sep_end = i + c.len;
    Char prev = i > begin ? Decode(text, PreviousStart(text, begin, i)) : Char{0, 0};
    Char next = sep_end < end ? Decode(text, sep_end) : Char{0, 0};
    if (c.cp == '-' || c.cp == 0x2013 || c.cp == 0x2014) {
      // A run of dashes inside a word ("word--word") is a token.
      while (sep_end < end && (text[sep_end] == '-')) ++sep_end;
      next = sep_end < end ? Decode(text, sep_end) : Char{0, 0};
      bool numbers = IsDigit(prev.cp) && IsDigit(next.cp) && sep_end == i + 1;
      std::string prefix = LowerAscii(text.substr(piece, i - piece));
      bool kept = c.cp == '-' && sep_end == i + 1 && hyphen_prefixes_.count(prefix) && IsAlnum(next.cp);
      split = i > begin && sep_end < end && !numbers && !kept;
      if (i == begin || sep_end == end) split = true;
    } else if (c.cp == '/' || c.cp == '\\') {
      split = !(IsDigit(prev.cp) && IsDigit(next.cp));
    } else if (c.cp == 0x2026 || (c.cp == '.' && sep_end < end && text[sep_end] == '.')) {
      while (sep_end < end && (text[sep_end] == '.' || Decode(text, sep_end).cp == 0x2026))
        sep_end += Decode(text, sep_end).len;
      split = true;
    } else if (c.cp == ',' || c.cp == ';' || c.cp == '(' || c.cp == ')' || c.cp == '"' ||
               c.cp == 0x201C || c.cp == 0x201D || c.cp == '[' || c.cp == ']') {
      split = !(c.cp == ',' && IsDigit(prev.cp) && IsDigit(next.cp));
    } else if ((c.cp == '$' || c.cp == 0xA3 || c.cp == 0x20AC || c.cp == '#') && i == piece &&
               IsDigit(next.cp)) {
      split = true;
    } else if (c.cp == '%' && i > begin && IsDigit(prev.cp)) {
      split = true;
    } else if ((c.cp == '!' || c.cp == '?') && i > begin && IsLetter(prev.cp) && IsLetter(next.cp)) {
      split = true;  // "what?no"
    }
    if (split) {
      AddWord(text, piece, i, out);
      out->push_back(SurfaceToken{i, sep_end, {{i, sep_end}}, false, false});
      piece = sep_end;
    }
    i = sep_end;
  }
  AddWord(text, piece, end, out);
}

void Tokenizer::SplitChunk(std::string_view text, size_t begin, size_t end,
                           std::vector<SurfaceToken>* out) const {
  auto punct = [&](size_t b, size_t e) { out->push_back(SurfaceToken{b, e, {{b, e}}, false, false}); };
  // A learned symbol (":)", "<<", "^_^") as long as possible at position p.
  auto symbol_at = [&](size_t p, size_t limit) -> size_t {
    if (!IsSymbol(text.substr(p, 1), true)) return 0;
    for (size_t len = std::min<size_t>(limit - p, 8); len >= 2; --len)
      if (IsSymbol(text.substr(p, len), false)) return len;
    return 0;
  };
  std::string_view chunk = text.substr(begin, end - begin);
  if (chunk.size() <= 8 && IsSymbol(chunk, false)) return punct(begin, end);
  // Leading punctuation.
  while (begin < end) {
    Char c = Decode(text, begin);
    if (!IsEdgePunct(c.cp) || (c.cp == '@' && IsUrlOrEmail(text.substr(begin, end - begin)))) break;
    if ((c.cp == '\'' || c.cp == 0x2019) && begin + c.len < end && IsDigit(Decode(text, begin + c.len).cp))
      break;  // '90s
    if ((c.cp == '$' || c.cp == '#' || c.cp == '-' || c.cp == '+') && begin + 1 < end &&
        IsDigit(Decode(text, begin + c.len).cp) && c.cp != '$' && c.cp != '#')
      break;  // -5, +3
    // Runs of one character ("--", "...", "!!!") and of sentence marks are
    // one token; else a learned symbol; else the character alone.
    size_t len = c.len;
    while (begin + len < end) {
      Char d = Decode(text, begin + len);
      if (!(d.cp == c.cp && Repeats(c.cp)) && !(IsSentencePunct(c.cp) && IsSentencePunct(d.cp))) break;
      len += d.len;
    }
    if (len == c.len) len = std::max(len, symbol_at(begin, end));
    punct(begin, begin + len);
    begin += len;
  }
  // Trailing punctuation, collected from the end.
  std::vector<std::pair<size_t, size_t>> trailing;
  while (end > begin) {
    size_t start = PreviousStart(text, begin, end);
    Char c = Decode(text, start);
    if (!IsEdgePunct(c.cp) || c.cp == '$' || c.cp == '#' || c.cp == '@' || c.cp == '&' || c.cp == '/' ||
        c.cp == '_' || c.cp == '=' || c.cp == '+' || c.cp == '^' || c.cp == '\\')
      break;
    // A learned symbol ending here (":)" after a word), unless a run.
    size_t sym = 0;
    bool run = start > begin && Decode(text, PreviousStart(text, begin, start)).cp == c.cp && Repeats(c.cp);
    for (size_t len = std::min<size_t>(end - begin, 8); len >= 2 && !sym && !run && symbol_ends_.count(text[end - 1]);
         --len)
      if (IsSymbol(text.substr(end - len, len), false)) sym = len;
    if (sym) {
      trailing.emplace_back(end - sym, end);
      end -= sym;
      continue;
    }
    if (c.cp == '.') {
      // The period of an abbreviation or an initial stays with its word; a
      // second period after one ends the sentence ("Inc..").
      size_t dots = start;
      while (dots > begin && text[dots - 1] == '.') --dots;
      if (dots == start && IsAbbreviation(text.substr(begin, end - begin))) break;
      if (dots + 1 == start && dots > begin && IsAbbreviation(text.substr(begin, start - begin))) {
        trailing.emplace_back(start, end);
        end = start;
        break;
      }
    }
    if (c.cp == '%' && start > begin && IsDigit(Decode(text, PreviousStart(text, begin, start)).cp)) {
      trailing.emplace_back(start, end);
      end = start;
      continue;
    }
    size_t from = start;
    // Runs: "...", "!!!", "?!", "--".
    while (from > begin) {
      size_t p = PreviousStart(text, begin, from);
      Char d = Decode(text, p);
      if (!(d.cp == c.cp && Repeats(c.cp)) && !(IsSentencePunct(c.cp) && IsSentencePunct(d.cp))) break;
      from = p;
    }
    trailing.emplace_back(from, end);
    end = from;
  }
  if (begin < end) SplitCore(text, begin, end, out);
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) punct(it->first, it->second);
}

std::vector<SurfaceToken> Tokenizer::Tokenize(std::string_view text) const {
  std::vector<SurfaceToken> out;
  size_t i = 0;
  while (i < text.size()) {
    Char c = Decode(text, i);
    if (IsSpace(c.cp)) {
      if (!out.empty()) {
        out.back().space_after = true;
        if (c.cp == '\n' || c.cp == 0x2029) out.back().line_after = true;
      }
      i += c.len;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      Char d = Decode(text, i);
      if (IsSpace(d.cp)) break;
      i += d.len;
    }
    size_t first = out.size();
    SplitChunk(text, start, i, &out);
    for (size_t k = first; k < out.size(); ++k) out[k].space_after = false;
  }
  return out;
}

Tokenizer Tokenizer::Train(const std::vector<const TreebankSentence*>& train) {
  Tokenizer t;
  std::map<std::string, int> abbreviations;
  std::map<std::string, std::map<std::vector<int>, int>> splits;  // lower form -> word lengths -> count
  std::map<std::string, int> kept_prefix, split_prefix, symbols;
  for (const TreebankSentence* s : train) {
    const auto& toks = s->tokens;
    size_t mw = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      const std::string& f = toks[i].form;
      if (f.size() >= 2 && f.back() == '.' && f.find_first_not_of('.') != std::string::npos &&
          std::isalpha(static_cast<unsigned char>(f[0])))
        ++abbreviations[LowerAscii(f)];
      if (f.size() >= 2 && std::none_of(f.begin(), f.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); }) &&
          f.size() <= 8 && (f.back() & 0x80) == 0)
        ++symbols[f];
      size_t dash = f.find('-');
      if (dash != std::string::npos && dash > 0 && dash + 1 < f.size() &&
          std::isalpha(static_cast<unsigned char>(f[0])))
        ++kept_prefix[LowerAscii(f.substr(0, dash))];
      if (f == "-" && i > 0 && i + 1 < toks.size() && !toks[i - 1].space_after && !toks[i].space_after &&
          !toks[i - 1].form.empty() && std::isalpha(static_cast<unsigned char>(toks[i - 1].form[0])))
        ++split_prefix[LowerAscii(toks[i - 1].form)];
      // Every surface token's split: one word, or a multi-word token's words.
      if (mw < s->multiwords.size() && s->multiwords[mw].first == static_cast<int>(i)) {
        const MultiwordToken& m = s->multiwords[mw++];
        std::vector<int> lengths;
        for (int w = m.first; w <= m.last; ++w) lengths.push_back(static_cast<int>(toks[w].form.size()));
        ++splits[LowerAscii(m.form)][lengths];
        i = m.last;
      } else {
        ++splits[LowerAscii(f)][{static_cast<int>(f.size())}];
      }
    }
  }
  for (const auto& [form, by_split] : splits) {
    // A word with inner punctuation that the rules would split ("b/c").
    if (form.size() < 3 || by_split.size() != 1 || by_split.begin()->first.size() != 1 ||
        by_split.begin()->second < 2)
      continue;
    bool inner = false;
    for (size_t k = 1; k + 1 < form.size(); ++k)
      inner |= form[k] == '/' || form[k] == '-' || form[k] == '!' || form[k] == '?' || form[k] == '&';
    if (!inner) continue;
    std::vector<SurfaceToken> ruled;
    Tokenizer plain;
    plain.hyphen_prefixes_ = t.hyphen_prefixes_;
    plain.SplitCore(form, 0, form.size(), &ruled);
    if (ruled.size() > 1) t.whole_.insert(form);
  }
  for (const auto& [a, n] : abbreviations)
    if (n >= 2 && a.size() <= 6) t.abbreviations_.insert(a);
  for (const auto& [p, n] : kept_prefix)
    if (n >= 2 && n > split_prefix[p]) t.hyphen_prefixes_.insert(p);
  for (const auto& [s, n] : symbols) {
    bool run = std::set<char>(s.begin(), s.end()).size() == 1;
    bool marks = std::all_of(s.begin(), s.end(), [](char ch) { return ch == '.' || ch == '!' || ch == '?'; });
    if (n >= 2 && !marks && !run) t.symbols_.insert(s);
  }
  t.IndexSymbols();
  // Irregular multi-word tokens: those the clitic rules would not split the
  // same way, when most of the form's occurrences are split.
  Tokenizer rules_only;
  for (const auto& [form, by_split] : splits) {
    int total = 0, best = 0;
    const std::vector<int>* best_split = nullptr;
    for (const auto& [lengths, n] : by_split) {
      total += n;
      if (n > best) best = n, best_split = &lengths;
    }
    if (best_split->size() < 2 || best < 2) continue;
    std::vector<SurfaceToken> ruled;
    rules_only.AddWord(form, 0, form.size(), &ruled);
    std::vector<int> ruled_lengths;
    for (const auto& [b, e] : ruled[0].words) ruled_lengths.push_back(static_cast<int>(e - b));
    if (ruled_lengths != *best_split) t.multiwords_[form] = *best_split;
  }
  return t;
}

void Tokenizer::Save(ModelWriter* out) const {
  auto sorted = [](const auto& set) {
    std::vector<std::string> v(set.begin(), set.end());
    std::sort(v.begin(), v.end());
    return v;
  };
  out->AddStrings("abbreviations", sorted(abbreviations_));
  out->AddStrings("hyphen_prefixes", sorted(hyphen_prefixes_));
  out->AddStrings("symbols", sorted(symbols_));
  out->AddStrings("whole", sorted(whole_));
  std::vector<std::string> mw;
  std::map<std::string, std::vector<int>> ordered(multiwords_.begin(), multiwords_.end());
  for (const auto& [form, lengths] : ordered) {
    std::string l;
    for (int n : lengths) {
      if (!l.empty()) l += ',';
      l += std::to_string(n);
    }
    mw.push_back(form);
    mw.push_back(l);
  }
  out->AddStrings("multiwords", mw);
}

Tokenizer Tokenizer::Load(const ModelFile& in) {
  Tokenizer t;
  for (const std::string& s : in.Strings("abbreviations")) t.abbreviations_.insert(s);
  for (const std::string& s : in.Strings("hyphen_prefixes")) t.hyphen_prefixes_.insert(s);
  for (const std::string& s : in.Strings("symbols")) t.symbols_.insert(s);
  t.IndexSymbols();
  for (const std::string& s : in.Strings("whole")) t.whole_.insert(s);
  std::vector<std::string> mw = in.Strings("multiwords");
  if (mw.size() % 2) in.Fail("multiwords");
  for (size_t i = 0; i < mw.size(); i += 2) {
    std::vector<int> lengths;
    size_t total = 0;
    for (size_t p = 0; p < mw[i + 1].size();) {
      size_t comma = mw[i + 1].find(',', p);
      if (comma == std::string::npos) comma = mw[i + 1].size();
      int n = 0;
      for (size_t k = p; k < comma; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(mw[i + 1][k]))) in.Fail("multiword lengths");
        n = n * 10 + (mw[i + 1][k] - '0');
      }
      lengths.push_back(n);
      total += n;
      p = comma + 1;
    }
    if (lengths.empty() || total != mw[i].size()) in.Fail("multiword '" + mw[i] + "'");
    t.multiwords_[mw[i]] = lengths;
  }
  return t;
}

}  // namespace ng::nlp
