namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>Kronecker delta on symbolic positions: 1 when I = J, else 0.</summary>
public sealed record IndexDelta(IndexTerm I, IndexTerm J) : Expr;
