namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>Cross-entropy at general n: −Σ_k y_k·log_softmax(z)_k.</summary>
public sealed record IndexedCrossEntropy(ElementwiseVector Logits, ElementwiseVector Targets) : Expr;
