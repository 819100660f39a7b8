namespace Verification.Symbolic.Expressions;

/// <summary>
/// Categorical cross-entropy of logits z against target probabilities y: −Σ_i y_i·log_softmax(z)_i.
/// Logits and Targets have the same length.
/// </summary>
public sealed record CrossEntropy(ExprList Logits, ExprList Targets) : Expr;
