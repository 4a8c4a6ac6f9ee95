#include "ingest/article.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>
#include <set>

#include "ingest/sentences.h"
#include "ingest/name_key.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

constexpr size_t kRegexLineLimit = 20000;  // std::regex recurses; keep it off huge lines
// Footers and notices are short; unanchored patterns skip long paragraphs.
constexpr size_t kUnanchoredLineLimit = 600;

const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                               "jul", "aug", "sep", "oct", "nov", "dec"};

int MonthNumber(const std::string& word) {
  std::string w = Lower(word);
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m)
    if (w.compare(0, 3, kMonths[m]) == 0) return m + 1;
  return 0;
}

std::string IsoDate(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string DomainOf(const std::string& url) {
  std::smatch m;
  static const std::regex re(R"(https?://([^/\s]+))", std::regex::icase);
  if (std::regex_search(url, m, re)) return Lower(m[1].str());
  return "";
}

std::string OutletForUrl(const std::string& url, const Lexicon& lex) {
  std::string domain = DomainOf(url);
  for (const Outlet& outlet : lex.outlets)
    if (EndsWith(domain, outlet.domain)) return outlet.name;
  return "";
}

bool EndsSentence(const std::string& line) {
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':';
}

// Navigation strips: one word inside most words ("icon bookmark-bicon
// cameraicon ..."), with no sentence punctuation at the end.
bool LooksLikeIconStrip(const std::string& line) {
  std::vector<std::string> words = Words(line);
  if (words.size() < 8 || EndsSentence(line)) return false;
  std::map<std::string, int> counts;
  for (const std::string& w : words) ++counts[Lower(w)];
  for (const auto& [w, n] : counts) {
    if (w.size() < 4) continue;
    size_t containing = 0;
    for (const std::string& x : words)
      if (Lower(x).find(w) != std::string::npos) ++containing;
    if (containing * 5 >= words.size() * 2) return true;
  }
  return false;
}

bool IsBoilerplate(const std::string& original, const Lexicon& lex) {
  if (original.size() > kRegexLineLimit) return false;
  const std::string line = Lower(original);
  for (const BoilerplatePattern& p : lex.boilerplate) {
    if (!p.whole_line) continue;
    if (!p.literal.empty() && line.find(p.literal) == std::string::npos) continue;
    if (p.anchored) {
      if (std::regex_search(line, p.re, std::regex_constants::match_continuous)) return true;
    } else if (line.size() <= kUnanchoredLineLimit && std::regex_search(line, p.re)) {
      return true;
    }
  }
  return LooksLikeIconStrip(original);
}

std::string CutInlineBoilerplate(std::string line, const Lexicon& lex) {
  if (line.size() > kRegexLineLimit) return line;
  std::string lowered = Lower(line);
  for (const BoilerplatePattern& p : lex.boilerplate)
    if (!p.whole_line && (p.literal.empty() || lowered.find(p.literal) != std::string::npos) &&
        std::regex_search(lowered, p.lower_re))
      line = std::regex_replace(line, p.re, "");
  return Trim(line);
}

// "By Natasha Bertrand and Oren Liebermann, CNN" → authors, outlet.
// "MARY CLARE JALONICK" (AP bylines) is Mary Clare Jalonick; mixed case stays.
std::string NameCase(std::string name) {
  if (std::any_of(name.begin(), name.end(), [](char c) { return IsLower(c); })) return name;
  bool word_start = true;
  for (char& c : name) {
    if (IsUpper(c) && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = c == ' ' || c == '-' || c == '\'';
  }
  return name;
}

// A person's name as bylines write it: one to five words, each capitalized
// or a particle ("Ana de la Cruz", "Jan van Dijk"), no stop closing it but
// an initial's or a suffix's ("Jr.").
bool LooksLikeName(const std::string& name) {
  const std::vector<std::string> words = Words(name);
  if (words.empty() || words.size() > 5) return false;
  for (const std::string& w : words)
    if (!StartsUpper(w) && !IsNameParticle(w)) return false;
  const std::string& last = words.back();
  return last.back() != '.' || last.size() <= 3;
}

// What follows a byline's names after a comma: a short outlet or post
// ("CNN", "Senior Business Reporter"), capitalized, not a sentence.
bool LooksLikeOutletOrPost(const std::string& text) {
  const std::string t = Trim(text);
  const std::vector<std::string> words = Words(t);
  return !words.empty() && words.size() <= 6 && !IsLower(t[0]) && t.find_first_of("!?") == std::string::npos &&
         (t.back() != '.' || words.back().size() <= 4);  // "U.S."
}

bool ReadByline(const std::string& line, const Lexicon& lex, Article* a) {
  static const std::regex re(R"(^By\s+(.+?)(?:,\s*([^,]+))?$)");
  // "Jennifer Rankin in Brussels", "Ana Ruiz and Li Wei in Beijing": names only.
  static const std::regex located(
      R"(^((?:[A-Z][\w.'-]+ ){1,2}[A-Z][\w'-]+(?: and (?:[A-Z][\w.'-]+ ){1,2}[A-Z][\w'-]+)?) in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?$)");
  std::smatch m;
  if (line.size() < 80 && a->authors.empty() && !StartsWith(line, "By ") &&
      std::regex_match(line, m, located)) {
    std::string names = m[1].str();
    size_t and_at = names.find(" and ");
    a->authors.push_back(names.substr(0, and_at));
    if (and_at != std::string::npos) a->authors.push_back(names.substr(and_at + 5));
    return true;
  }
  if (line.size() > 200 || !StartsWith(line, "By ") || !std::regex_match(line, m, re)) return false;
  std::string names = m[1].str();
  static const std::regex sep(R"(\s*(?:,|\band\b|\bAND\b)\s*)");
  std::vector<std::string> authors;
  for (std::sregex_token_iterator it(names.begin(), names.end(), sep, -1), end; it != end; ++it) {
    std::string n = Trim(it->str());
    if (!n.empty()) authors.push_back(n);
  }
  // "By contrast, ...", "By closing the ferry, the county ...", "By Sunday,
  // the talks had ...": a paragraph opening with "By" is a byline only when
  // what follows is names and a short outlet or post, with no sentence.
  if (authors.empty() || !std::all_of(authors.begin(), authors.end(), LooksLikeName) ||
      (m[2].matched && !LooksLikeOutletOrPost(m[2].str())))
    return false;
  for (const std::string& n : authors) a->authors.push_back(NameCase(n));
  // "By Ana Ruiz, Business Reporter": the writer's post, no outlet.
  const std::vector<std::string> after = Words(Lower(m[2].str()));
  const bool role = std::any_of(after.begin(), after.end(), [&](const std::string& w) {
    return lex.byline_roles.count(w) || (EndsWith(w, "s") && lex.byline_roles.count(w.substr(0, w.size() - 1)));
  });
  if (m[2].matched && a->outlet.empty() && !role) a->outlet = Trim(m[2].str());
  return true;
}

void ReadMetadataLine(const std::string& line, const Lexicon& lex, Article* a) {
  static const std::regex url_re(R"((https?://[^\s"<>]+))");
  std::smatch m;
  if (line.size() < 400 && a->url.empty() && line.find("http") != std::string::npos &&
      std::regex_search(line, m, url_re))
    a->url = m[1].str();
  static const std::regex source_re(R"(^\s*Source:\s*(.+)$)", std::regex::icase);
  if (line.size() < 200 && MatchesAt(line, 0, "source", false) && std::regex_match(line, m, source_re)) {
    std::string v = Trim(m[1].str());
    if (!StartsWith(v, "http") && a->outlet.empty()) a->outlet = v;
  }
  static const std::regex logo_re(R"(^\s*(.{3,60}?)\s+logo\s*$)", std::regex::icase);
  if (line.size() < 100 && a->outlet.empty() && Lower(line).find("logo") != std::string::npos &&
      std::regex_match(line, m, logo_re))
    a->outlet = Trim(m[1].str());
  if (a->published.empty() && line.size() < 120) a->published = FindDate(line);
  (void)lex;
}

}  // namespace

std::string FindDate(const std::string& text) {
  std::smatch m;
  static const std::regex iso(R"((\d{4})-(\d{2})-(\d{2}))");
  static const std::regex path(R"(/(\d{4})/(\d{1,2})/(\d{1,2})/)");
  static const std::regex mdy(R"(\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)");
  static const std::regex dmy(R"(\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b)");
  if (std::regex_search(text, m, path))
    return IsoDate(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(text, m, iso))
    return IsoDate(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(text, m, mdy) && MonthNumber(m[1]))
    return IsoDate(std::stoi(m[3]), MonthNumber(m[1]), std::stoi(m[2]));
  if (std::regex_search(text, m, dmy) && MonthNumber(m[2]))
    return IsoDate(std::stoi(m[3]), MonthNumber(m[2]), std::stoi(m[1]));
  return "";
}

namespace {

// "Headline | Section | Outlet" and "Headline - Outlet", as pages title
// themselves: the headline.
std::string HeadlineOf(const std::string& page_title) {
  std::string title = Trim(page_title);
  size_t bar = title.find(" | ");
  if (bar != std::string::npos && bar > 0) title = Trim(title.substr(0, bar));
  size_t dash = title.rfind(" - ");
  if (dash != std::string::npos && Words(title.substr(dash + 3)).size() <= 3 &&
      IsUpper(title[dash + 3]))
    title = Trim(title.substr(0, dash));
  return title;
}

}  // namespace

// "25 Jan, 2024 04:59" on a line of its own: metadata (read above), never a
// title or a paragraph. Few letters besides a month name, and a date in it.
bool IsDateLine(const std::string& line) {
  if (line.size() > 40) return false;
  size_t letters = 0;
  for (unsigned char c : line) letters += std::isalpha(c) ? 1 : 0;
  return letters <= 12 && !FindDate(line).empty();
}

namespace {

// Extraction reads a paragraph at once, and some of its steps compare every
// statement with every name of the paragraph: a paragraph of a megabyte
// (no newline in a whole file) took minutes. News paragraphs are a few
// hundred words; a longer one is cut at sentence ends into pieces of at most
// kLongParagraph bytes (a sentence longer than that at a space, else
// anywhere but inside a UTF-8 character), each a paragraph of its own.
constexpr size_t kLongParagraph = 16 * 1024;

std::vector<std::string> PiecesOfParagraph(const std::string& text, const Lexicon& lex) {
  if (text.size() <= kLongParagraph) return {text};
  std::vector<std::string> pieces;
  auto emit = [&](size_t from, size_t to) {
    std::string piece = Trim(text.substr(from, to - from));
    if (!piece.empty()) pieces.push_back(std::move(piece));
  };
  size_t from = 0;
  size_t last_end = 0;  // end of the last whole sentence since `from`
  for (const Span& sentence : SplitSentences(text, lex)) {
    if (sentence.end - from <= kLongParagraph) {
      last_end = sentence.end;
      continue;
    }
    if (last_end > from) {
      emit(from, last_end);
      from = last_end;
    }
    // One sentence too long on its own: cut it where a space allows.
    while (sentence.end - from > kLongParagraph) {
      size_t cut = text.rfind(' ', from + kLongParagraph);
      if (cut == std::string::npos || cut <= from) {
        cut = from + kLongParagraph;
        while (cut > from && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        if (cut == from) cut = from + kLongParagraph;  // not UTF-8: any cut goes forward
      }
      emit(from, cut);
      from = cut;
    }
    last_end = sentence.end;
  }
  emit(from, text.size());
  return pieces;
}

}  // namespace

Article BuildArticle(const SourceText& source, const std::string& file, const Lexicon& lex) {
  Article a;
  a.file = file;
  a.content_hash = source.content_hash;
  a.url = source.canonical_url;
  a.title = HeadlineOf(source.title);
  a.outlet = source.site_name;
  if (!source.published.empty()) a.published = FindDate(source.published);
  if (!source.author.empty()) a.authors.push_back(source.author);

  std::set<std::string> seen;
  std::vector<std::string> body;
  for (const std::string& raw : SplitLines(source.text)) {
    std::string line = Trim(raw);
    if (line.empty()) continue;
    if (line.size() < 200) {
      ReadMetadataLine(line, lex, &a);
      if (ReadByline(line, lex, &a)) continue;
    }
    if (IsBoilerplate(line, lex) || IsDateLine(line)) continue;
    line = CutInlineBoilerplate(line, lex);
    if (line.empty() || !seen.insert(line).second) continue;  // repeated headline
    body.push_back(line);
  }
  // The title: the first short line without final punctuation, unless HTML gave one.
  size_t first_body = 0;
  if (a.title.empty() && !body.empty() && Words(body[0]).size() <= 30 && !EndsSentence(body[0])) {
    a.title = body[0];
    first_body = 1;
  }
  if (!a.title.empty()) a.paragraphs.push_back(a.title);
  // A dateline ("BEIRUT (AP) - ", "DUBAI, April 2 (Reuters) - ") is not part
  // of the story. It opens the first paragraph, or the second when the
  // headline ends with a full stop and so was not told from the story.
  static const std::regex dateline(
      R"(^[A-Z][A-Z .'-]{2,30}(,[^()\-]{0,30})?\s*(\([^)]{1,40}\))?\s*-{1,2}\s+)");
  for (size_t i = first_body; i < std::min(body.size(), first_body + 2); ++i) {
    if (body[i].size() >= kRegexLineLimit) break;
    std::smatch match;
    if (!std::regex_search(body[i], match, dateline)) continue;
    // A dated dateline ("NAIROBI, June 3, 2025 - ") dates an article that
    // says no other date.
    if (a.published.empty()) a.published = FindDate(match.str());
    body[i] = match.suffix().str();
    break;
  }
  for (size_t i = first_body; i < body.size(); ++i) {
    const std::string& line = body[i];
    // Short fragments with no sentence punctuation are captions, bylines or
    // navigation, not reporting.
    if (Words(line).size() <= 7 && !EndsSentence(line)) continue;
    if (line == a.title) continue;
    for (std::string& piece : PiecesOfParagraph(line, lex)) a.paragraphs.push_back(std::move(piece));
  }
  if (a.published.empty()) a.published = FindDate(a.url);
  if (a.outlet.empty() || a.outlet.find("http") != std::string::npos) {
    std::string from_url = OutletForUrl(a.url, lex);
    if (!from_url.empty()) a.outlet = from_url;
  } else if (std::string from_url = OutletForUrl(a.url, lex); !from_url.empty()) {
    a.outlet = from_url;
  }
  return a;
}

}  // namespace ng::ingest
