// Training on a tiny hand-written treebank: the oracle, projectivization,
// and models that give the same answers after a save and a load.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "graph/error.h"

#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/model_file.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/transition_system.h"
#include "ingest/nlp/treebank.h"

namespace fs = std::filesystem;
using namespace ng::nlp;

namespace {

// Five sentences written for this test, in CoNLL-U.
const char* kTreebank =
    "# text = The minister said talks would resume.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ttalks\ttalk\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_\n"
    "6\tresume\tresume\tVERB\tVB\t_\t3\tccomp\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Rebels attacked the base on Monday.\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tbase\tbase\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = She doesn't agree.\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdoes\tdo\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Officials in Baghdad denied the report.\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "3\tBaghdad\tBaghdad\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "4\tdenied\tdeny\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\treport\treport\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = A vote was held by the council.\n"
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tvote\tvote\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\theld\thold\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tcouncil\tcouncil\tNOUN\tNN\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

std::vector<TreebankSentence> Treebank() {
  fs::path file = fs::temp_directory_path() / ("ng_treebank_" + std::to_string(::getpid()) + ".conllu");
  std::ofstream(file) << kTreebank;
  auto out = ReadConllu(file.string());
  fs::remove(file);
  return out;
}

// Appends a word with its lemma and tags to `sentence` (for lemmatizer tests).
void AddWord(TreebankSentence* sentence, const std::string& form, const std::string& lemma, const std::string& upos,
             const std::string& xpos) {
  ng::nlp::Token t;
  t.form = form;
  t.lemma = lemma;
  t.upos = upos;
  t.xpos = xpos;
  sentence->tokens.push_back(t);
}

}  // namespace

TEST_CASE("CoNLL-U reading places words and multi-word tokens in the text") {
  auto tb = Treebank();
  REQUIRE(tb.size() == 5);
  const TreebankSentence& s = tb[2];
  REQUIRE(s.multiwords.size() == 1);
  CHECK(s.multiwords[0].form == "doesn't");
  CHECK(s.text.substr(s.tokens[1].begin, s.tokens[1].end - s.tokens[1].begin) == "does");
  CHECK(s.text.substr(s.tokens[2].begin, s.tokens[2].end - s.tokens[2].begin) == "n't");
  CHECK_FALSE(s.tokens[3].space_after);
  CHECK(s.tokens[3].head == -1);
  CHECK(s.tokens[0].head == 3);
}

TEST_CASE("a malformed CoNLL-U line is reported with its line number") {
  fs::path file = fs::temp_directory_path() / ("ng_bad_" + std::to_string(::getpid()) + ".conllu");
  std::ofstream(file) << "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\n";
  try {
    ReadConllu(file.string());
    FAIL("read a malformed file");
  } catch (const ng::Error& e) {
    CHECK(std::string(e.what()) == file.string() + ":2: expected 10 tab-separated columns, found 9");
  }
  fs::remove(file);
}

TEST_CASE("the arc-eager oracle rebuilds every projective gold tree at zero cost") {
  auto tb = Treebank();
  ActionCodec codec;
  std::vector<std::string> labels = {"aux", "aux:pass", "case", "ccomp", "det", "nmod", "nsubj",
                                     "nsubj:pass", "obj", "obl", "obl:agent", "punct", "root", "advmod", "parataxis"};
  std::sort(labels.begin(), labels.end());
  codec.labels = static_cast<int>(labels.size());
  codec.root_label = static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  for (const TreebankSentence& s : tb) {
    int n = static_cast<int>(s.tokens.size());
    std::vector<int> heads(n + 1, -1), rels(n + 1, -1);
    for (int i = 0; i < n; ++i) {
      heads[i + 1] = s.tokens[i].head + 1;
      rels[i + 1] = static_cast<int>(std::find(labels.begin(), labels.end(), s.tokens[i].deprel) - labels.begin());
    }
    ParseState st(n, codec);
    while (!st.terminal()) {
      int chosen = -1;
      for (int a = 0; a < codec.count() && chosen < 0; ++a)
        if (st.Legal(a) && st.Cost(a, heads, rels) == 0) chosen = a;
      REQUIRE(chosen >= 0);
      st.Apply(chosen);
    }
    st.Finish(0);
    for (int w = 1; w <= n; ++w) {
      CHECK(st.head(w) == heads[w]);
      CHECK(st.label(w) == rels[w]);
    }
  }
}

TEST_CASE("a wrong attachment costs the arcs it makes unreachable") {
  // "Rebels attacked the base": attaching "the" (3) to "attacked" (2) loses
  // its own arc and nothing else.
  ActionCodec codec;
  codec.labels = 3;
  codec.root_label = 2;
  std::vector<int> heads = {-1, 2, 0, 4, 2}, rels = {-1, 0, 2, 0, 1};
  ParseState st(4, codec);
  st.Apply(0);              // SHIFT Rebels
  st.Apply(codec.left(0));  // Rebels <- attacked
  st.Apply(0);              // SHIFT attacked
  CHECK(st.Cost(codec.right(0), heads, rels) == 1);
  CHECK(st.Cost(0, heads, rels) == 0);
  // "attacked" has no head yet: it cannot be reduced.
  CHECK_FALSE(st.Legal(1));
}

TEST_CASE("projectivization lifts crossing arcs until none cross") {
  // 1 -> 3 crosses 2 -> 4 when 2 hangs from 4 and 4 from 1.
  std::vector<int> heads = {-1, 0, 4, 1, 1};
  Projectivize(&heads);
  for (int d = 1; d < 5; ++d)
    for (int e = 1; e < 5; ++e) {
      int a1 = std::min(d, heads[d]), b1 = std::max(d, heads[d]);
      int a2 = std::min(e, heads[e]), b2 = std::max(e, heads[e]);
      if (heads[d] <= 0 || heads[e] <= 0) continue;
      CHECK_FALSE((a1 < a2 && a2 < b1 && b1 < b2));
    }
}

TEST_CASE("trained models answer the same after a save and a load") {
  auto tb = Treebank();
  std::vector<const TreebankSentence*> train;
  for (const auto& s : tb) train.push_back(&s);
  TaggerOptions to;
  to.epochs = 3;
  to.folds = 2;
  Tagger tagger = Tagger::Train(train, to, nullptr);
  ParserOptions po;
  po.epochs = 3;
  po.min_updates = 1;
  Parser parser = Parser::Train(train, {}, po, nullptr);
  fs::path dir = fs::temp_directory_path() / ("ng_roundtrip_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    ModelWriter t("tagger"), p("parser");
    tagger.Save(&t);
    parser.Save(&p);
    t.Save((dir / "t.model").string());
    p.Save((dir / "p.model").string());
  }
  Tagger tagger2 = Tagger::Load(ModelFile::Load((dir / "t.model").string(), "tagger"));
  Parser parser2 = Parser::Load(ModelFile::Load((dir / "p.model").string(), "parser"));
  for (const TreebankSentence& s : tb) {
    std::vector<ng::nlp::Token> a, b;
    for (const auto& t : s.tokens) {
      ng::nlp::Token w;
      w.form = t.form;
      a.push_back(w);
    }
    b = a;
    tagger.Tag(&a);
    parser.Parse(&a);
    tagger2.Tag(&b);
    parser2.Parse(&b);
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].xpos == b[i].xpos);
      CHECK(a[i].head == b[i].head);
      CHECK(a[i].deprel == b[i].deprel);
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("suffix rules learned on ASCII words never cut a character in two") {
  // Three past tenses that teach the rule "VBD: cut 2 bytes" ("-ed").
  std::vector<TreebankSentence> tb(1);
  for (const char* verb : {"walk", "talk", "jump"}) {
    ng::nlp::Token t;
    t.form = std::string(verb) + "ed";
    t.lemma = verb;
    t.upos = "VERB";
    t.xpos = "VBD";
    tb[0].tokens.push_back(t);
  }
  Lemmatizer lemmatizer = Lemmatizer::Train({&tb[0]});
  CHECK(lemmatizer.Lemma("parked", "VERB", "VBD") == "park");
  // A curly quotation mark mistagged as a past-tense verb: three bytes, and
  // the rule would cut two of them.
  CHECK(lemmatizer.Lemma("\xE2\x80\x98", "VERB", "VBD") == "\xE2\x80\x98");
  // Two bytes off "caf\u00e9d" would leave half of the accented letter.
  CHECK(lemmatizer.Lemma("caf\xC3\xA9" "d", "VERB", "VBD") == "caf\xC3\xA9" "d");
}

TEST_CASE("a British spelling lemmatizes to the American lemma training saw") {
  std::vector<TreebankSentence> tb(1);
  auto add = [&](const std::string& form, const std::string& lemma, const std::string& upos,
                 const std::string& xpos) { AddWord(&tb[0], form, lemma, upos, xpos); };
  add("criticized", "criticize", "VERB", "VBD");
  add("criticised", "criticise", "VERB", "VBD");  // as training spells it
  add("analyzed", "analyze", "VERB", "VBD");
  add("organizations", "organization", "NOUN", "NNS");
  add("nations", "nation", "NOUN", "NNS");  // a second "-s" plural makes the rule
  add("promised", "promise", "VERB", "VBD");
  Lemmatizer lemmatizer = Lemmatizer::Train({&tb[0]});
  CHECK(lemmatizer.Lemma("criticised", "VERB", "VBD") == "criticize");
  CHECK(lemmatizer.Lemma("analysed", "VERB", "VBD") == "analyze");
  CHECK(lemmatizer.Lemma("organisations", "NOUN", "NNS") == "organization");
  // No "promize" was seen: a word merely ending so keeps its spelling.
  CHECK(lemmatizer.Lemma("promised", "VERB", "VBD") == "promise");
  // A name is its own lemma.
  CHECK(lemmatizer.Lemma("Elise", "PROPN", "NNP") == "Elise");
}

TEST_CASE("a suffix rule's stem no lemma has gives way to a base seen in training") {
  // "-ed" VBD teaches "cut 2 bytes"; "rule" and "tweet" are seen as lemmas of
  // other words, so "ruled" and "tweeted" get them and not "rul" or "tweete".
  std::vector<TreebankSentence> tb(1);
  auto add = [&](const std::string& form, const std::string& lemma, const std::string& upos,
                 const std::string& xpos) { AddWord(&tb[0], form, lemma, upos, xpos); };
  for (const char* verb : {"walk", "talk", "jump"}) add(std::string(verb) + "ed", verb, "VERB", "VBD");
  // Two past tenses in "-ted" that keep their "e": the rule for "-ted" adds one.
  add("noted", "note", "VERB", "VBD");
  add("voted", "vote", "VERB", "VBD");
  add("rule", "rule", "NOUN", "NN");
  add("tweet", "tweet", "NOUN", "NN");
  Lemmatizer lemmatizer = Lemmatizer::Train({&tb[0]});
  CHECK(lemmatizer.Lemma("ruled", "VERB", "VBD") == "rule");
  CHECK(lemmatizer.Lemma("tweeted", "VERB", "VBD") == "tweet");
  CHECK(lemmatizer.Lemma("quoted", "VERB", "VBD") == "quote");  // the "-ted" rule
  // A word whose bases are all unseen keeps what the rule gives.
  CHECK(lemmatizer.Lemma("zorbed", "VERB", "VBD") == "zorb");
}
