namespace Verification.Symbolic.Expressions;

/// <summary>Kronecker delta on concrete indices: 1 when I = J, else 0.</summary>
public sealed record KroneckerDelta(int I, int J) : Expr;
