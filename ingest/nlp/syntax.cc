#include "ingest/nlp/syntax.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>

#include "graph/error.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"
#include "ingest/nlp/name_finder.h"
#include "ingest/nlp/parse_repair.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/sentence_splitter.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

namespace ng::nlp {

namespace fs = std::filesystem;

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;

std::string Pipeline::DefaultDir() {
  if (const char* env = std::getenv("NEWSGRAPH_MODELS"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/newsgraph -> data/models of the tree it was built in.
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      fs::path candidate = dir / "data" / "models";
      if (fs::is_regular_file(candidate / "parser.model", ec)) return candidate.string();
    }
  }
  return NEWSGRAPH_MODEL_DIR;
}

namespace {

// The "first<TAB>rest" lines of an optional list (none when the file is
// missing), '#' lines aside.
std::vector<std::pair<std::string, std::string>> TabPairs(const fs::path& path) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::ifstream in(path);
  for (std::string line; in && std::getline(in, line);) {
    size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    pairs.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return pairs;
}

}  // namespace

std::unique_ptr<Pipeline> Pipeline::Load(const std::string& dir) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  ModelFile tokenizer = ModelFile::Load((fs::path(dir) / "tokenizer.model").string(), "tokenizer");
  p->tokenizer_ = std::make_unique<Tokenizer>(Tokenizer::Load(tokenizer));
  p->splitter_ = std::make_unique<SentenceSplitter>(SentenceSplitter::Load(tokenizer));
  ModelFile tagger = ModelFile::Load((fs::path(dir) / "tagger.model").string(), "tagger");
  p->tagger_ = std::make_unique<Tagger>(Tagger::Load(tagger));
  p->lemmatizer_ = std::make_unique<Lemmatizer>(Lemmatizer::Load(tagger));
  // Lists beside the models (optional): English irregular verbs, and
  // closed-class words and verb forms of one tag the tagger may miss.
  const auto irregular = TabPairs(fs::path(dir) / "irregular_verbs.tsv");
  p->lemmatizer_->AddIrregularVerbs({irregular.begin(), irregular.end()});
  p->tagger_->AddFixedTags(TabPairs(fs::path(dir) / "closed_class_words.tsv"));
  p->tagger_->AddFixedTags(TabPairs(fs::path(dir) / "verb_forms.tsv"));
  ModelFile parser = ModelFile::Load((fs::path(dir) / "parser.model").string(), "parser");
  p->parser_ = std::make_unique<Parser>(Parser::Load(parser));
  ModelFile names = ModelFile::Load((fs::path(dir) / "names.model").string(), "names");
  p->names_ = std::make_unique<NameFinder>(NameFinder::Load(names));
  return p;
}

void Pipeline::AddAbbreviations(const std::vector<std::string>& abbreviations) {
  tokenizer_->AddAbbreviations(abbreviations);
}

void Pipeline::AddDemonyms(const std::vector<std::string>& demonyms) {
  const std::set<std::string, std::less<>> all(demonyms.begin(), demonyms.end());
  std::vector<std::pair<std::string, std::string>> adjectives;
  for (const std::string& d : demonyms) {
    // A plural ("Malawians") is the singular and an "s".
    const std::string_view word(d);
    if (word.size() > 1 && word.back() == 's' && all.count(word.substr(0, word.size() - 1))) continue;
    if (d.find(' ') == std::string::npos) adjectives.emplace_back(d, "ADJ|JJ");
  }
  tagger_->AddRareWordTags(adjectives);
}

void Pipeline::AddCommonNouns(const std::vector<std::string>& nouns) { tagger_->AddLowerCaseNouns(nouns); }

void Pipeline::AddTitleNouns(const std::vector<std::string>& nouns) { tagger_->AddTitleNouns(nouns); }

namespace {

// No sentence is longer than this many tokens: what looks like one (a page of
// quotation marks, a list without stops) is cut into pieces, so tagging and
// parsing stay linear in the text and bounded in memory.
constexpr size_t kMaxSentenceTokens = 300;

std::vector<std::pair<size_t, size_t>> CapLength(std::vector<std::pair<size_t, size_t>> ranges) {
  std::vector<std::pair<size_t, size_t>> out;
  for (auto [first, last] : ranges) {
    for (; last - first > kMaxSentenceTokens; first += kMaxSentenceTokens)
      out.emplace_back(first, first + kMaxSentenceTokens);
    out.emplace_back(first, last);
  }
  return out;
}

// In edited text a sentence never starts with a lower-case word: a boundary
// the splitter put there ("Sen. X (R-Ga.) said ...", a closing parenthesis
// after an abbreviation's period) is none, unless a line ends there.
std::vector<std::pair<size_t, size_t>> JoinLowerCaseStarts(std::string_view text,
                                                           const std::vector<SurfaceToken>& tokens,
                                                           std::vector<std::pair<size_t, size_t>> ranges) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& range : ranges) {
    char first = text[tokens[range.first].begin];
    if (!out.empty() && first >= 'a' && first <= 'z' && !tokens[range.first - 1].line_after)
      out.back().second = range.second;
    else
      out.push_back(range);
  }
  return out;
}

// Nor does one end on a word: a boundary right after a letter or digit
// ("Harbour engineer Tomas | Ek expects ...", the splitter misled by a short
// name) is none, unless a line ends there (a headline).
std::vector<std::pair<size_t, size_t>> JoinUnpunctuatedEnds(std::string_view text,
                                                            const std::vector<SurfaceToken>& tokens,
                                                            std::vector<std::pair<size_t, size_t>> ranges) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& range : ranges) {
    const SurfaceToken* before = range.first > 0 ? &tokens[range.first - 1] : nullptr;
    const unsigned char last = before && before->end > before->begin ? text[before->end - 1] : ' ';
    if (!out.empty() && !before->line_after && std::isalnum(last))
      out.back().second = range.second;
    else
      out.push_back(range);
  }
  return out;
}

// Nor does one go on after a time of day before a capitalized word that is
// no part of it ("… shortly after 10 a.m. | Staff told …"), which the
// splitter, seeing an abbreviation, joins.
std::vector<std::pair<size_t, size_t>> SplitAfterTimesOfDay(std::string_view text,
                                                            const std::vector<SurfaceToken>& tokens,
                                                            std::vector<std::pair<size_t, size_t>> ranges) {
  std::vector<std::pair<size_t, size_t>> out;
  auto form = [&](size_t i) { return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin); };
  for (auto [first, last] : ranges) {
    for (size_t i = first + 1; i + 1 < last; ++i)
      if (NewSentenceAfterTimeOfDay(form(i), form(i + 1))) {
        out.emplace_back(first, i + 1);
        first = i + 1;
      }
    out.emplace_back(first, last);
  }
  return out;
}

}  // namespace

void Pipeline::SetEditedText(bool edited) { edited_text_ = edited; }

std::vector<Sentence> Pipeline::Segment(std::string_view text) const {
  std::vector<SurfaceToken> tokens = tokenizer_->Tokenize(text);
  std::vector<Sentence> out;
  auto ranges = splitter_->Split(text, tokens, *tokenizer_);
  if (edited_text_)
    ranges = SplitAfterTimesOfDay(
        text, tokens, JoinUnpunctuatedEnds(text, tokens, JoinLowerCaseStarts(text, tokens, std::move(ranges))));
  for (const auto& [first, last] : CapLength(std::move(ranges))) {
    Sentence s;
    s.begin = tokens[first].begin;
    s.end = tokens[last - 1].end;
    int multiword = 0;
    for (size_t i = first; i < last; ++i) {
      const SurfaceToken& t = tokens[i];
      if (t.words.size() > 1) ++multiword;
      for (size_t w = 0; w < t.words.size(); ++w) {
        Token word;
        word.begin = t.words[w].first;
        word.end = t.words[w].second;
        word.form = std::string(text.substr(word.begin, word.end - word.begin));
        word.space_after = w + 1 == t.words.size() && t.space_after;
        word.multiword = t.words.size() > 1 ? multiword : 0;
        s.tokens.push_back(std::move(word));
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

namespace {

bool HasWordCharacter(const Token& t) {
  for (char c : t.form)
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) return true;
  return false;
}

// A long run of punctuation alone (a page of quotation marks) has nothing
// to tag or parse: its marks hang from the first. Short ones (":)", "...")
// go to the models, which know them.
constexpr size_t kLongPunctuation = 20;
void AnnotatePunctuation(Sentence* s) {
  for (size_t i = 0; i < s->tokens.size(); ++i) {
    Token& t = s->tokens[i];
    t.upos = "PUNCT";
    t.xpos = t.form == "," ? "," : t.form == "." || t.form == "!" || t.form == "?" ? "." : "NFP";
    t.lemma = t.form;
    t.head = i == 0 ? -1 : 0;
    t.deprel = i == 0 ? "root" : "punct";
  }
  s->names.clear();
}

// Every head chain reaches the root within as many steps as there are words.
bool IsTree(const std::vector<Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  for (int i = 0; i < n; ++i) {
    int h = i, steps = 0;
    while (h >= 0 && steps <= n) h = tokens[h].head, ++steps;
    if (h >= 0) return false;
  }
  return true;
}

bool IsQuotationMark(const Token& t) { return t.form == "\"" || t.form == "``" || t.form == "''"; }

// The pairs of quotation marks around words quoted inside a clause, the
// opening mark right after a word ('called the plan "a disgrace" on Monday'),
// not opening the sentence or after a colon or comma.
std::vector<std::pair<int, int>> QuotationsInsideClauses(const std::vector<Token>& tokens) {
  std::vector<std::pair<int, int>> pairs;
  int open = -1;
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
    if (!IsQuotationMark(tokens[i])) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    if (open > 0 && HasWordCharacter(tokens[open - 1]) && i > open + 1) pairs.emplace_back(open, i);
    open = -1;
  }
  return pairs;
}

}  // namespace

void Pipeline::TagAndParseWords(std::vector<Token>* tokens) const {
  tagger_->Tag(tokens);
  lemmatizer_->Lemmatize(tokens);
  parser_->Parse(tokens);
  // "A new poll shows that ..." tagged as a noun phrase ("poll shows") with a
  // clause, "On Monday, the minister met the envoy." with no finite verb:
  // the sentence's verb is among those nouns or participles.
  const std::vector<int> candidates = MistaggedMainVerbs(*tokens);
  if (!candidates.empty() && tagger_->TagWithFiniteVerb(tokens, candidates)) {
    lemmatizer_->Lemmatize(tokens);
    parser_->Parse(tokens);
  }
}

// The models, trained on web text where quotation marks inside a clause are
// rare, read the words they enclose as a clause or a noun of their own ('the
// ruling was "baffling"': "baffling" a noun, "was" its copula, the clause
// before it broken). Those marks are left out of the models' reading and
// hung afterwards from the highest of the words they enclose.
void Pipeline::TagAndParse(std::vector<Token>* tokens) const {
  const std::vector<std::pair<int, int>> quotations = QuotationsInsideClauses(*tokens);
  if (quotations.empty()) return TagAndParseWords(tokens);
  std::vector<bool> mark(tokens->size(), false);
  for (const auto& [open, close] : quotations) mark[open] = mark[close] = true;
  std::vector<Token> words;
  std::vector<int> position;  // of each word in `tokens`
  for (size_t i = 0; i < tokens->size(); ++i)
    if (!mark[i]) {
      words.push_back((*tokens)[i]);
      position.push_back(static_cast<int>(i));
    }
  TagAndParseWords(&words);
  // A noun right before the marks read as a compound of the words within
  // ('called the strike "reckless"': "strike reckless" one noun) joins what
  // the marks set apart: the reading with them stands.
  std::vector<int> index_in_words(tokens->size(), -1);
  for (size_t k = 0; k < position.size(); ++k) index_in_words[position[k]] = static_cast<int>(k);
  for (const auto& [open, close] : quotations) {
    const int before = index_in_words[open - 1];
    const int head = before < 0 ? -1 : words[before].head;
    if (head >= 0 && position[head] > open && position[head] < close && words[before].deprel == "compound")
      return TagAndParseWords(tokens);
  }
  for (size_t k = 0; k < words.size(); ++k) {
    Token& t = (*tokens)[position[k]];
    t = std::move(words[k]);
    if (t.head >= 0) t.head = position[t.head];
  }
  for (const auto& [open, close] : quotations) {
    int top = open + 1;
    for (int k = open + 1; k < close; ++k)
      if ((*tokens)[k].head < open || (*tokens)[k].head > close) {
        top = k;
        break;
      }
    for (int m : {open, close}) {
      Token& t = (*tokens)[m];
      t.upos = "PUNCT";
      t.xpos = m == open ? "``" : "''";
      t.lemma = t.form;
      t.head = top;
      t.deprel = "punct";
    }
  }
}

// "According to the guild, more than 120 vineyards … lost …" read with
// "guild" the sentence's root and the clause broken up around it: the
// models, trained on web text, seldom saw a source set before its clause.
// Read apart, the phrase is the source's noun and the clause a clause of its
// own; the phrase hangs from the clause's head as an oblique. The reading
// stands when the clause read alone has no verb at its head.
void Pipeline::ParseOpeningSourceApart(std::vector<Token>* tokens) const {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  if (n < 6 || LowerAscii(t[0].form) != "according" || LowerAscii(t[1].form) != "to") return;
  const auto head_of = [](const std::vector<Token>& w) {
    return static_cast<int>(std::find_if(w.begin(), w.end(), [](const Token& x) { return x.head < 0; }) - w.begin());
  };
  int comma = 2;
  while (comma < n && t[comma].form != ",") ++comma;
  if (comma + 3 >= n || head_of(t) > comma) return;
  std::vector<Token> phrase(t.begin(), t.begin() + comma), clause(t.begin() + comma + 1, t.end());
  TagAndParseWords(&phrase);
  TagAndParseWords(&clause);
  const int source = head_of(phrase), verb = head_of(clause);
  if (phrase[0].head != source || (phrase[source].upos != "NOUN" && phrase[source].upos != "PROPN") ||
      (clause[verb].upos != "VERB" && clause[verb].upos != "AUX"))
    return;
  const int offset = comma + 1;
  for (int k = 0; k < comma; ++k) t[k] = std::move(phrase[k]);
  t[source].head = offset + verb;
  t[source].deprel = "obl";
  t[comma].head = offset + verb;
  t[comma].deprel = "punct";
  for (int k = 0; k + offset < n; ++k) {
    t[offset + k] = std::move(clause[k]);
    if (t[offset + k].head >= 0) t[offset + k].head += offset;
  }
}

void Pipeline::Annotate(Sentence* s) const {
  if (s->tokens.size() > kLongPunctuation &&
      std::none_of(s->tokens.begin(), s->tokens.end(), HasWordCharacter))
    return AnnotatePunctuation(s);
  TagAndParse(&s->tokens);
  ParseOpeningSourceApart(&s->tokens);
  RepairPossessiveCopulas(&s->tokens);
  RepairNominalComplementSubjects(&s->tokens);
  RepairPunctuationHeads(&s->tokens);
  RepairBareNameObliques(&s->tokens);
  RepairQuotationReports(&s->tokens);
  RepairOpeningParticiples(&s->tokens);
  RepairOpeningPhraseParticiples(&s->tokens);
  RepairElidedClauses(&s->tokens);
  RepairOpeningAsAgents(&s->tokens);
  RepairInterposedParticiples(&s->tokens);
  RepairInterposedComplementParticiples(&s->tokens);
  RepairSubjectParticipleComplements(&s->tokens);
  RepairCopulalessAdjectives(&s->tokens);
  RepairTimeSpanSubjects(&s->tokens);
  RepairDoubleObjects(&s->tokens);
  RepairHearerBeforeClauseSubject(&s->tokens);
  RepairHearerRelativeClauses(&s->tokens);
  RepairContactClausesAfterInPhrase(&s->tokens);
  RepairPrepositionMarkedReports(&s->tokens);
  RepairThatAdverbialClauses(&s->tokens);
  RepairRelativeClausesReadAsReports(&s->tokens);
  RepairMislabelledThatClauses(&s->tokens);
  RepairListItems(&s->tokens);
  RepairRelativeClauseSubjects(&s->tokens);
  RepairCommaCompounds(&s->tokens);
  RepairAppositiveSubjects(&s->tokens);
  RepairAgedSubjects(&s->tokens);
  RepairOpeningInvertedReports(&s->tokens);
  RepairSubjectsAfterReports(&s->tokens);
  RepairFramedComplements(&s->tokens);
  RepairAdjectiveSubjects(&s->tokens);
  RepairThatClauseParticiples(&s->tokens);
  RepairParticipleSubjects(&s->tokens);
  RepairConjoinedSubjects(&s->tokens);
  RepairClosingDatedReports(&s->tokens);
  RepairClosingSubjects(&s->tokens);
  RepairProportionSubjects(&s->tokens);
  RepairClosingConjoinedReports(&s->tokens);
  RepairNominalComplementsBeforeSubject(&s->tokens);
  RepairObjectsReadAsSubjects(&s->tokens);
  RepairRelativeClausesReadAsComplements(&s->tokens);
  RepairClosingAdverbialReports(&s->tokens);
  RepairDueTo(&s->tokens);
  RepairAccordingToAttachments(&s->tokens);
  RepairThatBeforeSubject(&s->tokens);
  RepairGaplessRelativeClauses(&s->tokens);
  RepairRelativeClauseComplements(&s->tokens);
  RepairIndirectObjectClauses(&s->tokens);
  RepairContrastedReports(&s->tokens);
  RepairInterruptedThatClauses(&s->tokens);
  RepairInvertedReports(&s->tokens);
  RepairConjoinedReports(&s->tokens);  // after: the that-clauses are hung
  RepairFiniteClausalSubjects(&s->tokens);
  RepairFiniteVerbsReadAsSubjects(&s->tokens);
  RepairObjectsBeforeSubjectlessClauses(&s->tokens);
  RepairClosingInvertedSubjects(&s->tokens);
  RepairInvertedNamedReports(&s->tokens);
  RepairInvertedTitledSubjects(&s->tokens);
  RepairObliqueClauses(&s->tokens);
  RepairPrepositionMarks(&s->tokens);
  RepairPrepositionalSubjects(&s->tokens);
  RepairRelativeSubjectClauses(&s->tokens);  // after: "about the leak" had been a subject
  RepairDayAppositions(&s->tokens);
  RepairTimeSubjectAppositions(&s->tokens);
  RepairNamesBeforeDescribedSubjects(&s->tokens);
  RepairPassiveSubjects(&s->tokens);
  RepairNominalRootsBeforeVerbs(&s->tokens);  // after: its verb may have been read as a participle
  RepairVerbsAfterRelativeClauses(&s->tokens);
  RepairRelativeClauseVerbTags(&s->tokens);  // before: its subject may be a compound
  RepairCompoundSubjects(&s->tokens);
  RepairNominalDependents(&s->tokens);
  RepairSubjectModifiers(&s->tokens);
  RepairClosingRelativeReports(&s->tokens);  // after: its subject had been a compound, its article the verb's
  RepairDayRelatives(&s->tokens);
  RepairUnpunctuatedParataxis(&s->tokens);  // last: others make closing clauses parataxes
  RepairParticipleAgents(&s->tokens);
  RepairDescribedPronounSubjects(&s->tokens);
  RepairObjectSubjectClauses(&s->tokens);
  RepairObjectSubjectConjuncts(&s->tokens);
  RepairGerundSubjectClauses(&s->tokens);
  RepairInfinitiveObjectsReadAsSubjects(&s->tokens);
  RepairDemonstrativesReadAsMarks(&s->tokens);
  RepairStrandedThatClauses(&s->tokens);
  RepairDescribedNameHeads(&s->tokens);
  RepairReducedRelativeSubjects(&s->tokens);  // last: the second verb may have been hung by the others
  // The repairs move heads; should any leave a word its own ancestor, the
  // models' reading stands (everything downstream walks heads to the root).
  if (!IsTree(s->tokens)) TagAndParse(&s->tokens);
  s->names = names_->Find(s->tokens);
}

std::vector<Sentence> Pipeline::Analyze(std::string_view text) const {
  std::vector<Sentence> sentences = Segment(text);
  for (Sentence& s : sentences) Annotate(&s);
  return sentences;
}

std::string ToConllu(std::string_view text, const std::vector<Sentence>& sentences) {
  std::string out;
  auto field = [](const std::string& s) { return s.empty() ? std::string("_") : s; };
  for (const Sentence& s : sentences) {
    std::string sentence_text(text.substr(s.begin, s.end - s.begin));
    for (char& c : sentence_text)
      if (c == '\n' || c == '\r') c = ' ';
    out += "# text = " + sentence_text + "\n";
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.multiword > 0 && (i == 0 || s.tokens[i - 1].multiword != t.multiword)) {
        size_t last = i;
        while (last + 1 < s.tokens.size() && s.tokens[last + 1].multiword == t.multiword) ++last;
        out += std::to_string(i + 1) + "-" + std::to_string(last + 1) + "\t" +
               std::string(text.substr(t.begin, s.tokens[last].end - t.begin)) + "\t_\t_\t_\t_\t_\t_\t_\t" +
               (s.tokens[last].space_after || last + 1 == s.tokens.size() ? "_" : "SpaceAfter=No") + "\n";
      }
      std::string misc = t.multiword > 0 || t.space_after || i + 1 == s.tokens.size() ? "" : "SpaceAfter=No";
      // Where the word stands in the text (UDPipe's TokenRange): begin:end bytes.
      misc += (misc.empty() ? "" : "|") + std::string("TokenRange=") + std::to_string(t.begin) + ":" +
              std::to_string(t.end);
      std::string name;
      for (const Name& n : s.names)
        if (static_cast<int>(i) >= n.first && static_cast<int>(i) <= n.last)
          name = std::string(static_cast<int>(i) == n.first ? "B-" : "I-") + n.type;
      if (!name.empty()) misc += "|Name=" + name;
      out += std::to_string(i + 1) + "\t" + field(t.form) + "\t" + field(t.lemma) + "\t" + field(t.upos) +
             "\t" + field(t.xpos) + "\t_\t" + std::to_string(t.head + 1) + "\t" + field(t.deprel) + "\t_\t" +
             misc + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace ng::nlp
