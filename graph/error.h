// graph/error.h — the project's one error type.
//
// Every module reports failures by throwing ng::Error. The CLI catches it at
// the top, prints one line on stderr and exits non-zero. The kind says which
// class of failure it is; the query engine maps kinds to openCypher error
// classes ("SyntaxError: …", "TypeError: …").
#ifndef NEWSGRAPH_GRAPH_ERROR_H_
#define NEWSGRAPH_GRAPH_ERROR_H_

#include <stdexcept>
#include <string>

namespace ng {

enum class ErrorKind {
  kInvalidArgument,  // bad user input that is not a query (a flag, a file)
  kNotFound,         // a node, relationship or file that does not exist
  kNoDatabase,       // a read-only command on a path with no database
  kLocked,           // another process holds the database for writing
  kVersion,          // the database was written by a newer schema version
  kIo,               // the operating system or RocksDB failed to read/write
  kCorruption,       // stored bytes that cannot be decoded
  kReadOnly,         // a write attempted through a read-only handle
  kSyntax,           // query text that does not parse
  kSemantic,         // a query that parses but means nothing (unbound variable)
  kType,             // a value of the wrong type at run time
  kArgument,         // a value of the right type but out of range
  kEntityNotFound,   // a deleted entity used later in the same query
  kConstraint,       // deleting a node that still has relationships
  kLimit,            // a timeout or a row/expansion cap was reached
  kProcedure,        // CALL of a procedure that does not exist
  kInternal,         // a bug: an invariant that should never break
};

// The openCypher-style class name of a kind ("SyntaxError", "TypeError", …).
const char* ErrorKindName(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message)
      : std::runtime_error(message), kind_(kind) {}

  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_ERROR_H_
