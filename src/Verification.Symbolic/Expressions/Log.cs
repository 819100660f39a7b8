namespace Verification.Symbolic.Expressions;

/// <summary>Natural logarithm; defined where Argument &gt; 0.</summary>
public sealed record Log(Expr Argument) : Expr;
