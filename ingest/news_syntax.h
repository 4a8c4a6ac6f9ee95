// ingest/news_syntax.h — what the data knows of news English, told to the
// syntax layer before it reads articles: the abbreviations that end no
// sentence ("Sen.", "Gov."), that the text is edited, and the dictionaries'
// demonyms ("Malawian"), which are adjectives.
#ifndef NEWSGRAPH_INGEST_NEWS_SYNTAX_H_
#define NEWSGRAPH_INGEST_NEWS_SYNTAX_H_

#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// Call again after actors are added to `lex`; before sharing `syntax`.
void PrepareNewsSyntax(const Lexicon& lex, nlp::Pipeline* syntax);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_NEWS_SYNTAX_H_
