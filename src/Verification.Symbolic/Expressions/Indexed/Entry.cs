namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>The entry <c>z[i]</c> of a vector of symbolic length at a symbolic position.</summary>
public sealed record Entry(string Vector, IndexTerm Index) : Expr;
