// graph/integrity.h — verification of the store's invariants (`newsgraph check`).
#ifndef NEWSGRAPH_GRAPH_INTEGRITY_H_
#define NEWSGRAPH_GRAPH_INTEGRITY_H_

#include <cstdint>
#include <string>
#include <vector>

namespace ng {

struct IntegrityReport {
  std::vector<std::string> checks;      // what was verified, with counts
  std::vector<std::string> violations;  // one line each; empty when sound
  bool ok() const { return violations.empty(); }
};

// Opens the database at `path` read-only and verifies: every stored file's
// checksums (RocksDB VerifyChecksum); every record decodes; every
// relationship's ends exist; the outgoing and incoming adjacency agree with
// the relationship records both ways; the label and name indexes agree with
// the node records both ways; the id counters lie above every id; every
// Statement has at most one speaker (SAID) and one article (REPORTED_IN);
// every text decodes and belongs to a node; a statement's offsets lie in its
// article's text and its `text` is that slice.
// At most `max_violations` are listed. Throws only when the database cannot
// be opened at all.
IntegrityReport CheckIntegrity(const std::string& path, size_t max_violations = 1000);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_INTEGRITY_H_
