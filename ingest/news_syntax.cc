#include "ingest/news_syntax.h"

#include <string>
#include <vector>

#include "ingest/text_util.h"

namespace ng::ingest {

void PrepareNewsSyntax(const Lexicon& lex, nlp::Pipeline* syntax) {
  syntax->AddAbbreviations(std::vector<std::string>(lex.abbreviations.begin(), lex.abbreviations.end()));
  syntax->SetEditedText(true);
  std::vector<std::string> demonyms;
  for (const DictActor& a : lex.actors) demonyms.insert(demonyms.end(), a.demonyms.begin(), a.demonyms.end());
  syntax->AddDemonyms(demonyms);
  syntax->AddCommonNouns(std::vector<std::string>(lex.organization_nouns.begin(), lex.organization_nouns.end()));
  std::vector<std::string> titles;  // the lower-case ones: trades and offices
  for (const auto& [noun, sex] : lex.person_nouns) titles.push_back(noun);
  for (const std::string& title : lex.titles)
    if (!title.empty() && title == Lower(title) && title.find(' ') == std::string::npos) titles.push_back(title);
  syntax->AddTitleNouns(titles);
}

}  // namespace ng::ingest
