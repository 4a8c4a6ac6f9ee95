// ingest/nlp/transition_system.h — arc-eager transitions over a sentence
// (Nivre 2003): a stack, a buffer, SHIFT, REDUCE, LEFT-ARC(label) and
// RIGHT-ARC(label), and the dynamic oracle of Goldberg and Nivre (2012) that
// says, from any state, which transitions lose no more gold arcs than needed.
//
// Words are 1..n; 0 stands for the root. No transition attaches a word to the
// root (Ballesteros and Nivre 2013, "none"): the root word is the one left
// without a head at the end, which keeps that decision to the last.
#ifndef NEWSGRAPH_INGEST_NLP_TRANSITION_SYSTEM_H_
#define NEWSGRAPH_INGEST_NLP_TRANSITION_SYSTEM_H_

#include <cstdint>
#include <vector>

namespace ng::nlp {

enum ActionKind { kShift = 0, kReduce = 1, kLeftArc = 2, kRightArc = 3 };

// Actions are numbered: SHIFT 0, REDUCE 1, LEFT-ARC(l) 2 + l, RIGHT-ARC(l)
// 2 + labels + l.
struct ActionCodec {
  int labels = 0;
  int root_label = 0;
  int count() const { return 2 + 2 * labels; }
  ActionKind kind(int action) const {
    return action < 2 ? static_cast<ActionKind>(action) : action < 2 + labels ? kLeftArc : kRightArc;
  }
  int label(int action) const { return action < 2 ? -1 : (action - 2) % labels; }
  int left(int label) const { return 2 + label; }
  int right(int label) const { return 2 + labels + label; }
};

class ParseState {
 public:
  ParseState(int words, const ActionCodec& codec);

  int words() const { return n_; }
  bool terminal() const { return next_ > n_; }
  // The i-th word from the top of the stack (0: top), or -1.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  // The i-th word of the buffer (0: front), or -1.
  int buffer(int i) const { return next_ + i <= n_ ? next_ + i : -1; }
  int head(int w) const { return head_[w]; }
  int label(int w) const { return label_[w]; }
  // Dependents: the leftmost, second leftmost, rightmost and second rightmost.
  int left(int w, int k) const { return k == 0 ? left1_[w] : left2_[w]; }
  int right(int w, int k) const { return k == 0 ? right1_[w] : right2_[w]; }
  int left_count(int w) const { return left_count_[w]; }
  int right_count(int w) const { return right_count_[w]; }
  uint64_t left_labels(int w) const { return left_labels_[w]; }
  uint64_t right_labels(int w) const { return right_labels_[w]; }

  bool Legal(int action) const;
  void Apply(int action);
  // After the buffer is empty: words still without a head go under the root
  // word (or the first of them becomes it), with `fallback_label`.
  void Finish(int fallback_label);

  // Gold arcs the action makes unreachable (Goldberg & Nivre 2012), counting a
  // right arc with the wrong label as lost. `gold_head` is indexed by word
  // (0 for ROOT), `gold_label` likewise; the gold tree must be projective.
  int Cost(int action, const std::vector<int>& gold_head, const std::vector<int>& gold_label) const;

 private:
  void AddArc(int head, int dependent, int label);

  const ActionCodec& codec_;
  int n_;
  int next_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, label_, left1_, left2_, right1_, right2_, left_count_, right_count_;
  std::vector<uint64_t> left_labels_, right_labels_;
  std::vector<char> on_stack_;
};

// Lifts non-projective arcs (shortest first) to the head's head until the
// tree is projective, so the arc-eager oracle can follow it.
void Projectivize(std::vector<int>* heads);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_TRANSITION_SYSTEM_H_
