// graph/csv.h — bulk import from CSV files with Neo4j admin-import headers.
//
// Node files:          id:ID,:LABEL,name,aliases:string[],born:int
//                      7,Actor;Person,Joe Biden,Biden;Joe,1942
// Relationship files:  :START_ID,:END_ID,:TYPE,weight:double
//                      7,8,SAID,0.5
// Column types: string (default), int/long/short/byte, float/double, boolean,
// each optionally an array ("string[]", values split on ';'). `:IGNORE`
// columns are skipped. An empty unquoted field means "no such property"; a
// quoted empty field ("") is the empty string. `:LABEL` holds ';'-separated
// labels; `:ID(Group)` / `:START_ID(Group)` / `:END_ID(Group)` name id
// spaces. A named ID column (`actorId:ID`) is also stored as a string
// property, as Neo4j does; `:ID` alone is not.
//
// Ids: into an empty database, when every node id is a non-negative integer
// and no id spaces are used, nodes keep the file's ids (so CSV and JSONL
// agree); otherwise they get new ids. Everything is imported in one
// transaction: an error anywhere imports nothing. Errors are
// ng::Error(kInvalidArgument) starting "FILE:LINE: ".
#ifndef NEWSGRAPH_GRAPH_CSV_H_
#define NEWSGRAPH_GRAPH_CSV_H_

#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/jsonl.h"  // ImportCounts

namespace ng {

struct CsvFile {
  std::string path;
  std::vector<std::string> labels;  // extra labels for every node of the file
};

struct CsvImportOptions {
  std::vector<CsvFile> node_files;
  std::vector<CsvFile> relationship_files;  // labels unused; a `:TYPE`-less file
                                            // takes its type from labels[0]
  char delimiter = ',';
  char array_delimiter = ';';
};

ImportCounts ImportCsv(GraphStore* store, const CsvImportOptions& options);

// Export in the same layout, for `neo4j-admin database import full` and for
// ImportCsv: into folder `dir` (created; refused when not empty), one node
// file per set of labels (`:ID,:LABEL,` then each property with its type)
// and one relationship file per type and pair of end-node label sets
// (`:START_ID,:END_ID,:TYPE,` then properties). A column's type is the one
// its values share: long, double (ints and doubles), boolean, string, date,
// long[]/double[]/string[]; values of mixed types, maps, other temporal
// values and lists whose strings hold ';' make a string column of their
// JSON text. An Article's text is its `body`, as in JSONL.
struct CsvExport {
  ExportCounts counts;
  std::vector<std::string> node_files, relationship_files;  // paths, in file order
};
CsvExport ExportCsv(const Transaction& txn, const std::string& dir);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_CSV_H_
