namespace Verification.Symbolic.Expressions;

/// <summary>Component Index (0-based) of softmax: e^(z_i) / Σ_k e^(z_k).</summary>
public sealed record Softmax(ExprList Logits, int Index) : Expr;
