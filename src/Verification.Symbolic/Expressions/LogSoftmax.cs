namespace Verification.Symbolic.Expressions;

/// <summary>Component Index (0-based) of log-softmax: z_i − logsumexp(z).</summary>
public sealed record LogSoftmax(ExprList Logits, int Index) : Expr;
