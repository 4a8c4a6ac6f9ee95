// ingest/nlp/perceptron.h — a linear classifier over hashed features: the
// averaged perceptron used to train every model, and its compact, read-only
// form that models ship and score with.
#ifndef NEWSGRAPH_INGEST_NLP_PERCEPTRON_H_
#define NEWSGRAPH_INGEST_NLP_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace ng::nlp {

class ModelWriter;
class ModelFile;

// The shipped model: an open-addressing table of feature fingerprints whose
// rows list (class, weight) pairs with 16-bit weights; the rows of frequent
// features, which hold a weight for most classes, are dense arrays added with
// vector instructions.
class Perceptron {
 public:
  int classes() const { return classes_; }
  // Adds every feature's weights to scores[0, classes()).
  void Score(const uint64_t* features, size_t count, float* scores) const;
  // Bytes of the tables (for size reports).
  size_t bytes() const;
  size_t rows() const;

  void Save(ModelWriter* out, const std::string& prefix) const;
  static Perceptron Load(const ModelFile& in, const std::string& prefix);

 private:
  friend class PerceptronTrainer;
  int classes_ = 0;
  float scale_ = 1;
  uint64_t mask_ = 0;  // slots - 1
  // Per slot: the feature's 24-bit fingerprint (bits 31-8; a slot of 0 is
  // empty), the number of entries of a sparse row (bits 7-1) or bit 0 set
  // for a dense one; `start` is where a sparse row starts in entries_, or the
  // number of a dense row in dense_. One read finds a row, with no second
  // lookup before its weights can be fetched.
  struct Slot {
    uint32_t key;
    uint32_t start;
  };
  std::vector<Slot> slots_;
  // Row entries: a class and its weight (in units of scale_), side by side
  // so that one cache line brings both; 3 bytes each.
  struct __attribute__((packed)) Entry {
    uint8_t cls;
    int16_t weight;
  };
  std::vector<Entry> entries_;
  std::vector<int16_t> dense_;  // classes() weights per dense row
};

// Training: weights and their running sums for averaging, rows created only by
// updates (a feature never involved in a mistake costs nothing).
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes);
  int classes() const { return classes_; }
  void Score(const uint64_t* features, size_t count, float* scores) const;
  // One training instance: moves weight from `guess` to `truth` (no-op when equal).
  void Update(const uint64_t* features, size_t count, int truth, int guess, float step = 1);
  // Marks the end of an instance: the clock the averages are taken over.
  void Tick() { ++now_; }
  // The averaged weights. Features updated fewer than `min_updates` times are
  // dropped (rare features cost most of a model's size for little accuracy),
  // and so are entries whose magnitude is below `min_weight`.
  Perceptron Average(float min_weight, int min_updates = 1) const;

 private:
  struct Entry {
    double total = 0;   // sum of the weight over time up to `stamp`
    float weight = 0;
    uint32_t stamp = 0;
    uint16_t cls = 0;
    uint16_t updates = 0;  // saturating
  };
  int classes_;
  uint64_t now_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_PERCEPTRON_H_
