using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// One line of a derivation: <see cref="Expression"/>, justified by <see cref="Rule"/>, and the
/// engine's proof that it equals the line before (null on the first line, which is the one given).
/// </summary>
public sealed record ExplanationStep(Expr Expression, string Rule, Proved? Link);
