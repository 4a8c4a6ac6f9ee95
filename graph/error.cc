#include "graph/error.h"

namespace ng {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument: return "InvalidArgument";
    case ErrorKind::kNotFound: return "NotFound";
    case ErrorKind::kNoDatabase: return "NoDatabase";
    case ErrorKind::kLocked: return "Locked";
    case ErrorKind::kVersion: return "VersionError";
    case ErrorKind::kIo: return "IOError";
    case ErrorKind::kCorruption: return "Corruption";
    case ErrorKind::kReadOnly: return "ReadOnly";
    case ErrorKind::kSyntax: return "SyntaxError";
    case ErrorKind::kSemantic: return "SemanticError";
    case ErrorKind::kType: return "TypeError";
    case ErrorKind::kArgument: return "ArgumentError";
    case ErrorKind::kEntityNotFound: return "EntityNotFound";
    case ErrorKind::kConstraint: return "ConstraintVerificationFailed";
    case ErrorKind::kLimit: return "LimitReached";
    case ErrorKind::kProcedure: return "ProcedureError";
    case ErrorKind::kInternal: return "InternalError";
  }
  return "Error";
}

}  // namespace ng
